// Reads and converts the article in every language (Node side: the build and the scripts).
import { readFile } from "node:fs/promises";
import { convertArticle } from "../../src/core/docs/convert";
import type { Article } from "../../src/core/docs/article-model";
import { LOCALES, type Locale } from "../../src/i18n/locales";

export const CONTENT_DIR = "content/api-overview";

export async function loadArticles(): Promise<Record<Locale, Article>> {
  const entries = await Promise.all(
    LOCALES.map(async (locale) => {
      const markdown = await readFile(`${CONTENT_DIR}/${locale}.md`, "utf8");
      return [locale, convertArticle(markdown, locale)] as const;
    }),
  );
  return Object.fromEntries(entries) as Record<Locale, Article>;
}
