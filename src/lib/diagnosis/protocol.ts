/** Messages between the page and the analysis worker (structured-clone data only). */
import type { UserRules } from "../../core/analysis/report";
import type { ScenarioModule } from "../../core/blueprint/model";
import type { DiagnosisOutcome, DiagnosisProgress } from "../../core/diagnosis/diagnose";
import type { PictureLayout } from "../../core/layout/picture";

export type AnalysisProgress = DiagnosisProgress;

/**
 * What the worker sends back first: the diagnosis, where each plan step's modules are
 * (`stepModules`, transferred), the blueprint's hash (the key of its upgrade progress), and, when
 * the page asked to keep it, whether it is now stored in this browser.
 */
export type SentOutcome =
  | (Extract<DiagnosisOutcome, { ok: true }> & {
      /** Per plan step, the index in `scenario.modules` of each of its modules. */
      stepModules: Int32Array[];
      blueprintHash: string;
      kept: boolean | null;
    })
  | Extract<DiagnosisOutcome, { ok: false }>;

/**
 * What the page holds: the same, with the modules (sent apart, see MODULES_PER_MESSAGE) also
 * by key, indexed as they arrived (built in one go, that index was a long task of its own), and
 * the picture's layout, which the worker computes after sending the findings (a second or two
 * at 100,000 modules): null if that failed.
 */
export type AnalysisOutcome =
  | (Extract<SentOutcome, { ok: true }> & {
      moduleByKey: ReadonlyMap<string, ScenarioModule>;
      picture: Promise<PictureLayout | null>;
    })
  | Extract<SentOutcome, { ok: false }>;

export interface AnalysisRequest {
  input: string | Uint8Array | Blob;
  today: string;
  rules: UserRules;
  /** Store the blueprint in IndexedDB once it reads, from the bytes the worker already has. */
  keep: boolean;
  /** Lay out the picture after the outcome (a re-exported blueprint being verified needs none). */
  picture: boolean;
}

/**
 * The scenario's modules come ahead of "done", a slice per message, and "done" carries none:
 * the page decodes each message in a task of its own, and one message of 100,000 modules would
 * be a task of several hundred milliseconds. "picture" comes last.
 */
export const MODULES_PER_MESSAGE = 5000;

export type WorkerMessage =
  | { type: "progress"; progress: AnalysisProgress }
  | { type: "modules"; modules: ScenarioModule[] }
  | { type: "done"; outcome: SentOutcome }
  | { type: "picture"; picture: PictureLayout }
  | { type: "failed"; message: string };
