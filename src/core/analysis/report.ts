/**
 * What the analyzer reports about one scenario and what the planner makes of it. Plain data
 * (crosses the Web Worker boundary, is stored in the browser and exported), English-free where
 * the UI needs words: it renders its own localized text from codes, ids and dates.
 */
import type { BlueprintShape, Platform, ReadWarning } from "../blueprint/model";
import type * as Change from "../domain/change";

// The change vocabulary is the catalog's too; it is re-exported so a report reads on its own.
export * from "../domain/change";

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

/**
 * Why a severity holds, from the entry's status and dates against today: the one reason a card,
 * the legend, the wizard and the exports all state (see severity.ts).
 */
export type UrgencyReason =
  | "stopped-on-date" // expired: the stop date has passed
  | "no-longer-available" // expired: the status says it is gone
  | "stops-soon" // critical: stops within 90 days
  | "stops-within-year" // warning: stops within a year
  | "deprecated-no-stop-date" // warning: deprecated, no stop date announced
  | "announced-no-date" // warning: announced, no date
  | "in-effect" // warning: a rule in effect for the accounts it names
  | "stops-later" // info: the stop date is more than a year away
  | "still-works"; // info: legacy or superseded, documented to keep working

/** The reasons each severity stands for: the legend lists these, a card states one of them. */
export const URGENCY_REASONS: Record<Severity, readonly UrgencyReason[]> = {
  expired: ["stopped-on-date", "no-longer-available"],
  critical: ["stops-soon"],
  warning: ["stops-within-year", "deprecated-no-stop-date", "announced-no-date", "in-effect"],
  info: ["stops-later", "still-works"],
};

/**
 * What decided a finding, short and machine-readable: what matched (module id, app, connection
 * type, a name, the user's mapping), the catalog rule that raised or lowered it, and whose
 * documentation states the change when the blueprint is from another platform.
 */
export type EvidenceCode =
  | "module-id"
  | "app-prefix"
  | "name-pattern"
  | "connection-type"
  | "accepted-connection-type"
  | "user-rule"
  | "documented-for"
  | Change.EvidenceRuleCode;

export interface Evidence {
  code: EvidenceCode;
  /** The value the reason is about: a module id, a connection type, a public domain, a platform. Never an address. */
  value: string | null;
}

export interface Finding {
  /** Stable within a report: `${entryId}|${subject}`. */
  id: string;
  entryId: string;
  /** The reference in docs/fusion-facts.md (A1…A11, B1…B18, C1…C10). */
  ref: string;
  level: Change.ChangeLevel;
  category: Change.ChangeCategory;
  severity: Severity;
  /** Why that severity, from the entry's status and dates against today. */
  urgency: UrgencyReason;
  confidence: Confidence;
  matchedBy: MatchKind;
  /** What decided the match, the deciding rule first. */
  evidence: Evidence[];
  /** Whose documentation states the change (e.g. ["fusion"]). */
  documentedFor: Platform[];
  /** The blueprint is from a platform the documentation does not speak for: a "check this". */
  platformNote: boolean;
  /** For a dismissed finding: dismissed in this scenario only, or in every scenario. */
  dismissal: "scenario" | "all" | null;
  /** Key for the user's confirm/dismiss choice; stable across blueprints (`${entryId}|${module id or connection type}`). */
  ruleKey: string;
  /** Affected modules (ScenarioModule.key), in flow order. */
  moduleKeys: string[];
  /** Connection-level findings: the connection(s) concerned. */
  connection: { type: string | null; ids: (number | string | null)[]; labels: string[] } | null;
  /** The date that drives the severity (stops working, else deprecated), when any. */
  deadline: Change.DatedFact | null;
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
  /** Matches the blueprint's evidence shows are not affected (e.g. already on the new connector). */
  cleared: Finding[];
  /** Identifies the scenario for choices that apply to it only (its name, else its module ids). */
  scenarioScope: string;
  counts: Record<Severity, number>;
  warnings: ReadWarning[];
}

/** "This does not apply": in one scenario (its `scenarioScope`) or, when null, in every scenario. */
export interface Dismissal {
  ruleKey: string;
  scenario: string | null;
}

/** The user's choices about matches; stored by the UI, applied to later blueprints. */
export interface UserRules {
  /** ruleKeys of likely matches the user confirmed. */
  confirmed: string[];
  /** Matches the user says do not apply, each with its scope. */
  dismissed: Dismissal[];
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
  method: Change.UpgradeMethod;
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
