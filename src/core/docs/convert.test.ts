import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { LOCALES, type Locale } from "../locale/locales";
import type { Article, Block, Inline } from "./article-model";
import { ArticleError, convertArticle, plain } from "./convert";

const source = (locale: Locale) => readFileSync(`content/api-overview/${locale}.md`, "utf8");
const english = convertArticle(source("en"), "en");
const articles = Object.fromEntries(
  LOCALES.map((locale) => [
    locale,
    locale === "en" ? english : convertArticle(source(locale), locale, english),
  ]),
) as Record<Locale, Article>;

function allInlines(blocks: Block[]): Inline[] {
  const out: Inline[] = [];
  const visit = (inlines: Inline[]) => {
    for (const inline of inlines) {
      out.push(inline);
      if ("children" in inline) visit(inline.children);
    }
  };
  for (const block of blocks) {
    if (block.type === "list") block.items.forEach((item) => out.push(...allInlines(item)));
    else visit(block.children);
  }
  return out;
}

const texts = (article: Article) =>
  allInlines(article.blocks)
    .filter((inline) => inline.type === "text")
    .map((inline) => inline.value)
    .join(" ");

describe.each(LOCALES)("the %s article", (locale) => {
  const article = articles[locale];

  it("has one H1 and the two sections with the shared ids", () => {
    expect(
      article.blocks.filter((block) => block.type === "heading" && block.level === 1),
    ).toHaveLength(1);
    expect(article.sections.map((section) => section.id)).toEqual([
      "considerations",
      "breaking-changes",
    ]);
    expect(
      article.blocks.filter((block) => block.type === "heading" && block.level === 2),
    ).toHaveLength(2);
  });

  it("keeps no entity, comment or zero-width space", () => {
    const all = texts(article) + article.title + article.description;
    expect(all).not.toMatch(/&(#\d+|#x[0-9a-f]+|[a-z]+);/i);
    expect(all).not.toContain("<!--");
    expect(all).not.toMatch(/[\u200B-\u200D\uFEFF]/);
  });

  it("resolves every link: sections in the page, other pages on Experience League in this language", () => {
    const links = allInlines(article.blocks).filter((inline) => inline.type === "link");
    expect(links).toHaveLength(3);
    for (const link of links) {
      if (link.kind === "section")
        expect(article.sections.map((s) => `#${s.id}`)).toContain(link.href);
      else
        expect(link.href).toMatch(
          new RegExp(
            `^https://experienceleague\\.adobe\\.com/${locale}/docs/workfront-fusion/using/`,
          ),
        );
      expect(plain(link.children)).toBe(plain(link.children).trim());
      expect(plain(link.children)).not.toBe("");
    }
    expect(links.map((link) => link.kind).sort()).toEqual(["external", "section", "upgrade-guide"]);
    expect(links.find((link) => link.kind === "external")?.href).toBe(
      `https://experienceleague.adobe.com/${locale}/docs/workfront-fusion/using/references/apps-and-their-modules/apps-and-modules-toc#universal-connectors`,
    );
  });

  it("keeps the bold lead-ins and the list structure of the source", () => {
    const lists = article.blocks.filter((block) => block.type === "list");
    expect(lists.map((list) => list.items.length)).toEqual([2, 3]);
    const firstList = lists[0];
    const lead = firstList?.items[0]?.[0];
    expect(lead?.type === "paragraph" && lead.children[0]?.type).toBe("strong");
  });
});

describe("front matter", () => {
  it("drives the title, description and the translation notice", () => {
    expect(english.title).toBe("API overview");
    expect(english.description).toMatch(/^Application Programming Interfaces/);
    expect(english.machineTranslated).toBe(false);
    expect(articles.fr.workflowType).toBe("ht");
    expect(articles.fr.machineTranslated).toBe(false);
    for (const locale of ["it", "nl", "sv"] as const) {
      expect(articles[locale].machineTranslated).toBe(true);
      expect(articles[locale].htDegree).toBe(0);
    }
    expect(articles.fr.sourceCommit).toBe("b30aac8040cc0b6bcad92914b1c0997a8ddebdd5");
    expect(english.sourceCommit).toBeNull();
  });

  it("decodes entities such as &quot; into the characters they stand for", () => {
    expect(texts(articles.it)).toContain('"modifiche che causano interruzioni"');
  });
});

describe("errors an author would make", () => {
  const base = "---\ntitle: T\ndescription: D\n---\n# Title\n\n## One\n\ntext\n";
  it("refuses an in-page link to a missing section", () => {
    expect(() => convertArticle(`${base}\nsee [x](#nowhere)\n`, "en")).toThrow(ArticleError);
  });
  it("refuses a documentation link with no known public page", () => {
    expect(() =>
      convertArticle(`${base}\nsee [x](/help/workfront-fusion/unknown.md)\n`, "en"),
    ).toThrow(/no public page/);
  });
  it("refuses a translation whose sections do not match English", () => {
    expect(() => convertArticle(`${base}\n## Two\n`, "fr", convertArticle(base, "en"))).toThrow(
      /2 sections where English has 1/,
    );
  });
  it("shows raw HTML as text, never as markup", () => {
    const article = convertArticle(`${base}\n<script>alert(1)</script>\n`, "en");
    expect(texts(article)).toContain("<script>alert(1)</script>");
  });
});
