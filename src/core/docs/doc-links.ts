/**
 * Links from the article to other pages of the Fusion documentation. In the source they are
 * repository paths (`/help/workfront-fusion/….md`) that do not exist in this app; they lead to
 * the same page on Experience League in the reader's language (docs/fusion-facts.md §5: the URL is built
 * from the TOC anchors, not the repository folders, so each page is listed here).
 */
import type { Locale } from "../locale/locales";
import type { LinkKind } from "./article-model";

const EXPERIENCE_LEAGUE = "https://experienceleague.adobe.com";

interface KnownPage {
  /** Path under `/<locale>/docs/workfront-fusion/using/`. */
  path: string;
  kind: Exclude<LinkKind, "section">;
}

const KNOWN_PAGES: Record<string, KnownPage> = {
  "/help/workfront-fusion/references/apps-and-modules/apps-and-modules-toc.md": {
    path: "references/apps-and-their-modules/apps-and-modules-toc",
    kind: "external",
  },
  "/help/workfront-fusion/manage-scenarios/update-module-to-new-version.md": {
    path: "manage-scenarios/update-module-to-new-version",
    kind: "upgrade-guide",
  },
};

export function experienceLeagueUrl(locale: Locale, path: string, fragment = ""): string {
  return `${EXPERIENCE_LEAGUE}/${locale}/docs/workfront-fusion/using/${path}${fragment}`;
}

/** The public URL and kind of a repository link, or null when the page is not known. */
export function resolveDocLink(
  href: string,
  locale: Locale,
): { href: string; kind: Exclude<LinkKind, "section"> } | null {
  const hashAt = href.indexOf("#");
  const path = hashAt === -1 ? href : href.slice(0, hashAt);
  const fragment = hashAt === -1 ? "" : href.slice(hashAt);
  const page = KNOWN_PAGES[path];
  return page ? { href: experienceLeagueUrl(locale, page.path, fragment), kind: page.kind } : null;
}
