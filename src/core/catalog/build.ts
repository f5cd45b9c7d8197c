/**
 * Small constructors that keep the catalog entries readable: dates with their precision, sources
 * as public URLs in the documentation snapshot, and an entry with the defaults most share.
 */
import type { DatedFact } from "../domain/change";
import { experienceLeagueUrl } from "../docs/doc-links";
import { DOCS_SNAPSHOTS } from "../docs/snapshots";
import type { CatalogEntry, ConnectionMatcher, IdStatus, ModuleMatcher, Source } from "./model";

/** The English Fusion documentation snapshot the facts were read from (docs/fusion-facts.md §0). */
export const FUSION_DOCS = DOCS_SNAPSHOTS.en;
/** Workfront's own documentation, for the few facts Fusion's pages do not state. */
export const WORKFRONT_DOCS = {
  repo: "AdobeDocs/workfront.en",
  commit: "833da2fdbadb42a6d736891c42138d265d425912",
};

export const day = (date: string, text: string): DatedFact => ({ date, precision: "day", text });
export const week = (date: string, text: string): DatedFact => ({ date, precision: "week", text });
export const month = (date: string, text: string): DatedFact => ({
  date,
  precision: "month",
  text,
});
export const quarter = (date: string, text: string): DatedFact => ({
  date,
  precision: "quarter",
  text,
});
export const undated = (text: string): DatedFact => ({
  date: null,
  precision: "unspecified",
  text,
});

/** A page of the Fusion docs (path under help/workfront-fusion/, docs/fusion-facts.md's `hwf/`). */
export function fusionDoc(path: string, anchor: string | null = null): Source {
  return {
    url: `https://github.com/${FUSION_DOCS.repo}/blob/${FUSION_DOCS.commit}/help/workfront-fusion/${path}${anchor ? `#${anchor}` : ""}`,
    path: `help/workfront-fusion/${path}`,
    anchor,
  };
}

/** A release note of the Fusion docs (`fusion-product-releases/fusion-releases-<year>/<file>`). */
export const releaseNote = (year: number, file: string) =>
  fusionDoc(`fusion-product-releases/fusion-releases-${year}/${file}`);

/** A page of the Workfront docs (path under help/quicksilver/). */
export function workfrontDoc(path: string): Source {
  return {
    url: `https://github.com/${WORKFRONT_DOCS.repo}/blob/${WORKFRONT_DOCS.commit}/help/quicksilver/${path}`,
    path: `help/quicksilver/${path}`,
    anchor: null,
  };
}

/** The Experience League page on upgrading a module (docs/fusion-facts.md §5: URL seen or built from the pattern). */
export const UPGRADE_PAGE: Source = {
  url: experienceLeagueUrl("en", "manage-scenarios/update-module-to-new-version"),
  path: "help/workfront-fusion/manage-scenarios/update-module-to-new-version.md",
  anchor: null,
};

export const moduleMatch = (
  displayName: string,
  moduleId: string | null = null,
  idStatus: IdStatus = "unknown",
  versions: string | null = null,
): ModuleMatcher => ({
  displayName,
  moduleId,
  versions,
  idStatus,
});

export const connectionMatch = (
  displayName: string,
  accountType: string | null = null,
  idStatus: IdStatus = "unknown",
): ConnectionMatcher => ({
  displayName,
  accountType,
  idStatus,
});

type EntryInput = Omit<
  CatalogEntry,
  "match" | "replacement" | "dates" | "upgrade" | "notes" | "status" | "app" | "documentedFor"
> & {
  documentedFor?: CatalogEntry["documentedFor"];
  status?: CatalogEntry["status"];
  app: Partial<CatalogEntry["app"]> & { displayName: string };
  match?: Partial<CatalogEntry["match"]>;
  replacement?: Partial<CatalogEntry["replacement"]>;
  dates?: Partial<CatalogEntry["dates"]>;
  upgrade: Partial<CatalogEntry["upgrade"]> & { method: CatalogEntry["upgrade"]["method"] };
  notes?: string;
};

export function entry(input: EntryInput): CatalogEntry {
  return {
    ...input,
    status: input.status ?? "deprecated",
    // Every fact so far comes from Adobe's Fusion (or Workfront) documentation.
    documentedFor: input.documentedFor ?? ["fusion"],
    app: { legacyDisplayName: null, appIds: [], idStatus: "unknown", ...input.app },
    match: {
      modules: [],
      wholeApp: false,
      connectionTypes: [],
      namePatterns: [],
      evidence: [],
      ...input.match,
    },
    replacement: {
      level: input.level,
      displayName: null,
      moduleId: null,
      idStatus: "unknown",
      parameterRenames: [],
      outputChanges: null,
      ...input.replacement,
    },
    dates: {
      announced: null,
      deprecated: null,
      removedFromSelector: null,
      stopsWorking: null,
      ...input.dates,
    },
    upgrade: { preservesConfiguration: "unknown", reviewAfterUpgrade: true, ...input.upgrade },
    notes: input.notes ?? null,
  };
}
