/** A scenario of the portfolio as kept: where it came from, and its summary. */
import type { ScenarioSummary } from "./summary";

export interface PortfolioEntry {
  /** Unique in the portfolio (the page gives one per file read). */
  id: string;
  /** The file's name, or its path inside a folder or a zip. */
  fileName: string;
  /** SHA-256 of the blueprint: the key of its upgrade progress; null for a broken file. */
  hash: string | null;
  summary: ScenarioSummary;
}

/** The name a row shows: the scenario's own name, else its file name. */
export function entryName(entry: PortfolioEntry): string {
  return (entry.summary.ok ? entry.summary.name : null) ?? entry.fileName;
}

/** Steps of its upgrade checked off (from kept progress) out of the plan's steps. */
export function upgradeState(entry: PortfolioEntry, doneStepIds: readonly string[]) {
  if (!entry.summary.ok) return null;
  const steps = entry.summary.stepIds;
  return { done: steps.filter((id) => doneStepIds.includes(id)).length, total: steps.length };
}
