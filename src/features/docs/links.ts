import type { Locale } from "../../i18n/locales";

/**
 * Where the article's "Upgrade a module to a new version" link leads. The one place to change
 * when the app's own upgrade guide exists: until then, the page on Experience League.
 */
export function upgradeGuideHref(locale: Locale, experienceLeagueHref: string): string {
  void locale;
  return experienceLeagueHref;
}
