/**
 * The scenario the wizard works on: the blueprint Diagnose kept in this browser, analysed and
 * planned again (in the worker, like Diagnose), with the user's rules as they are now.
 */
import { useQuery } from "@tanstack/react-query";
import { analyzeInWorker, type AnalysisOutcome } from "../../app/analysis/client";
import { loadSavedBlueprint } from "../../app/saved-blueprint";
import { readStored } from "../../app/storage";
import { NO_RULES, type UserRules } from "../../core/analysis/report";
import { todayIso } from "../../i18n/format";
import { isUserRules } from "../diagnose/useRules";

export type CurrentAnalysis = Extract<AnalysisOutcome, { ok: true }>;

export type CurrentScenario =
  | { state: "loading" }
  | { state: "none" }
  | { state: "failed"; message: string }
  | { state: "ready"; current: CurrentAnalysis };

/** The user's rules as Diagnose stored them; none when storage says nothing usable. */
export function storedRules(): UserRules {
  return readStored("rules", isUserRules).value ?? NO_RULES;
}

async function loadCurrent(): Promise<AnalysisOutcome | null> {
  const load = await loadSavedBlueprint();
  if (load.status !== "saved") return null;
  return analyzeInWorker(load.saved.file, { today: todayIso(), rules: storedRules() });
}

export function useCurrentScenario(): CurrentScenario {
  const query = useQuery({ queryKey: ["upgrade", "current"], queryFn: loadCurrent });
  if (query.isPending) return { state: "loading" };
  if (query.isError) return { state: "failed", message: query.error.message };
  const outcome = query.data;
  if (!outcome) return { state: "none" };
  if (!outcome.ok) return { state: "failed", message: outcome.error.message };
  return { state: "ready", current: outcome };
}
