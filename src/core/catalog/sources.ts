/** How a catalog source is shown and linked, in Diagnose, the wizard and the exports alike. */

/** A short name for a source link: the site, then the page's last path segment. */
export function sourceLabel(url: string): string {
  const { hostname, pathname } = new URL(url);
  const site = hostname.endsWith("experienceleague.adobe.com")
    ? "Experience League"
    : hostname === "github.com"
      ? "GitHub"
      : hostname.replace(/^www\./, "");
  const page = pathname.split("/").filter(Boolean).at(-1)?.replace(/\.md$/, "");
  return page ? `${site} · ${page}` : site;
}

/** Only web addresses become links (a catalog typo must never turn into a script URL). */
export function isWebUrl(url: string): boolean {
  return /^https:\/\//i.test(url);
}
