/**
 * For the language tests: a component's HTML as the text a reader sees, without the English
 * originals a team translation keeps one click away (ui/CatalogText), which are meant to be English.
 */
import type { ReactNode } from "react";
import { renderToString } from "react-dom/server";

const ENTITIES: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', "#x27": "'" };

export interface RenderedText {
  html: string;
  /** The visible text, English originals left out. */
  text: string;
  /** The English originals offered behind "Show the English original". */
  originals: string[];
}

export function renderText(node: ReactNode): RenderedText {
  const html = renderToString(node);
  const decode = (fragment: string) =>
    fragment
      .replace(/<[^>]+>/g, " ")
      .replace(/&(amp|lt|gt|quot|#x27);/g, (_, name: string) => ENTITIES[name] ?? "")
      .replace(/[ \t\r\n]+/g, " ");
  const originals: string[] = [];
  const withoutOriginals = html.replace(
    /<details[^>]*data-catalog-original[^>]*>([\s\S]*?)<\/details>/g,
    (_, inner: string) => {
      originals.push(decode(inner.replace(/<summary[\s\S]*?<\/summary>/, "")).trim());
      return " ";
    },
  );
  return { html, text: decode(withoutOriginals), originals };
}
