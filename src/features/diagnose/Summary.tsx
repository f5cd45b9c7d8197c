import { SEVERITIES, type Report } from "../../core/analysis/report";
import { entryById } from "../../core/catalog/index";
import type { Scenario } from "../../core/blueprint/model";
import { severityName } from "../../core/analysis/severity-words";
import {
  formatDate,
  formatMegabytes,
  formatNumber,
  formatRelative,
} from "../../core/locale/format";
import { SeverityBadge } from "../../ui/scenario-graph/SeverityBadge";
import { deadlines } from "./findings-view";
import type { PanelWords } from "./panel-words";
import { visibleLabel } from "../../core/blueprint/visible-text";

interface Props extends PanelWords {
  scenario: Scenario;
  report: Report;
  inputSize: number;
  /** Opens the dismissed matches in the list. */
  onShowDismissed: () => void;
}

/** Name, platform, counts, findings by severity, each deadline; the reader's warnings. */
export function Summary({ t, locale, scenario, report, inputSize, onShowDismissed }: Props) {
  const number = (value: number) => formatNumber(locale, value);
  const counts: [string, number][] = [
    [t("summary.modules"), report.inventory.modules],
    [t("summary.apps"), report.inventory.apps.length],
    [t("summary.connections"), report.inventory.connections.length],
    [t("summary.findings"), report.findings.length],
  ];
  const dated = deadlines(report);
  // Never "nothing affects this scenario" while the user has set changes aside: the summary
  // says how many, in bold when nothing else is left, with a way to see them.
  const dismissedNote = (key: "summary.nothingLeft" | "summary.dismissed", className: string) => (
    <p className={className} data-testid="summary-dismissed">
      {t(key, { count: number(report.dismissed.length) })}{" "}
      <button type="button" className="underline" onClick={onShowDismissed}>
        {t("summary.showDismissed")}
      </button>
    </p>
  );
  return (
    <section aria-labelledby="summary-title" className="grid gap-3">
      {/* Focused after a check (DiagnosePage), so it is visible and announced. */}
      <h2
        id="summary-title"
        tabIndex={-1}
        className="scroll-mt-4 text-sm font-semibold tracking-wide text-slate-600 uppercase dark:text-slate-400"
      >
        {t("summary.title")}
      </h2>
      <p className="text-xl font-bold break-words" data-testid="scenario-name">
        {scenario.name === null ? t("summary.unnamed") : <bdi>{visibleLabel(scenario.name)}</bdi>}
      </p>
      <dl className="grid grid-cols-2 gap-x-6 gap-y-2 sm:grid-cols-5">
        <div className="col-span-2 sm:col-span-1">
          <dt className="text-sm text-slate-600 dark:text-slate-400">{t("summary.platform")}</dt>
          <dd className="font-semibold">{t(`platform.${scenario.platform}`)}</dd>
        </div>
        {counts.map(([label, value]) => (
          <div key={label}>
            <dt className="text-sm text-slate-600 dark:text-slate-400">{label}</dt>
            <dd className="text-lg font-semibold tabular-nums">{number(value)}</dd>
          </div>
        ))}
      </dl>
      {report.findings.length > 0 ? (
        <ul className="flex flex-wrap gap-3" aria-label={t("summary.findings")}>
          {SEVERITIES.filter((severity) => report.counts[severity] > 0).map((severity) => (
            <li key={severity} className="flex items-center gap-1.5">
              <SeverityBadge severity={severity} label={severityName(locale, severity)} />
              <span className="tabular-nums">{number(report.counts[severity])}</span>
            </li>
          ))}
        </ul>
      ) : report.dismissed.length > 0 ? (
        dismissedNote("summary.nothingLeft", "font-semibold")
      ) : (
        <p className="font-semibold text-emerald-800 dark:text-emerald-300">
          {t("summary.nothing")}
        </p>
      )}
      {report.findings.length > 0 &&
        report.dismissed.length > 0 &&
        dismissedNote("summary.dismissed", "text-sm")}
      {dated.length > 0 && (
        <div>
          <h3 className="font-semibold">{t("summary.deadlines")}</h3>
          <ul className="mt-1 list-disc ps-5">
            {dated.map((deadline) => {
              const entry = entryById(deadline.entryId, locale);
              return (
                <li key={deadline.entryId}>
                  {t("summary.deadline", {
                    what: entry?.app.displayName ?? deadline.entryId,
                    date: formatDate(locale, deadline.date, deadline.precision),
                    relative: formatRelative(locale, deadline.date, report.today),
                  })}
                </li>
              );
            })}
          </ul>
        </div>
      )}
      {report.warnings.map((warning) => (
        <p
          key={warning.code}
          role="note"
          className="rounded border border-amber-500 bg-amber-50 p-2 text-amber-950 dark:border-amber-300 dark:bg-amber-950 dark:text-amber-50"
        >
          {t(`warning.${warning.code}`, {
            size: formatMegabytes(locale, inputSize),
            encoding: String(warning.data?.encoding ?? ""),
            key: visibleLabel(String(warning.data?.key ?? "")),
          })}
        </p>
      ))}
      {report.inventory.unknownModuleIds.length > 0 && (
        <p className="text-sm text-slate-700 dark:text-slate-300">
          {t("summary.unknownModules", { count: number(report.inventory.unknownModuleIds.length) })}
        </p>
      )}
    </section>
  );
}
