// Reads and converts the article in every language (Node side: the build and the scripts).
import { readFileSync } from "node:fs";
import { convertArticle } from "../../src/core/docs/convert";
import type { Article } from "../../src/core/docs/article-model";
import { LOCALES, type Locale } from "../../src/core/locale/locales";

export const CONTENT_DIR = "content/api-overview";

export const articlePath = (locale: Locale) => `${CONTENT_DIR}/${locale}.md`;

/** English first: the translations take their section ids from it. */
export function loadArticles(): Record<Locale, Article> {
  const read = (locale: Locale) => readFileSync(articlePath(locale), "utf8");
  const english = convertArticle(read("en"), "en");
  const entries = LOCALES.map((locale) =>
    locale === "en"
      ? ([locale, english] as const)
      : ([locale, convertArticle(read(locale), locale, english)] as const),
  );
  return Object.fromEntries(entries) as Record<Locale, Article>;
}
