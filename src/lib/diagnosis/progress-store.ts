/**
 * The progress of running analyses, by query key. A query's data is its outcome; progress is a
 * side channel the worker reports into, read by whichever page shows that analysis.
 */
import { useSyncExternalStore } from "react";
import type { AnalysisProgress } from "./protocol";

const progressByKey = new Map<string, AnalysisProgress>();
const listeners = new Set<() => void>();

export function reportProgress(key: string, progress: AnalysisProgress): void {
  progressByKey.set(key, progress);
  listeners.forEach((listener) => listener());
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function useProgress(key: string): AnalysisProgress | null {
  return useSyncExternalStore(
    subscribe,
    () => progressByKey.get(key) ?? null,
    () => null,
  );
}
