import { StrictMode, type ReactNode } from "react";
import { createRoot, hydrateRoot } from "react-dom/client";
import { appMessages } from "../../i18n/app";
import { LocaleContext } from "../../i18n/locale-context";
import { isLocale } from "../../core/locale/locales";
import type { IslandName } from "../../ui/Island";
import { ThemeSwitch } from "../../ui/ThemeSwitch";
import { UpdateNotice } from "../../ui/UpdateNotice";
import { loadArticle } from "./article-loader";
import { CopyLinkButton } from "./CopyLinkButton";
import { ArticleTableOfContents } from "./TableOfContents";
import { ArticleTranslationNotice } from "./TranslationNotice";

/** Each marked part of the prerendered article, as the server rendered it (see ui/Island.tsx). */
const PARTS: Record<IslandName, (data: DOMStringMap) => ReactNode> = {
  theme: () => <ThemeSwitch />,
  toc: () => <ArticleTableOfContents />,
  "translation-notice": () => <ArticleTranslationNotice />,
  "copy-link": (data) => <CopyLinkButton id={data.sectionId ?? ""} section={data.section ?? ""} />,
};

/**
 * Hydrates the interactive parts of a prerendered article, each as its own small React root:
 * the article page needs neither the router nor the rest of the app, and everything else on it
 * (text, links, language menu, page menu, and the theme switch through src/theme-init.js)
 * already works without React. The messages and the article's data are loaded first, so that
 * nothing suspends while hydrating.
 */
export async function hydrateArticleParts(): Promise<void> {
  const locale = document.documentElement.lang;
  if (!isLocale(locale)) return;
  await Promise.all([appMessages.load(locale), loadArticle(locale)]);
  const inLocale = (part: ReactNode) => (
    <StrictMode>
      <LocaleContext value={locale}>{part}</LocaleContext>
    </StrictMode>
  );
  for (const element of document.querySelectorAll<HTMLElement>("[data-island]")) {
    const part = PARTS[element.dataset.island as IslandName] as
      ((data: DOMStringMap) => ReactNode) | undefined;
    if (part) hydrateRoot(element, inLocale(part(element.dataset)));
  }
  // Rendered only in the browser (it registers the service worker): a root of its own.
  const notice = document.body.appendChild(document.createElement("div"));
  createRoot(notice).render(inLocale(<UpdateNotice />));
  // For the tests, which check that the page is the same before and after.
  document.documentElement.dataset.hydrated = "";
}
