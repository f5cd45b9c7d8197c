/**
 * How urgent a change is, computed from its dates against `today` (never stored):
 * expired: stops working before today (or has stopped, undated);
 * critical: stops working within 90 days; warning: within 365 days, or deprecated with no date;
 * info: legacy items documented to keep working, optional or far-off changes.
 * A date known only to the week, month or quarter counts from its first day: for urgency,
 * the earliest reading is the safe one.
 */
import type { CatalogEntry } from "../catalog/model";
import type { DatedFact, Severity } from "./report";

const DAY_MS = 86_400_000;

export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS);
}

/** The date that drives the severity: stops working, else deprecated, else any dated fact. */
export function deadlineOf(entry: CatalogEntry): DatedFact | null {
  const { stopsWorking, deprecated, removedFromSelector, announced } = entry.dates;
  return stopsWorking ?? deprecated ?? removedFromSelector ?? announced ?? null;
}

export function severityOf(entry: CatalogEntry, today: string): Severity {
  const stops = entry.dates.stopsWorking;
  if (stops?.date) {
    const days = daysBetween(today, stops.date);
    if (days < 0) return "expired";
    if (days <= 90) return "critical";
    if (days <= 365) return "warning";
    return "info";
  }
  if (entry.status === "stopped") return "expired";
  if (entry.status === "legacy-still-works" || entry.status === "superseded") return "info";
  return "warning"; // deprecated or announced, with no date
}
