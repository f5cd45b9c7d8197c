import type { Article } from "../../core/docs/article-model";
import { trackable } from "../../core/async/trackable";
import type { Locale } from "../../core/locale/locales";

// One chunk per language, built from content/api-overview/<locale>.md by the articles plugin.
const LOADERS: Record<Locale, () => Promise<{ default: Article }>> = {
  en: () => import("virtual:article/en"),
  fr: () => import("virtual:article/fr"),
  it: () => import("virtual:article/it"),
  nl: () => import("virtual:article/nl"),
  sv: () => import("virtual:article/sv"),
};

const cache = new Map<Locale, Promise<Article>>();

/** The converted article of one language; the same promise every time (React's `use()` needs it). */
export function loadArticle(locale: Locale): Promise<Article> {
  let promise = cache.get(locale);
  if (!promise) {
    promise = trackable(LOADERS[locale]().then((module) => module.default));
    cache.set(locale, promise);
  }
  return promise;
}
