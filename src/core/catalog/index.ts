/**
 * The breaking-change catalog: every change of docs/fusion-facts.md §2, as plain data (no zod here:
 * the schema in schema.ts is checked in tests, so it never ships to the browser).
 */
import { DOCS_SNAPSHOTS } from "../docs/snapshots";
import { isLocale, type Locale } from "../locale/locales";
import { FUSION_DOCS } from "./build";
import { CONNECTION_ENTRIES } from "./entries/connections";
import { CONNECTOR_ENTRIES } from "./entries/connectors";
import { MODULE_ENTRIES } from "./entries/modules";
import type { Catalog, CatalogEntry } from "./model";
import { withTexts } from "./texts/apply";
import type { EntryId } from "./texts/en";
import { textsIn } from "./texts/index";

export { loadCatalogTexts } from "./texts/index";

export const CATALOG: Catalog = {
  schemaVersion: 1,
  snapshot: FUSION_DOCS,
  entries: [...CONNECTION_ENTRIES, ...MODULE_ENTRIES, ...CONNECTOR_ENTRIES],
};

/**
 * The catalog with its words in `locale` (the facts are the same in every language); other
 * languages than English once `loadCatalogTexts(locale)` has settled.
 */
export function catalogIn(locale: Locale): Catalog {
  let catalog = inLocale.get(locale);
  if (!catalog) {
    catalog = { ...CATALOG, entries: CATALOG.entries.map((entry) => catalogText(entry, locale)) };
    inLocale.set(locale, catalog);
  }
  return catalog;
}
const inLocale = new Map<Locale, Catalog>([["en", CATALOG]]);

/** One entry with its words in `locale`. */
export function catalogText(entry: CatalogEntry, locale: Locale): CatalogEntry {
  if (locale === "en") return entry;
  return withTexts(entry, textsIn(locale)[entry.id as EntryId]);
}

/**
 * Whether the catalog's words in `locale` are the team's own translation of the English original,
 * which the UI then says, as the article says its machine translation.
 */
export const isTeamTranslation = (locale: Locale): boolean => locale !== "en";

const byIdIn = new Map<Locale, Map<string, CatalogEntry>>();

/** The entry of that id, with its words in `locale` (English by default). */
export function entryById(id: string, locale: Locale = "en"): CatalogEntry | undefined {
  let byId = byIdIn.get(locale);
  if (!byId) {
    byId = new Map(catalogIn(locale).entries.map((entry) => [entry.id, entry]));
    byIdIn.set(locale, byId);
  }
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
