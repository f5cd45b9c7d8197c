/** Messages between the page and the analysis worker (structured-clone data only). */
import type { ReadError, Scenario } from "../../core/blueprint/model";
import type { Plan, Report, UserRules } from "../../core/analysis/report";

export type AnalysisPhase = "reading" | "analyzing";
export interface AnalysisProgress {
  phase: AnalysisPhase;
  fraction: number;
}

export type AnalysisOutcome =
  | { ok: true; scenario: Scenario; report: Report; plan: Plan; blueprintHash: string }
  | { ok: false; error: ReadError };

export interface AnalysisRequest {
  input: string | Uint8Array | Blob;
  today: string;
  rules: UserRules;
}

export type WorkerMessage =
  | { type: "progress"; progress: AnalysisProgress }
  | { type: "done"; outcome: AnalysisOutcome }
  | { type: "failed"; message: string };
