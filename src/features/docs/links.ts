import type { Locale } from "../../core/locale/locales";
import { pagePath } from "../../lib/paths";

/**
 * Where the article's "Upgrade a module to a new version" link leads: the app's own upgrade
 * guide in the reader's language (/:lang/upgrade/guide), which cites the Experience League page.
 */
export function upgradeGuideHref(locale: Locale): string {
  return pagePath("upgradeGuide", locale);
}
