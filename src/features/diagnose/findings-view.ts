/**
 * Pure helpers that shape a report for the page: filters, groups, badges, deadlines. No React,
 * so they are tested on their own.
 */
import {
  SEVERITIES,
  type ChangeLevel,
  type Finding,
  type Report,
  type Severity,
} from "../../core/analysis/report";
import type { PathStep } from "../../core/blueprint/model";
import type { DiagnoseView } from "./url-state";

const rank = (severity: Severity) => SEVERITIES.indexOf(severity);

/** A user-confirmed likely match counts as confirmed. */
export function effectiveConfidence(finding: Finding): "confirmed" | "likely" {
  return finding.userConfirmed ? "confirmed" : finding.confidence;
}

export function filterFindings(findings: Finding[], view: DiagnoseView): Finding[] {
  return findings.filter(
    (finding) =>
      view.severities.includes(finding.severity) &&
      (view.confidence === "all" || effectiveConfidence(finding) === view.confidence),
  );
}

/** Groups in the order (connections, connectors, modules), each sorted by severity. */
export const GROUP_ORDER: readonly ChangeLevel[] = ["connection", "connector", "module"];

export function groupFindings(findings: Finding[]): { level: ChangeLevel; findings: Finding[] }[] {
  return GROUP_ORDER.map((level) => ({
    level,
    findings: findings
      .filter((finding) => finding.level === level)
      // Stable sort: the report's flow order stays within one severity.
      .sort((a, b) => rank(a.severity) - rank(b.severity)),
  })).filter((group) => group.findings.length > 0);
}

export interface Deadline {
  entryId: string;
  date: string;
  precision: NonNullable<Finding["deadline"]>["precision"];
}

/** One line per catalog entry with a dated deadline, soonest first. */
export function deadlines(report: Report): Deadline[] {
  const byEntry = new Map<string, Deadline>();
  for (const finding of report.findings) {
    const date = finding.deadline?.date;
    if (!date || byEntry.has(finding.entryId)) continue;
    byEntry.set(finding.entryId, {
      entryId: finding.entryId,
      date,
      precision: finding.deadline!.precision,
    });
  }
  return [...byEntry.values()].sort((a, b) => a.date.localeCompare(b.date));
}

export type PathKey =
  `path.${Exclude<PathStep["kind"], "onerror" | "orphans">}` | "path.onerror" | "path.orphans";

/** A path step as a message key and its number, for the "place in the scenario" line. */
export function pathParts(path: PathStep[]): { key: PathKey; n: string }[] {
  return path.map((step) => {
    switch (step.kind) {
      case "flow":
      case "route":
      case "subflow":
        return { key: `path.${step.kind}`, n: String(step.index + 1) };
      case "branch":
        return { key: "path.branch", n: step.label ?? String(step.index + 1) };
      case "tool":
        return { key: "path.tool", n: step.name ?? String(step.index + 1) };
      case "onerror":
        return { key: "path.onerror", n: "" };
      case "orphans":
        return { key: "path.orphans", n: String(step.chain + 1) };
    }
  });
}
