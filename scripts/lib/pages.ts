// The app's page types, for the measuring scripts (size budget, Lighthouse, axe report).
import { LOCALES, type Locale } from "../../src/core/locale/locales";
import { pagePath } from "../../src/lib/paths";

export interface PageType {
  name: string;
  path: (locale: Locale) => string;
  /** Gzipped bytes of JS and CSS the page may download on a first visit. */
  budget: { js: number; css: number };
}

const KB = 1000;

export const PAGE_TYPES: PageType[] = [
  {
    name: "article",
    path: (l) => pagePath("article", l),
    // Only the parts it hydrates (theme, table of contents, copy-link buttons, update notice):
    // React and them, 76.4 kB of JS and 5.4 kB of inlined CSS on 2026-11-29.
    budget: { js: 78 * KB, css: 6 * KB },
  },
  {
    name: "diagnose",
    path: (l) => pagePath("diagnose", l),
    budget: { js: 260 * KB, css: 20 * KB },
  },
  { name: "upgrade", path: (l) => pagePath("upgrade", l), budget: { js: 200 * KB, css: 20 * KB } },
  {
    name: "upgrade guide",
    path: (l) => pagePath("upgradeGuide", l),
    budget: { js: 160 * KB, css: 20 * KB },
  },
  // The zip reader (fflate) and the workers load only when files are opened.
  {
    name: "portfolio",
    path: (l) => pagePath("portfolio", l),
    budget: { js: 180 * KB, css: 20 * KB },
  },
];

export { LOCALES };
export const formatKb = (bytes: number) => `${(bytes / KB).toFixed(1)} kB`;
