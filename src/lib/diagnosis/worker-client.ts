/**
 * Runs the analysis in a same-origin module worker (the CSP allows only 'self' workers).
 * Each call gets its own worker, terminated when done or when `signal` aborts: reading a
 * 50 MB blueprint is one synchronous parse, so ending the worker is the only real cancel.
 */
import type { UserRules } from "../../core/analysis/report";
import type { ScenarioModule } from "../../core/blueprint/model";
import type { PictureLayout } from "../../core/layout/picture";
import type { AnalysisOutcome, AnalysisProgress, AnalysisRequest, WorkerMessage } from "./protocol";

export type { AnalysisOutcome, AnalysisProgress } from "./protocol";

export interface AnalyzeOptions {
  today: string;
  rules: UserRules;
  /** Store the blueprint in this browser (done in the worker, before the outcome arrives). */
  keep?: boolean;
  /** Lay out the picture (`picture` of the outcome; null without). */
  picture?: boolean;
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
  { today, rules, keep = false, picture: laidOut = true, signal, onProgress }: AnalyzeOptions,
): Promise<AnalysisOutcome> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) {
      reject(abortReason(signal));
      return;
    }
    const worker = new Worker(new URL("./worker.ts", import.meta.url), { type: "module" });
    // The picture's layout follows the outcome; null when the worker ends without it.
    let laid: (layout: PictureLayout | null) => void = () => {};
    const picture = new Promise<PictureLayout | null>((resolve) => (laid = resolve));
    const finish = () => {
      worker.terminate();
      signal?.removeEventListener("abort", abort);
      laid(null);
    };
    const abort = () => {
      finish();
      reject(abortReason(signal));
    };
    signal?.addEventListener("abort", abort, { once: true });
    // The modules arrive in slices before "done" (see MODULES_PER_MESSAGE).
    const modules: ScenarioModule[] = [];
    const moduleByKey = new Map<string, ScenarioModule>();
    worker.onmessage = (event: MessageEvent<WorkerMessage>) => {
      const message = event.data;
      switch (message.type) {
        case "progress":
          onProgress?.(message.progress);
          return;
        case "modules":
          for (const module of message.modules) {
            modules.push(module);
            moduleByKey.set(module.key, module);
          }
          return;
        case "done":
          if (!message.outcome.ok) {
            finish();
            resolve(message.outcome);
            return;
          }
          // Unless no picture was asked for, the worker stays on to send it.
          if (!laidOut) finish();
          resolve({
            ...message.outcome,
            scenario: { ...message.outcome.scenario, modules },
            moduleByKey,
            picture,
          });
          return;
        case "picture":
          laid(message.picture);
          finish();
          return;
        case "failed":
          finish();
          reject(new Error(message.message));
      }
    };
    worker.onerror = (event) => {
      finish();
      reject(new Error(event.message || "The analysis worker failed to start"));
    };
    const request: AnalysisRequest = { input, today, rules, keep, picture: laidOut };
    worker.postMessage(request);
  });
}
