/**
 * Runs the analysis in a same-origin module worker (the CSP allows only 'self' workers).
 * Each call gets its own worker, terminated when done or when `signal` aborts: reading a
 * 50 MB blueprint is one synchronous parse, so ending the worker is the only real cancel.
 */
import type { UserRules } from "../../core/analysis/report";
import type { ScenarioModule } from "../../core/blueprint/model";
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
    // The modules arrive in slices before "done" (see MODULES_PER_MESSAGE).
    const modules: ScenarioModule[] = [];
    worker.onmessage = (event: MessageEvent<WorkerMessage>) => {
      const message = event.data;
      if (message.type === "progress") {
        onProgress?.(message.progress);
        return;
      }
      if (message.type === "modules") {
        for (const module of message.modules) modules.push(module);
        return;
      }
      finish();
      if (message.type === "failed") reject(new Error(message.message));
      else if (!message.outcome.ok) resolve(message.outcome);
      else {
        const { outcome } = message;
        resolve({ ...outcome, scenario: { ...outcome.scenario, modules } });
      }
    };
    worker.onerror = (event) => {
      finish();
      reject(new Error(event.message || "The analysis worker failed to start"));
    };
    const request: AnalysisRequest = { input, today, rules, keep };
    worker.postMessage(request);
  });
}
