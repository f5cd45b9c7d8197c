/**
 * Upgrade progress per scenario, keyed by the hash of its blueprint. Each step's mark carries
 * the time it was set, so two tabs on the same scenario merge step by step (the later mark wins)
 * instead of one tab overwriting the other's work. A reset is a time too: marks older than it
 * are dropped by every later merge, so a reset in one tab is not undone by another.
 */
import type { Comparison } from "../analysis/report";

export interface StepMark {
  done: boolean;
  /** ISO timestamp; marks are compared by it. */
  at: string;
  /** Checked by the user, or by comparing a re-exported blueprint. */
  by: "user" | "verify";
}

export interface ScenarioProgress {
  version: 1;
  hash: string;
  scenarioName: string | null;
  /** The plan's step ids in order, so the recent list can show progress without the blueprint. */
  stepIds: string[];
  marks: Record<string, StepMark>;
  resetAt: string | null;
  updatedAt: string;
}

export const PROGRESS_PREFIX = "progress:";
export const progressKey = (hash: string) => `${PROGRESS_PREFIX}${hash}`;

export function emptyProgress(
  hash: string,
  scenarioName: string | null,
  stepIds: string[],
  now: string,
): ScenarioProgress {
  return { version: 1, hash, scenarioName, stepIds, marks: {}, resetAt: null, updatedAt: now };
}

export function markStep(
  progress: ScenarioProgress,
  stepId: string,
  done: boolean,
  by: StepMark["by"],
  now: string,
): ScenarioProgress {
  return {
    ...progress,
    marks: { ...progress.marks, [stepId]: { done, at: now, by } },
    updatedAt: now,
  };
}

/** Checks off the steps a re-exported blueprint shows as done; other marks stay as they are. */
export function applyComparison(
  progress: ScenarioProgress,
  comparison: Comparison,
  now: string,
): ScenarioProgress {
  return comparison.steps
    .filter((step) => step.status === "done" && progress.stepIds.includes(step.stepId))
    .reduce((current, step) => markStep(current, step.stepId, true, "verify", now), progress);
}

export function resetProgress(progress: ScenarioProgress, now: string): ScenarioProgress {
  return { ...progress, marks: {}, resetAt: now, updatedAt: now };
}

/** A step's own mark: ids are blueprint-derived text and may be named like "constructor". */
export const markOf = (marks: ScenarioProgress["marks"], id: string): StepMark | undefined =>
  Object.hasOwn(marks, id) ? marks[id] : undefined;

export function doneStepIds(progress: ScenarioProgress): string[] {
  return progress.stepIds.filter((id) => markOf(progress.marks, id)?.done === true);
}

const later = (a: string | null, b: string | null) =>
  a === null ? b : b === null || a >= b ? a : b;

/** The later of two marks; at the same instant, done wins (so the merge is symmetric). */
function laterMark(a: StepMark | undefined, b: StepMark | undefined): StepMark | undefined {
  if (!a || !b) return a ?? b;
  if (a.at !== b.at) return a.at > b.at ? a : b;
  if (a.done !== b.done) return a.done ? a : b;
  return a.by <= b.by ? a : b;
}

/** Two versions of one scenario's progress (this tab's and the stored one) as one. */
export function mergeProgress(a: ScenarioProgress, b: ScenarioProgress): ScenarioProgress {
  const newer =
    a.updatedAt > b.updatedAt || (a.updatedAt === b.updatedAt && a.hash >= b.hash) ? a : b;
  const resetAt = later(a.resetAt, b.resetAt);
  // No prototype: an id "__proto__" is a key like any other.
  const marks: Record<string, StepMark> = Object.create(null) as Record<string, StepMark>;
  for (const id of new Set([...Object.keys(a.marks), ...Object.keys(b.marks)].sort())) {
    const mark = laterMark(markOf(a.marks, id), markOf(b.marks, id));
    if (mark && (resetAt === null || mark.at > resetAt)) marks[id] = mark;
  }
  return {
    version: 1,
    hash: newer.hash,
    scenarioName: newer.scenarioName,
    stepIds: newer.stepIds,
    marks,
    resetAt,
    updatedAt: later(a.updatedAt, b.updatedAt) ?? newer.updatedAt,
  };
}

/** Whether `merged` holds a mark or a reset that `stored` lacks (so it is worth writing). */
export function addsTo(merged: ScenarioProgress, stored: ScenarioProgress): boolean {
  if (merged.resetAt !== stored.resetAt) return true;
  const ids = Object.keys(merged.marks);
  if (ids.length !== Object.keys(stored.marks).length) return true;
  return ids.some((id) => {
    const a = markOf(merged.marks, id);
    const b = markOf(stored.marks, id);
    return !a || !b || a.at !== b.at || a.done !== b.done || a.by !== b.by;
  });
}

export interface RecentScenario {
  hash: string;
  scenarioName: string | null;
  done: number;
  total: number;
  updatedAt: string;
}

/** Most recently worked on first. */
export function recentScenarios(all: ScenarioProgress[], limit = 10): RecentScenario[] {
  return [...all]
    .sort((a, b) => (a.updatedAt < b.updatedAt ? 1 : a.updatedAt > b.updatedAt ? -1 : 0))
    .slice(0, limit)
    .map((progress) => ({
      hash: progress.hash,
      scenarioName: progress.scenarioName,
      done: doneStepIds(progress).length,
      total: progress.stepIds.length,
      updatedAt: progress.updatedAt,
    }));
}

/** When storage is full: the oldest scenarios' progress to delete, never the one in use. */
export function progressToPrune(all: ScenarioProgress[], keepHash: string, keep = 5): string[] {
  return recentScenarios(
    all.filter((progress) => progress.hash !== keepHash),
    Number.MAX_SAFE_INTEGER,
  )
    .slice(keep)
    .map((recent) => recent.hash);
}
