/**
 * The breaking-change catalog: every change of docs/fusion-facts.md §2, as plain data (no zod here:
 * the schema in schema.ts is checked in tests, so it never ships to the browser).
 */
import { DOCS_SNAPSHOTS } from "../docs/snapshots";
import { isLocale } from "../locale/locales";
import { FUSION_DOCS } from "./build";
import { CONNECTION_ENTRIES } from "./entries/connections";
import { CONNECTOR_ENTRIES } from "./entries/connectors";
import { MODULE_ENTRIES } from "./entries/modules";
import type { Catalog, CatalogEntry } from "./model";

export const CATALOG: Catalog = {
  schemaVersion: 1,
  snapshot: FUSION_DOCS,
  entries: [...CONNECTION_ENTRIES, ...MODULE_ENTRIES, ...CONNECTOR_ENTRIES],
};

const byId = new Map(CATALOG.entries.map((entry) => [entry.id, entry]));

export function entryById(id: string): CatalogEntry | undefined {
  return byId.get(id);
}

/**
 * A source in the reader's language: Experience League pages swap their locale segment; pages of
 * the English Fusion docs repository point at the same file in that language's mirror.
 */
export function sourceUrlInLocale(url: string, locale: string): string {
  if (url.startsWith("https://experienceleague.adobe.com/en/")) {
    return url.replace(
      "https://experienceleague.adobe.com/en/",
      `https://experienceleague.adobe.com/${locale}/`,
    );
  }
  const mirror = isLocale(locale) && locale !== "en" ? DOCS_SNAPSHOTS[locale] : undefined;
  const english = `https://github.com/${FUSION_DOCS.repo}/blob/${FUSION_DOCS.commit}/`;
  if (mirror && url.startsWith(english)) {
    return `https://github.com/${mirror.repo}/blob/${mirror.commit}/${url.slice(english.length)}`;
  }
  return url;
}
