/**
 * The scenario the wizard works on: the current diagnosis shared with Diagnose (from the query
 * cache when the user comes from there, else the blueprint kept in this browser, analysed once).
 */
import { useDiagnosis } from "../../lib/diagnosis/useDiagnosis";
import type { AnalysisOutcome } from "../../lib/diagnosis/worker-client";
import { useRules } from "../../lib/useRules";

export type CurrentAnalysis = Extract<AnalysisOutcome, { ok: true }>;

export type CurrentScenario =
  | { state: "loading" }
  | { state: "none" }
  | { state: "failed"; message: string }
  | { state: "ready"; current: CurrentAnalysis };

export function useCurrentScenario(): CurrentScenario {
  const { rules } = useRules();
  const diagnosis = useDiagnosis(rules);
  if (diagnosis.crash) return { state: "failed", message: diagnosis.crash };
  if (diagnosis.restoring || (diagnosis.blueprint && !diagnosis.outcome))
    return { state: "loading" };
  const outcome = diagnosis.outcome;
  if (!outcome) return { state: "none" };
  if (!outcome.ok) return { state: "failed", message: outcome.error.message };
  return { state: "ready", current: outcome };
}
