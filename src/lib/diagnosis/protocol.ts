/** Messages between the page and the analysis worker (structured-clone data only). */
import type { UserRules } from "../../core/analysis/report";
import type { ScenarioModule } from "../../core/blueprint/model";
import type { DiagnosisOutcome, DiagnosisProgress } from "../../core/diagnosis/diagnose";
import type { PictureLayout } from "../../core/layout/picture";

export type AnalysisProgress = DiagnosisProgress;

/**
 * What the page gets back: the diagnosis, the picture's layout (computed here, off the main
 * thread), where each plan step's modules are (`stepModuleIndexes`), the blueprint's hash (the
 * key of its upgrade progress), and, when the page asked to keep it, whether it is now stored in
 * this browser.
 */
export type AnalysisOutcome =
  | (Extract<DiagnosisOutcome, { ok: true }> & {
      picture: PictureLayout;
      /** Per plan step, the index in `scenario.modules` of each of its modules. */
      stepModules: Int32Array[];
      blueprintHash: string;
      kept: boolean | null;
    })
  | Extract<DiagnosisOutcome, { ok: false }>;

export interface AnalysisRequest {
  input: string | Uint8Array | Blob;
  today: string;
  rules: UserRules;
  /** Store the blueprint in IndexedDB once it reads, from the bytes the worker already has. */
  keep: boolean;
}

/**
 * The scenario's modules come ahead of "done", a slice per message, and "done" carries none:
 * the page decodes each message in a task of its own, and one message of 100,000 modules would
 * be a task of several hundred milliseconds.
 */
export const MODULES_PER_MESSAGE = 5000;

export type WorkerMessage =
  | { type: "progress"; progress: AnalysisProgress }
  | { type: "modules"; modules: ScenarioModule[] }
  | { type: "done"; outcome: AnalysisOutcome }
  | { type: "failed"; message: string };
