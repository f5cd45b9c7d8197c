/**
 * Small constructors that keep the catalog entries readable: dates with their precision, sources
 * as public URLs in the documentation snapshot, and an entry with the defaults most share.
 */
import type { DatedFact } from "../domain/change";
import { experienceLeagueUrl } from "../docs/doc-links";
import { DOCS_SNAPSHOTS } from "../docs/snapshots";
import type { CatalogEntry, ConnectionMatcher, IdStatus, ModuleMatcher, Source } from "./model";
import { EN_TEXTS, type EntryId } from "./texts/en";
import { withTexts } from "./texts/apply";

/** The English Fusion documentation snapshot the facts were read from (docs/fusion-facts.md §0). */
export const FUSION_DOCS = DOCS_SNAPSHOTS.en;
/** Workfront's own documentation, for the few facts Fusion's pages do not state. */
export const WORKFRONT_DOCS = {
  repo: "AdobeDocs/workfront.en",
  commit: "833da2fdbadb42a6d736891c42138d265d425912",
};

// A date's note (what the date alone does not say) is in the texts tables, not here.
export const day = (date: string): DatedFact => ({ date, precision: "day", text: null });
export const week = (date: string): DatedFact => ({ date, precision: "week", text: null });
export const month = (date: string): DatedFact => ({ date, precision: "month", text: null });
export const quarter = (date: string): DatedFact => ({ date, precision: "quarter", text: null });
/** A date the documentation does not give; the texts say why. */
export const undated = (): DatedFact => ({ date: null, precision: "unspecified", text: null });

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

/** `displayName` null: the connection type is described, so its name is in the texts tables. */
export const connectionMatch = (
  displayName: string | null,
  accountType: string | null = null,
  idStatus: IdStatus = "unknown",
): ConnectionMatcher => ({
  displayName: displayName ?? "",
  accountType,
  idStatus,
});

type EntryInput = Omit<
  CatalogEntry,
  | "id"
  | "summary"
  | "match"
  | "replacement"
  | "dates"
  | "upgrade"
  | "notes"
  | "status"
  | "app"
  | "documentedFor"
> & {
  /** Every id has its words in texts/en.ts: an entry without them fails the typecheck. */
  id: EntryId;
  documentedFor?: CatalogEntry["documentedFor"];
  status?: CatalogEntry["status"];
  /** The app's display name here when it is a product name; in the texts when it is described. */
  app?: Partial<CatalogEntry["app"]>;
  match?: Partial<CatalogEntry["match"]>;
  replacement?: Partial<CatalogEntry["replacement"]>;
  dates?: Partial<CatalogEntry["dates"]>;
  upgrade: Partial<CatalogEntry["upgrade"]> & { method: CatalogEntry["upgrade"]["method"] };
};

/** An entry with the defaults most share, in English words (texts/en.ts). */
export function entry(input: EntryInput): CatalogEntry {
  const facts: CatalogEntry = {
    ...input,
    summary: "",
    status: input.status ?? "deprecated",
    // Every fact so far comes from Adobe's Fusion (or Workfront) documentation.
    documentedFor: input.documentedFor ?? ["fusion"],
    app: {
      displayName: "",
      legacyDisplayName: null,
      appIds: [],
      idStatus: "unknown",
      ...input.app,
    },
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
    notes: null,
  };
  return withTexts(facts, EN_TEXTS[input.id]);
}
