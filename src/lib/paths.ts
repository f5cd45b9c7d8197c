/**
 * Every page's address, declared once: the router (src/app/routes.tsx) mounts these segments
 * under `/:lang`, and every in-app link is built here, never by hand.
 */
import type { Locale } from "../core/locale/locales";

export const PAGE_SEGMENTS = {
  article: "docs/api-overview",
  diagnose: "diagnose",
  upgrade: "upgrade",
  upgradeGuide: "upgrade/guide",
  portfolio: "portfolio",
} as const;

export type Page = keyof typeof PAGE_SEGMENTS;

/** The address of a page in a language, e.g. pagePath("diagnose", "fr") → "/fr/diagnose". */
export function pagePath(page: Page, locale: Locale): string {
  return `/${locale}/${PAGE_SEGMENTS[page]}`;
}

/** Swaps the language segment of an address, keeping the rest of the path. */
export function pathInLocale(pathname: string, locale: Locale): string {
  const rest = pathname.replace(/^\/[^/]*/, "");
  return `/${locale}${rest}`;
}
