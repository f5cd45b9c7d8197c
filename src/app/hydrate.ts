import { loadArticle } from "../features/docs/article-loader";
import { appMessages } from "../i18n/app";
import { isLocale } from "../core/locale/locales";
import { DocsPage } from "./routes";

/**
 * Loads everything a prerendered page needs to render, before it is hydrated. A page that
 * suspends while hydrating is replaced by a fallback if an update (a click on an in-page link)
 * arrives meanwhile: the reader would lose their place.
 */
export async function preloadPrerenderedPage(pathname: string): Promise<void> {
  const lang = pathname.split("/")[1];
  if (!isLocale(lang) || !pathname.includes("/docs/")) return;
  await Promise.all([appMessages.load(lang), loadArticle(lang), DocsPage.preload()]);
}
