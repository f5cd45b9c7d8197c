/**
 * Markdown article → `Article` (build time only: the browser receives the result as data).
 * Faithful to the source: entities decoded, zero-width padding removed, comments dropped,
 * bold / lists / paragraphs kept; raw HTML never passes through.
 */
import type { Heading, List, PhrasingContent, RootContent } from "mdast";
import remarkGfm from "remark-gfm";
import remarkParse from "remark-parse";
import { unified } from "unified";
import { VFile } from "vfile";
import { matter } from "vfile-matter";
import type { Locale } from "../locale/locales";
import type { Article, Block, Inline, Section } from "./article-model";
import { resolveDocLink } from "./doc-links";
import { DOCS_SNAPSHOTS } from "./snapshots";

/** Zero-width spaces, joiners and byte-order marks: invisible, only ever padding in the seeds. */
const ZERO_WIDTH = /[\u200B-\u200D\uFEFF]/g;

export class ArticleError extends Error {
  override name = "ArticleError";
}

/**
 * Converts one language's article. `english` gives the section ids: every language uses the
 * English ids, by position, so `#breaking-changes` works whatever the reader's language.
 */
export function convertArticle(markdown: string, locale: Locale, english?: Article): Article {
  const file = new VFile(markdown);
  matter(file, { strip: true });
  const front = (file.data.matter ?? {}) as Record<string, unknown>;
  const tree = unified().use(remarkParse).use(remarkGfm).parse(file);

  const headings = tree.children.filter((node): node is Heading => node.type === "heading");
  const h1 = headings.filter((heading) => heading.depth === 1);
  if (h1.length !== 1) throw new ArticleError(`${locale}: expected one H1, found ${h1.length}`);
  const h2 = headings.filter((heading) => heading.depth === 2);
  const ids = sectionIds(h2, locale, english);
  const sections: Section[] = h2.map((heading, index) => ({
    id: ids[index] ?? "",
    title: plain(inlines(heading.children, context(locale, ids))),
  }));

  const ctx = context(locale, ids);
  let h2Index = 0;
  const blocks: Block[] = [];
  for (const node of tree.children) {
    if (node.type === "heading" && node.depth === 2) {
      blocks.push({
        type: "heading",
        level: 2,
        id: ids[h2Index++] ?? "",
        children: inlines(node.children, ctx),
      });
    } else {
      blocks.push(...block(node, ctx));
    }
  }

  const workflowType = text(front["workflow-type"]);
  const htDegree = percent(front["ht-degree"]);
  return {
    locale,
    title: required(front, "title", locale),
    description: required(front, "description", locale),
    h1: plain(inlines(h1[0]?.children ?? [], ctx)),
    sourceCommit: text(front["source-git-commit"]),
    workflowType,
    htDegree,
    machineTranslated: workflowType?.includes("mt") === true && (htDegree ?? 0) < 100,
    wordCount: number(front["source-wordcount"]),
    snapshot: DOCS_SNAPSHOTS[locale],
    sections,
    blocks,
  };
}

interface Context {
  locale: Locale;
  sectionIds: string[];
}

function context(locale: Locale, sectionIds: string[]): Context {
  return { locale, sectionIds };
}

function sectionIds(h2: Heading[], locale: Locale, english: Article | undefined): string[] {
  if (!english)
    return h2.map((heading) => slug(plain(inlines(heading.children, context(locale, [])))));
  if (english.sections.length !== h2.length) {
    throw new ArticleError(
      `${locale}: ${h2.length} sections where English has ${english.sections.length}; the ids are shared by position`,
    );
  }
  return english.sections.map((section) => section.id);
}

function slug(title: string): string {
  return title
    .toLowerCase()
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "");
}

function block(node: RootContent, ctx: Context): Block[] {
  switch (node.type) {
    case "heading":
      return [
        {
          type: "heading",
          level: node.depth === 1 ? 1 : 3,
          id: node.depth === 1 ? "top" : slug(plain(inlines(node.children, ctx))),
          children: inlines(node.children, ctx),
        },
      ];
    case "paragraph": {
      const children = inlines(node.children, ctx);
      return children.length === 0 ? [] : [{ type: "paragraph", children }];
    }
    case "list":
      return [list(node, ctx)];
    case "html":
      // Comments such as <!--Add me to TOCs--> are authoring notes; any other raw HTML shows as text.
      return /^<!--[\s\S]*-->$/.test(node.value.trim())
        ? []
        : [{ type: "paragraph", children: [{ type: "text", value: node.value }] }];
    case "thematicBreak":
    case "definition":
      return [];
    default:
      return "children" in node
        ? (node.children as RootContent[]).flatMap((child) => block(child, ctx))
        : "value" in node
          ? [{ type: "paragraph", children: [{ type: "text", value: String(node.value) }] }]
          : [];
  }
}

function list(node: List, ctx: Context): Block {
  return {
    type: "list",
    ordered: node.ordered === true,
    items: node.children.map((item) => item.children.flatMap((child) => block(child, ctx))),
  };
}

function inlines(nodes: PhrasingContent[], ctx: Context): Inline[] {
  const out: Inline[] = [];
  for (const node of nodes) {
    switch (node.type) {
      case "text": {
        const value = node.value.replace(ZERO_WIDTH, "");
        if (value) out.push({ type: "text", value });
        break;
      }
      case "strong":
        out.push({ type: "strong", children: inlines(node.children, ctx) });
        break;
      case "emphasis":
        out.push({ type: "emphasis", children: inlines(node.children, ctx) });
        break;
      case "inlineCode":
        out.push({ type: "code", value: node.value });
        break;
      case "break":
        out.push({ type: "text", value: "\n" });
        break;
      case "link":
        out.push(link(node.url, trimEdges(inlines(node.children, ctx)), ctx));
        break;
      case "html":
        // Inline comments vanish; other inline HTML is shown as the text it is.
        if (!/^<!--[\s\S]*-->$/.test(node.value)) out.push({ type: "text", value: node.value });
        break;
      default:
        if ("children" in node) out.push(...inlines(node.children, ctx));
        else if ("value" in node) out.push({ type: "text", value: String(node.value) });
    }
  }
  return out;
}

function link(url: string, children: Inline[], ctx: Context): Inline {
  if (url.startsWith("#")) {
    if (!ctx.sectionIds.includes(url.slice(1))) {
      throw new ArticleError(`${ctx.locale}: in-page link ${url} names no section`);
    }
    return { type: "link", href: url, kind: "section", children };
  }
  if (/^https?:\/\//.test(url)) return { type: "link", href: url, kind: "external", children };
  const resolved = resolveDocLink(url, ctx.locale);
  if (!resolved) throw new ArticleError(`${ctx.locale}: no public page known for the link ${url}`);
  return { type: "link", href: resolved.href, kind: resolved.kind, children };
}

/** Link labels in the translations are padded with (zero-width) spaces: `[ Label ](…)`. */
function trimEdges(children: Inline[]): Inline[] {
  const out = [...children];
  const first = out[0];
  if (first?.type === "text") out[0] = { ...first, value: first.value.trimStart() };
  const lastIndex = out.length - 1;
  const last = out[lastIndex];
  if (last?.type === "text") out[lastIndex] = { ...last, value: last.value.trimEnd() };
  return out.filter((inline) => inline.type !== "text" || inline.value !== "");
}

export function plain(children: Inline[]): string {
  return children
    .map((inline) => ("children" in inline ? plain(inline.children) : inline.value))
    .join("");
}

function required(front: Record<string, unknown>, key: string, locale: Locale): string {
  const value = text(front[key]);
  if (!value) throw new ArticleError(`${locale}: front matter has no ${key}`);
  return value;
}

function text(value: unknown): string | null {
  return typeof value === "string" && value.trim() ? value.trim() : null;
}

/** Front matter numbers come as numbers or strings (`'431'`, `0%`). */
function number(value: unknown): number | null {
  const parsed =
    typeof value === "number"
      ? value
      : typeof value === "string"
        ? Number.parseInt(value, 10)
        : NaN;
  return Number.isFinite(parsed) ? parsed : null;
}

function percent(value: unknown): number | null {
  return number(typeof value === "string" ? value.replace("%", "") : value);
}
