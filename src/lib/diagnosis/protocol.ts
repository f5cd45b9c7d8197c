/** Messages between the page and the analysis worker (structured-clone data only). */
import type { UserRules } from "../../core/analysis/report";
import type { DiagnosisOutcome, DiagnosisProgress } from "../../core/diagnosis/diagnose";
import type { PictureLayout } from "../../core/layout/picture";

export type AnalysisProgress = DiagnosisProgress;

/**
 * What the page gets back: the diagnosis, the picture's layout (computed here, off the main
 * thread), the blueprint's hash (the key of its upgrade progress), and, when the page asked to
 * keep it, whether it is now stored in this browser.
 */
export type AnalysisOutcome =
  | (Extract<DiagnosisOutcome, { ok: true }> & {
      picture: PictureLayout;
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

export type WorkerMessage =
  | { type: "progress"; progress: AnalysisProgress }
  | { type: "done"; outcome: AnalysisOutcome }
  | { type: "failed"; message: string };
