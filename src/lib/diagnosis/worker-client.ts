/**
 * Runs the analysis in a same-origin module worker (the CSP allows only 'self' workers).
 * Each call gets its own worker, terminated when done or when `signal` aborts: reading a
 * 50 MB blueprint is one synchronous parse, so ending the worker is the only real cancel.
 */
import type { UserRules } from "../../core/analysis/report";
import type { AnalysisOutcome, AnalysisProgress, AnalysisRequest, WorkerMessage } from "./protocol";

export type { AnalysisOutcome, AnalysisProgress } from "./protocol";

export interface AnalyzeOptions {
  today: string;
  rules: UserRules;
  /** Store the blueprint in this browser (done in the worker, before the outcome arrives). */
  keep?: boolean;
  signal?: AbortSignal;
  onProgress?: (progress: AnalysisProgress) => void;
}

function abortReason(signal: AbortSignal | undefined): Error {
  return signal?.reason instanceof Error
    ? signal.reason
    : new DOMException("Cancelled", "AbortError");
}

export function analyzeInWorker(
  input: string | Uint8Array | Blob,
  { today, rules, keep = false, signal, onProgress }: AnalyzeOptions,
): Promise<AnalysisOutcome> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) {
      reject(abortReason(signal));
      return;
    }
    const worker = new Worker(new URL("./worker.ts", import.meta.url), { type: "module" });
    const finish = () => {
      worker.terminate();
      signal?.removeEventListener("abort", abort);
    };
    const abort = () => {
      finish();
      reject(abortReason(signal));
    };
    signal?.addEventListener("abort", abort, { once: true });
    worker.onmessage = (event: MessageEvent<WorkerMessage>) => {
      const message = event.data;
      if (message.type === "progress") {
        onProgress?.(message.progress);
        return;
      }
      finish();
      if (message.type === "done") resolve(message.outcome);
      else reject(new Error(message.message));
    };
    worker.onerror = (event) => {
      finish();
      reject(new Error(event.message || "The analysis worker failed to start"));
    };
    const request: AnalysisRequest = { input, today, rules, keep };
    worker.postMessage(request);
  });
}
