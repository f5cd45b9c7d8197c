/**
 * The vocabulary of a breaking change, shared by the catalog (which states changes) and the
 * analysis (which finds them in a blueprint); kept apart so neither imports the other's module.
 */

export type ChangeLevel = "connection" | "module" | "connector";
export type ChangeCategory = "auth" | "endpoint" | "api-version";

export interface DatedFact {
  date: string | null; // YYYY-MM-DD
  precision: "day" | "week" | "month" | "quarter" | "year" | "unspecified";
  text: string | null;
}

export type UpgradeMethod =
  | "backup"
  | "upgrade"
  | "upgrade-all"
  | "choose-new"
  | "new-connection"
  | "new-connector-rebuild"
  | "external-action"
  | "none"
  | "verify";

/** Codes of the catalog's evidence rules (data in the catalog, words in the UI). */
export const EVIDENCE_RULE_CODES = [
  "new-connector-connection",
  "consumer-account",
  "workspace-account",
  "account-not-shown",
  "not-a-google-connection",
] as const;
export type EvidenceRuleCode = (typeof EVIDENCE_RULE_CODES)[number];
