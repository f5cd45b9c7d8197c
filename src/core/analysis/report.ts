/**
 * What the analyzer reports about one scenario and what the planner makes of it. Plain data
 * (crosses the Web Worker boundary, is stored in the browser and exported), English-free where
 * the UI needs words: it renders its own localized text from codes, ids and dates.
 */
import type { BlueprintShape, Platform, ReadWarning } from "../blueprint/model";
import type { ChangeCategory, ChangeLevel, DatedFact, UpgradeMethod } from "../domain/change";

export type { ChangeCategory, ChangeLevel, DatedFact, UpgradeMethod } from "../domain/change";

/** Computed from the entry's dates against `today`, never stored in the catalog. */
export type Severity = "expired" | "critical" | "warning" | "info";
export const SEVERITIES: readonly Severity[] = ["expired", "critical", "warning", "info"];

/**
 * "confirmed": matched on a module id or connection type the facts confirm.
 * "likely": matched only on the app, a name or an unconfirmed id: the user should check.
 */
export type Confidence = "confirmed" | "likely";

export type MatchKind =
  "module-id" | "module-prefix" | "connection-type" | "name-pattern" | "user-rule";

export interface Finding {
  /** Stable within a report: `${entryId}|${subject}`. */
  id: string;
  entryId: string;
  /** The reference in docs/fusion-facts.md (A1…A11, B1…B18, C1…C10). */
  ref: string;
  level: ChangeLevel;
  category: ChangeCategory;
  severity: Severity;
  confidence: Confidence;
  matchedBy: MatchKind;
  /** Key for the user's confirm/dismiss choice; stable across blueprints (`${entryId}|${module id or connection type}`). */
  ruleKey: string;
  /** Affected modules (ScenarioModule.key), in flow order. */
  moduleKeys: string[];
  /** Connection-level findings: the connection(s) concerned. */
  connection: { type: string | null; ids: (number | string | null)[]; labels: string[] } | null;
  /** The date that drives the severity (stops working, else deprecated), when any. */
  deadline: DatedFact | null;
  /** The user confirmed a likely match (it then counts as confirmed). */
  userConfirmed: boolean;
}

export interface AppUsage {
  app: string;
  modules: number;
  versions: number[];
}

export interface ConnectionUsage {
  type: string | null;
  ids: (number | string | null)[];
  labels: string[];
  moduleKeys: string[];
}

export interface Inventory {
  modules: number;
  apps: AppUsage[];
  connections: ConnectionUsage[];
  /** Module ids (`app:Name`) no catalog entry speaks of: neither affected nor known safe. */
  unknownModuleIds: string[];
}

export interface Report {
  scenarioName: string | null;
  platform: Platform;
  shape: BlueprintShape;
  /** The `today` the severities were computed against (YYYY-MM-DD). */
  today: string;
  inventory: Inventory;
  /** Sorted by severity, then flow order. Dismissed matches are not here (see `dismissed`). */
  findings: Finding[];
  /** Matches the user dismissed, kept so the UI can offer to restore them. */
  dismissed: Finding[];
  counts: Record<Severity, number>;
  warnings: ReadWarning[];
}

/** The user's choices about matches; stored by the UI, applied to every later blueprint. */
export interface UserRules {
  /** ruleKeys of likely matches the user confirmed. */
  confirmed: string[];
  /** ruleKeys of matches the user says do not apply. */
  dismissed: string[];
  /** Module ids the user maps to a catalog entry (e.g. an SDK app's id for a Photoshop module). */
  mapped: { moduleId: string; entryId: string }[];
}

export const NO_RULES: UserRules = { confirmed: [], dismissed: [], mapped: [] };

export type StepKind = "prepare" | "connection" | "connector" | "module" | "verify";

/** What must be true in a re-exported blueprint for a step to count as done. */
export type DoneCondition =
  | { kind: "finding-gone"; findingId: string }
  | { kind: "module-gone"; moduleKey: string; moduleId: string }
  | { kind: "connection-type-gone"; connectionType: string }
  | { kind: "manual" }; // nothing in a blueprint shows it (backup, external action)

export interface PlanStep {
  /** Stable within a plan (used in URLs and for kept progress). */
  id: string;
  kind: StepKind;
  /** Catalog entries this step acts on (empty for prepare/verify). */
  entryIds: string[];
  findingIds: string[];
  /** Modules concerned, in flow order. */
  moduleKeys: string[];
  method: UpgradeMethod;
  preservesConfiguration: "yes" | "no" | "unknown";
  /** Mapped fields and parameters to re-enter or re-check (names only, no values). */
  fieldsToRecheck: string[];
  doneWhen: DoneCondition[];
}

export interface Plan {
  steps: PlanStep[];
}

export type StepStatus = "done" | "todo";

export interface Comparison {
  steps: { stepId: string; status: StepStatus }[];
  /** Findings in the re-exported blueprint that the plan did not know. */
  newFindings: Finding[];
}
