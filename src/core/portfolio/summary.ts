/**
 * One scenario of a portfolio in a few hundred bytes: what the table, its filters, its totals and
 * the exports need, made from a diagnosis. Plain data, so a worker can post it and IndexedDB can
 * keep it next to the blueprint text without keeping the whole report.
 */
import type { Severity } from "../analysis/report";
import { SEVERITIES } from "../analysis/report";
import type { Platform, ReadError } from "../blueprint/model";
import type { Catalog } from "../catalog/model";
import type { DiagnosisOutcome } from "../diagnosis/diagnose";
import { lineFinding, type LineFinding, type LineModule } from "../handover/lines";

export type SummaryModule = LineModule;

export type SummaryFinding = LineFinding & { entryId: string };

export type ScenarioSummary =
  | {
      ok: true;
      name: string | null;
      platform: Platform;
      modules: number;
      /** App ids used by the scenario (`slack`, `google-sheets`…), sorted. */
      apps: string[];
      counts: Record<Severity, number>;
      /** The earliest deadline of its findings (possibly past): what the admin must plan for. */
      nearestDeadline: string | null;
      findings: SummaryFinding[];
      /** The plan's step ids, to show kept upgrade progress (done / total) without the blueprint. */
      stepIds: string[];
    }
  | { ok: false; error: ReadError };

export function summarize(outcome: DiagnosisOutcome, catalog: Catalog): ScenarioSummary {
  if (!outcome.ok) {
    // The excerpt can be long and holds the user's text: the location and hint say enough here.
    const { code, message, line, column, hint } = outcome.error;
    return { ok: false, error: { code, message, line, column, hint } };
  }
  const { scenario, report, plan } = outcome;
  const entries = new Map(catalog.entries.map((entry) => [entry.id, entry]));
  const modules = new Map(scenario.modules.map((module) => [module.key, module]));
  const findings = report.findings.map((finding): SummaryFinding => ({
    entryId: finding.entryId,
    ...lineFinding(finding, entries, modules),
  }));
  const deadlines = findings.flatMap((finding) => (finding.deadline ? [finding.deadline] : []));
  return {
    ok: true,
    name: scenario.name,
    platform: scenario.platform,
    modules: scenario.modules.length,
    apps: report.inventory.apps.map((usage) => usage.app).sort(),
    counts: report.counts,
    nearestDeadline: deadlines.length > 0 ? deadlines.sort()[0]! : null,
    findings,
    stepIds: plan.steps.map((step) => step.id),
  };
}

/** The worst severity found, or null for a scenario with no finding. */
export function worstSeverity(counts: Record<Severity, number>): Severity | null {
  return SEVERITIES.find((severity) => counts[severity] > 0) ?? null;
}
