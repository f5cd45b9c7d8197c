import { isLocale, type Locale } from "../i18n/locales";
import { readingAnchor } from "./reading-position";

/** Swaps the language segment of the current address, keeping the rest of the path and the query. */
export function pathInLocale(pathname: string, locale: Locale): string {
  const rest = pathname.replace(/^\/[^/]*/, "");
  return `/${locale}${rest}`;
}

/**
 * Keeps the reader's place when they follow a link to another language (the language menu, "Read
 * this section in English"): the address's hash, or else the section being read. Listens on the
 * document from the first script (src/main.tsx), so it works on a prerendered page before any
 * React, and uses the address and the scroll position as they are at click time.
 */
export function keepPlaceOnLanguageLinks(event: MouseEvent): void {
  const link = event.target instanceof Element ? event.target.closest("a[hreflang]") : null;
  if (!(link instanceof HTMLAnchorElement)) return;
  const locale = link.hreflang;
  if (!isLocale(locale)) return;
  const { pathname, search, hash } = window.location;
  const anchor = readingAnchor();
  link.href = `${pathInLocale(pathname, locale)}${search}${hash || (anchor ? `#${anchor}` : "")}`;
}
