/**
 * This scenario's progress, kept in localStorage and merged with what another tab wrote. Storage
 * that is off, full or holds unreadable data never stops the wizard: progress then lives in
 * memory for the session and `problem` says why, so the page can tell the user.
 */
import { useCallback, useEffect, useRef, useState } from "react";
import {
  onStoredChange,
  readStored,
  removeStored,
  storedKeys,
  withStorageLock,
  writeStored,
  type StorageProblem,
} from "../../lib/storage";
import type { Comparison } from "../../core/analysis/report";
import {
  addsTo,
  applyComparison,
  emptyProgress,
  markStep,
  mergeProgress,
  progressKey,
  progressToPrune,
  PROGRESS_PREFIX,
  recentScenarios,
  resetProgress,
  type RecentScenario,
  type ScenarioProgress,
} from "../../core/progress/progress";
import { isScenarioProgress } from "../../core/progress/validate";

const now = () => new Date().toISOString();

function allStored(): ScenarioProgress[] {
  return storedKeys(PROGRESS_PREFIX).flatMap((key) => {
    const stored = readStored(key, isScenarioProgress);
    return stored.ok && stored.value ? [stored.value] : [];
  });
}

/** Every scenario with kept progress, most recent first. */
export function readRecent(): RecentScenario[] {
  return recentScenarios(allStored());
}

/** Resets a scenario's kept progress (not the one open in this page: its hook does that). */
export function resetStoredProgress(hash: string): void {
  const stored = readStored(progressKey(hash), isScenarioProgress).value;
  if (stored) writeStored(progressKey(hash), resetProgress(stored, now()));
}

/**
 * Merges `next` with what is stored and writes the result when it adds anything; on a full
 * storage, frees old scenarios once. Called under the scenario's lock (one writer at a time).
 */
function save(next: ScenarioProgress): {
  merged: ScenarioProgress;
  problem: StorageProblem | null;
} {
  const key = progressKey(next.hash);
  const stored = readStored(key, isScenarioProgress);
  const merged = stored.ok && stored.value ? mergeProgress(stored.value, next) : next;
  if (stored.ok && stored.value && !addsTo(merged, stored.value)) return { merged, problem: null };
  let outcome = writeStored(key, merged);
  if (!outcome.ok && outcome.problem === "quota") {
    for (const hash of progressToPrune(allStored(), next.hash)) removeStored(progressKey(hash));
    outcome = writeStored(key, merged);
  }
  return { merged, problem: outcome.ok ? null : outcome.problem };
}

export interface ProgressState {
  progress: ScenarioProgress;
  problem: StorageProblem | null;
  /** Set when another tab's change was merged in (for a polite announcement). */
  fromOtherTab: number;
  recent: RecentScenario[];
  mark: (stepId: string, done: boolean) => void;
  verified: (comparison: Comparison) => void;
  reset: (hash: string) => void;
}

export function useProgress(
  hash: string,
  scenarioName: string | null,
  stepIds: string[],
): ProgressState {
  const [state, setState] = useState(() => {
    const fresh = emptyProgress(hash, scenarioName, stepIds, now());
    const stored = readStored(progressKey(hash), isScenarioProgress);
    const progress = stored.value ? { ...mergeProgress(stored.value, fresh), stepIds } : fresh;
    return { progress, problem: stored.ok ? null : stored.problem };
  });
  const [recent, setRecent] = useState<RecentScenario[]>(readRecent);
  const [fromOtherTab, setFromOtherTab] = useState(0);
  // Event handlers read the latest progress; it is updated after each render.
  const latest = useRef(state.progress);
  useEffect(() => {
    latest.current = state.progress;
  });

  const commit = useCallback((next: ScenarioProgress) => {
    // Shown at once; stored under the lock, read again there, and merged with the other tabs'.
    latest.current = next;
    setState((previous) => ({ ...previous, progress: next }));
    void withStorageLock(progressKey(next.hash), () => save(latest.current)).then(
      ({ merged, problem }) => {
        // Unsaved progress is still the session's progress.
        latest.current = problem ? latest.current : merged;
        setState({ progress: latest.current, problem });
        setRecent(
          recentScenarios(
            problem
              ? [...allStored().filter((p) => p.hash !== next.hash), latest.current]
              : allStored(),
          ),
        );
      },
    );
  }, []);

  // Another tab wrote: merge its progress into this one and, if this tab knows marks the stored
  // value lacks (that tab read before this one wrote), write the merged state back. Done once on
  // subscribing too: a write between this page's first read and its subscription (a wizard
  // rendered in the background, another tab clicking meanwhile) would otherwise be missed.
  useEffect(() => {
    const mergeStored = () => {
      void withStorageLock(progressKey(hash), () => {
        const stored = readStored(progressKey(hash), isScenarioProgress).value;
        if (!stored) return false;
        const merged = { ...mergeProgress(latest.current, stored), stepIds };
        if (addsTo(merged, stored)) writeStored(progressKey(hash), merged);
        const gained = addsTo(merged, latest.current);
        latest.current = merged;
        return gained;
      }).then((gained) => {
        if (!gained) return;
        setState((previous) => ({ ...previous, progress: latest.current }));
        setRecent(readRecent());
        setFromOtherTab((count) => count + 1);
      });
    };
    const stop = onStoredChange(progressKey(hash), mergeStored);
    mergeStored();
    return stop;
  }, [hash, stepIds]);

  const mark = useCallback(
    (stepId: string, done: boolean) =>
      commit(markStep(latest.current, stepId, done, "user", now())),
    [commit],
  );
  const verified = useCallback(
    (comparison: Comparison) => commit(applyComparison(latest.current, comparison, now())),
    [commit],
  );
  const reset = useCallback(
    (target: string) => {
      if (target === hash) {
        commit(resetProgress(latest.current, now()));
        return;
      }
      resetStoredProgress(target);
      setRecent(readRecent());
    },
    [commit, hash],
  );

  return { ...state, fromOtherTab, recent, mark, verified, reset };
}
