/**
 * How urgent a change is, computed from its status and dates against `today` (never stored).
 * This is the one definition the legend, the cards, the wizard, the exports and the CLI use:
 * - expired: the stop date has passed, or, undated, the status says it is no longer available;
 * - critical: stops working within 90 days;
 * - warning: stops within a year, deprecated or announced with no stop date, or a rule in
 *   effect for the accounts it names;
 * - info: the stop date is more than a year away, or a legacy item documented to keep working.
 * A date known only to the week, month or quarter counts from its first day: for urgency,
 * the earliest reading is the safe one.
 */
import type { CatalogEntry } from "../catalog/model";
import type { DatedFact, Severity, UrgencyReason } from "./report";

const DAY_MS = 86_400_000;

export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS);
}

/** The date that drives the severity: stops working, else deprecated, else any dated fact. */
export function deadlineOf(entry: CatalogEntry): DatedFact | null {
  const { stopsWorking, deprecated, removedFromSelector, announced } = entry.dates;
  return stopsWorking ?? deprecated ?? removedFromSelector ?? announced ?? null;
}

export interface Urgency {
  severity: Severity;
  reason: UrgencyReason;
}

export function urgencyOf(entry: CatalogEntry, today: string): Urgency {
  const stops = entry.dates.stopsWorking;
  if (stops?.date) {
    const days = daysBetween(today, stops.date);
    if (days < 0) return { severity: "expired", reason: "stopped-on-date" };
    if (days <= 90) return { severity: "critical", reason: "stops-soon" };
    if (days <= 365) return { severity: "warning", reason: "stops-within-year" };
    return { severity: "info", reason: "stops-later" };
  }
  // Undated: the status decides (a "stopped" entry's stop date, when known, is in the past).
  switch (entry.status) {
    case "stopped":
      return { severity: "expired", reason: "no-longer-available" };
    case "legacy-still-works":
    case "superseded":
      return { severity: "info", reason: "still-works" };
    case "in-effect":
      return { severity: "warning", reason: "in-effect" };
    case "announced":
      return { severity: "warning", reason: "announced-no-date" };
    case "deprecated":
      return { severity: "warning", reason: "deprecated-no-stop-date" };
  }
}

export function severityOf(entry: CatalogEntry, today: string): Severity {
  return urgencyOf(entry, today).severity;
}
