/**
 * The breaking-change catalog: one entry per change at one of three levels (connection, module,
 * connector), shaped after §6 of docs/fusion-facts.md. Plain data; `schema.ts` validates it and tests
 * prove the data in `entries/` conforms. Severity is never stored: the analyzer computes it from
 * the dates against `today`.
 */
import type { Platform } from "../blueprint/model";
import type {
  ChangeCategory,
  ChangeLevel,
  DatedFact,
  EvidenceRuleCode,
  UpgradeMethod,
} from "../domain/change";

/**
 * How sure the facts are about an id:
 * - confirmed-export: seen in a real exported blueprint;
 * - seen-public-code: seen in public code or text, not in an export;
 * - inferred: derived from a naming pattern;
 * - unknown: no id known, match by name or app only.
 */
export type IdStatus = "confirmed-export" | "seen-public-code" | "inferred" | "unknown";

/**
 * - announced: a change is announced, not in effect yet;
 * - deprecated: marked deprecated, still running;
 * - in-effect: a rule that applies now to some accounts or setups (nothing is being retired);
 * - legacy-still-works: a legacy item documented to keep working;
 * - stopped: no longer available;
 * - superseded: replaced by something better, the old one keeps working.
 */
export type EntryStatus =
  "announced" | "deprecated" | "in-effect" | "legacy-still-works" | "stopped" | "superseded";

export interface ModuleMatcher {
  displayName: string;
  /** Exact `app:Name` id, when known. */
  moduleId: string | null;
  /** Versions affected (e.g. "<=2", "1", "*"); null when any. */
  versions: string | null;
  idStatus: IdStatus;
}

export interface ConnectionMatcher {
  displayName: string;
  /** The connection type as written in `restore…data.connection` / `account:<type>`. */
  accountType: string | null;
  idStatus: IdStatus;
}

/**
 * A fact in the blueprint that decides a match, beyond the module id and app: checked in order,
 * the first condition that holds gives the verdict. Data, with the source that states the rule.
 */
export type EvidenceCondition =
  /** The connection type in use is one of these. */
  | { kind: "connection-type-in"; types: string[] }
  /** The connection type in use is known and none of these. */
  | { kind: "connection-type-not-in"; types: string[] }
  /** A connection label shows an e-mail address at one of these domains. */
  | { kind: "account-domain-in"; domains: string[] }
  /** A connection label shows an e-mail address, at none of these domains. */
  | { kind: "account-domain-not-in"; domains: string[] }
  /** No connection label shows an e-mail address. */
  | { kind: "account-not-shown" };

/** affected: needs action (raises the match); check: the user must look; not-affected: lowers it. */
export type EvidenceVerdict = "affected" | "check" | "not-affected";

export interface EvidenceRule {
  /** The machine-readable reason the finding carries when this rule decides. */
  code: EvidenceRuleCode;
  when: EvidenceCondition;
  verdict: EvidenceVerdict;
  source: Source;
}

export interface Source {
  /** Public page the fact comes from (Experience League, Make help, release notes). */
  url: string;
  /** Repository path in the docs snapshot, when the fact comes from there. */
  path: string | null;
  anchor: string | null;
}

export interface CatalogEntry {
  /** Stable slug, used in rule keys, URLs and kept progress. */
  id: string;
  /** The reference in docs/fusion-facts.md: A1…A11 (connection), B1…B18 (module), C1…C10 (connector). */
  ref: string;
  category: ChangeCategory;
  level: ChangeLevel;
  status: EntryStatus;
  app: {
    displayName: string;
    legacyDisplayName: string | null;
    /** Blueprint prefixes before ':' (e.g. "workfront", "google-sheets"). */
    appIds: string[];
    idStatus: IdStatus;
  };
  match: {
    modules: ModuleMatcher[];
    /** Connector level: every module whose app id is in `app.appIds` is affected. */
    wholeApp: boolean;
    connectionTypes: ConnectionMatcher[];
    /** Case-insensitive substrings of module names, the last resort when no id is known. */
    namePatterns: string[];
    /** Rules on what else the blueprint shows (connection type, account), checked in order. */
    evidence: EvidenceRule[];
  };
  /** Whose documentation states the change: on another platform it is a "check this", never a fact. */
  documentedFor: Exclude<Platform, "unknown" | "integromat">[];
  /** What the change is about, one English sentence (the CLI and the Markdown hand-over use it). */
  summary: string;
  replacement: {
    level: ChangeLevel | "none";
    displayName: string | null;
    moduleId: string | null;
    idStatus: IdStatus;
    /** Documented renames only; empty when the facts list none. */
    parameterRenames: { from: string; to: string }[];
    outputChanges: string | null;
  };
  dates: {
    announced: DatedFact | null;
    deprecated: DatedFact | null;
    removedFromSelector: DatedFact | null;
    stopsWorking: DatedFact | null;
  };
  upgrade: {
    method: Exclude<UpgradeMethod, "backup" | "verify">;
    preservesConfiguration: "yes" | "no" | "unknown";
    reviewAfterUpgrade: boolean;
  };
  sources: Source[];
  notes: string | null;
}

export interface Catalog {
  schemaVersion: 1;
  /** The docs snapshot the facts were read from. */
  snapshot: { repo: string; commit: string; date: string };
  entries: CatalogEntry[];
}
