import type { ReactNode } from "react";
import type { Block, Inline } from "../../core/docs/article-model";
import { CopyLinkButton } from "./CopyLinkButton";
import { ArticleLink } from "./ArticleLink";
import { Island } from "../../ui/Island";

/**
 * Renders the pre-converted article (or a part of it). Everything is React text: no HTML from
 * content is injected. Headings other than the title get a copy-link button.
 */
export function ArticleBody({ blocks }: { blocks: Block[] }) {
  return <>{blocks.map((block, index) => renderBlock(block, index))}</>;
}

function renderBlock(block: Block, key: number): ReactNode {
  switch (block.type) {
    case "heading": {
      const children = renderInlines(block.children);
      if (block.level === 1) {
        return (
          <h1 key={key} id={block.id} className="text-3xl font-bold tracking-tight sm:text-4xl">
            {children}
          </h1>
        );
      }
      const Tag = block.level === 2 ? "h2" : "h3";
      const section = plainText(block.children);
      // The button sits beside the heading, not inside it, so the heading's name stays its text.
      return (
        <div key={key} className="group mt-10 flex items-baseline gap-2">
          <Tag id={block.id} className="scroll-mt-4 text-2xl font-semibold tracking-tight">
            {children}
          </Tag>
          <Island name="copy-link" data={{ "section-id": block.id, section }}>
            <CopyLinkButton id={block.id} section={section} />
          </Island>
        </div>
      );
    }
    case "paragraph":
      return (
        <p key={key} className="mt-4 leading-7">
          {renderInlines(block.children)}
        </p>
      );
    case "list": {
      const items = block.items.map((item, index) => (
        <li key={index} className="ps-1 leading-7 [&>p:first-child]:mt-0">
          {item.map((child, childIndex) => renderBlock(child, childIndex))}
        </li>
      ));
      return block.ordered ? (
        <ol key={key} className="mt-4 list-decimal space-y-3 ps-6">
          {items}
        </ol>
      ) : (
        <ul key={key} className="mt-4 list-disc space-y-3 ps-6">
          {items}
        </ul>
      );
    }
  }
}

function renderInlines(inlines: Inline[]): ReactNode[] {
  return inlines.map((inline, index) => {
    switch (inline.type) {
      case "text":
        return inline.value;
      case "strong":
        return <strong key={index}>{renderInlines(inline.children)}</strong>;
      case "emphasis":
        return <em key={index}>{renderInlines(inline.children)}</em>;
      case "code":
        return (
          <code key={index} className="rounded bg-slate-100 px-1 dark:bg-slate-800">
            {inline.value}
          </code>
        );
      case "link":
        return (
          <ArticleLink key={index} href={inline.href} kind={inline.kind}>
            {renderInlines(inline.children)}
          </ArticleLink>
        );
    }
  });
}

export function plainText(inlines: Inline[]): string {
  return inlines
    .map((inline) => ("children" in inline ? plainText(inline.children) : inline.value))
    .join("");
}
