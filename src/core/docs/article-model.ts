/**
 * The article as the app renders it: converted from Markdown at build time into plain data, so no
 * Markdown parser and no HTML from the content ever reaches the browser.
 */
import type { Locale } from "../locale/locales";

export type Inline =
  | { type: "text"; value: string }
  | { type: "strong"; children: Inline[] }
  | { type: "emphasis"; children: Inline[] }
  | { type: "code"; value: string }
  | { type: "link"; href: string; kind: LinkKind; children: Inline[] };

/**
 * section: a heading of this article (`#id`); external: another Fusion doc page, resolved to
 * Experience League in the reader's language; upgrade-guide: the "Upgrade a module" page, which
 * the app may lead into its own guide instead (see features/docs/links.ts).
 */
export type LinkKind = "section" | "external" | "upgrade-guide";

export type Block =
  | { type: "heading"; level: 1 | 2 | 3; id: string; children: Inline[] }
  | { type: "paragraph"; children: Inline[] }
  | { type: "list"; ordered: boolean; items: Block[][] };

export interface Section {
  id: string;
  title: string;
}

/** The docs repository snapshot the article comes from (docs/fusion-facts.md §0). */
export interface DocsSnapshot {
  repo: string;
  commit: string;
  date: string; // YYYY-MM-DD
}

export interface Article {
  locale: Locale;
  /** Front matter `title`: the document title. */
  title: string;
  /** Front matter `description`: the meta description. */
  description: string;
  /** The H1 as plain text. */
  h1: string;
  /** Front matter `source-git-commit` (translations only): the English commit translated. */
  sourceCommit: string | null;
  workflowType: string | null;
  /** Share of human translation, 0–100, when stated. */
  htDegree: number | null;
  /** `tm+mt` with no human translation: the reader is told and offered the English text. */
  machineTranslated: boolean;
  wordCount: number | null;
  snapshot: DocsSnapshot;
  /** The H2 sections, with ids shared by every language. */
  sections: Section[];
  blocks: Block[];
}
