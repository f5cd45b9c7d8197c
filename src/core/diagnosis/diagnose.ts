/**
 * The one way from a blueprint to what the app shows: read → walk → analyze → plan. The browser's
 * worker, the command-line check and the bench all call this, so they can never disagree.
 */
import { analyze } from "../analysis/analyze";
import { planUpgrade } from "../analysis/plan";
import { NO_RULES, type Plan, type Report, type UserRules } from "../analysis/report";
import type { ReadError, Scenario } from "../blueprint/model";
import { readBlueprint } from "../blueprint/read";
import type { Catalog } from "../catalog/model";

export type DiagnosisPhase = "reading" | "analyzing";

export interface DiagnosisProgress {
  phase: DiagnosisPhase;
  /** 0 to 1 within the phase. */
  fraction: number;
}

export type DiagnosisOutcome =
  { ok: true; scenario: Scenario; report: Report; plan: Plan } | { ok: false; error: ReadError };

export interface DiagnoseOptions {
  /** YYYY-MM-DD: severities are computed from the catalog's dates against this day. */
  today: string;
  /** The user's confirm/dismiss choices about likely matches. */
  choices?: UserRules;
  onProgress?: (progress: DiagnosisProgress) => void;
}

export function diagnoseBlueprint(
  input: string | Uint8Array,
  catalog: Catalog,
  { today, choices = NO_RULES, onProgress }: DiagnoseOptions,
): DiagnosisOutcome {
  const read = readBlueprint(input);
  onProgress?.({ phase: "reading", fraction: 1 });
  if (!read.ok) return { ok: false, error: read.error };
  onProgress?.({ phase: "analyzing", fraction: 0 });
  const report = analyze(read.scenario, catalog, today, choices);
  onProgress?.({ phase: "analyzing", fraction: 0.7 });
  const plan = planUpgrade(read.scenario, report, catalog);
  onProgress?.({ phase: "analyzing", fraction: 1 });
  return { ok: true, scenario: read.scenario, report, plan };
}
