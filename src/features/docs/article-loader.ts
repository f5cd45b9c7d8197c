import type { Article } from "../../core/docs/article-model";
import type { Locale } from "../../i18n/locales";

// One chunk per language, built from content/api-overview/<locale>.md by the articles plugin.
const LOADERS: Record<Locale, () => Promise<{ default: Article }>> = {
  en: () => import("virtual:article/en"),
  fr: () => import("virtual:article/fr"),
  it: () => import("virtual:article/it"),
  nl: () => import("virtual:article/nl"),
  sv: () => import("virtual:article/sv"),
};

const cache = new Map<Locale, Promise<Article>>();
const loaded = new Map<Locale, Article>();

/** The converted article of one language; the same promise every time (React's `use()` needs it). */
export function loadArticle(locale: Locale): Promise<Article> {
  let promise = cache.get(locale);
  if (!promise) {
    promise = LOADERS[locale]().then((module) => {
      loaded.set(locale, module.default);
      return module.default;
    });
    cache.set(locale, promise);
  }
  return promise;
}

/** The article when already loaded: lets a prerendered page hydrate without suspending. */
export function peekArticle(locale: Locale): Article | undefined {
  return loaded.get(locale);
}
