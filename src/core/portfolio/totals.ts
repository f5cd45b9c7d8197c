/** Totals over the portfolio: how many scenarios each catalog change touches, and by when. */
import { SEVERITIES, type Severity } from "../analysis/report";
import type { PortfolioEntry } from "./entry";

export interface ChangeTotal {
  entryId: string;
  ref: string;
  app: string;
  /** Scenarios with at least one finding of this change. */
  scenarios: number;
  /** Its worst severity over those scenarios. */
  severity: Severity;
  /** The earliest deadline of its findings, when dated. */
  earliestDeadline: string | null;
}

/** One total per change found, the most pressing first (severity, then deadline, then count). */
export function changeTotals(entries: readonly PortfolioEntry[]): ChangeTotal[] {
  const totals = new Map<string, ChangeTotal>();
  for (const { summary } of entries) {
    if (!summary.ok) continue;
    const seen = new Set<string>();
    for (const finding of summary.findings) {
      const total = totals.get(finding.entryId) ?? {
        entryId: finding.entryId,
        ref: finding.ref,
        app: finding.app,
        scenarios: 0,
        severity: finding.severity,
        earliestDeadline: null,
      };
      if (!seen.has(finding.entryId)) total.scenarios += 1;
      seen.add(finding.entryId);
      if (SEVERITIES.indexOf(finding.severity) < SEVERITIES.indexOf(total.severity))
        total.severity = finding.severity;
      if (
        finding.deadline &&
        (total.earliestDeadline === null || finding.deadline < total.earliestDeadline)
      )
        total.earliestDeadline = finding.deadline;
      totals.set(finding.entryId, total);
    }
  }
  return [...totals.values()].sort(
    (a, b) =>
      SEVERITIES.indexOf(a.severity) - SEVERITIES.indexOf(b.severity) ||
      (a.earliestDeadline ?? "9999").localeCompare(b.earliestDeadline ?? "9999") ||
      b.scenarios - a.scenarios ||
      a.ref.localeCompare(b.ref, "en", { numeric: true }),
  );
}

/** Scenarios, broken files and findings per severity over the whole portfolio. */
export function portfolioCounts(entries: readonly PortfolioEntry[]) {
  const counts: Record<Severity, number> = { expired: 0, critical: 0, warning: 0, info: 0 };
  let broken = 0;
  for (const { summary } of entries) {
    if (!summary.ok) {
      broken += 1;
      continue;
    }
    for (const severity of SEVERITIES) counts[severity] += summary.counts[severity];
  }
  return { scenarios: entries.length - broken, broken, counts };
}
