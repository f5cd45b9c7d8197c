/**
 * The breaking-change catalog: every change of the fact sheet §2, as plain data (no zod here:
 * the schema in schema.ts is checked in tests, so it never ships to the browser).
 */
import { FUSION_DOCS } from "./build";
import { CONNECTION_ENTRIES } from "./entries/connections";
import { CONNECTOR_ENTRIES } from "./entries/connectors";
import { MODULE_ENTRIES } from "./entries/modules";
import type { Catalog, CatalogEntry } from "./model";

export const CATALOG: Catalog = {
  schemaVersion: 1,
  snapshot: { repo: FUSION_DOCS.repo, commit: FUSION_DOCS.commit, date: "2026-08-20" },
  entries: [...CONNECTION_ENTRIES, ...MODULE_ENTRIES, ...CONNECTOR_ENTRIES],
};

const byId = new Map(CATALOG.entries.map((entry) => [entry.id, entry]));

export function entryById(id: string): CatalogEntry | undefined {
  return byId.get(id);
}

/** Localized documentation mirrors and their snapshot commits (fact sheet §0). */
const MIRRORS: Record<string, { fusion: string; commit: string } | undefined> = {
  fr: {
    fusion: "AdobeDocs/workfront-fusion.fr-FR",
    commit: "a0bbd6383b1a6dcc27ec64a382531bb6a1d766f0",
  },
  it: {
    fusion: "AdobeDocs/workfront-fusion.it-IT",
    commit: "0492986ba457c4809ea4bda3cd54ddc73686b6dd",
  },
  nl: {
    fusion: "AdobeDocs/workfront-fusion.nl-NL",
    commit: "77d771ff02a6165d4cc9e47115f88e5278119e2c",
  },
  sv: {
    fusion: "AdobeDocs/workfront-fusion.sv-SE",
    commit: "1219fcc1e68febe14ccf1974389a4756c45a623f",
  },
};

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
  const mirror = MIRRORS[locale];
  const english = `https://github.com/${FUSION_DOCS.repo}/blob/${FUSION_DOCS.commit}/`;
  if (mirror && url.startsWith(english)) {
    return `https://github.com/${mirror.fusion}/blob/${mirror.commit}/${url.slice(english.length)}`;
  }
  return url;
}
