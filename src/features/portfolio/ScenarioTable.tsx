import { memo } from "react";
import { SEVERITIES } from "../../core/analysis/report";
import { severityName } from "../../core/analysis/severity-words";
import { formatDate, formatNumber } from "../../core/locale/format";
import type { Locale } from "../../core/locale/locales";
import { entryName, upgradeState } from "../../core/portfolio/entry";
import { doneStepIds, progressKey } from "../../core/progress/progress";
import { isScenarioProgress } from "../../core/progress/validate";
import type { TranslateFn } from "../../i18n/useT";
import type { StoredEntry } from "../../lib/portfolio/store";
import { readStored } from "../../lib/storage";
import { Button } from "../../ui/Button";
import { SeverityBadge } from "../../ui/scenario-graph/SeverityBadge";
import type { PortfolioMessages } from "./messages/en";

interface RowProps {
  entry: StoredEntry;
  t: TranslateFn<PortfolioMessages>;
  locale: Locale;
  onOpen: (entry: StoredEntry, page: "diagnose" | "upgrade") => void;
  onRemove: (entry: StoredEntry) => void;
}

interface Props extends Omit<RowProps, "entry"> {
  rows: readonly StoredEntry[];
  total: number;
}

const CELL = "py-2 pe-4 align-top";
/** The pages a checked scenario opens in, one button each. */
const OPEN_IN = ["diagnose", "upgrade"] as const;

/** The steps checked off in the wizard for this blueprint (kept per scenario by its hash). */
function doneSteps(entry: StoredEntry): string[] {
  if (!entry.hash) return [];
  const stored = readStored(progressKey(entry.hash), isScenarioProgress);
  return stored.value ? doneStepIds(stored.value) : [];
}

/** One row per scenario or broken file, as the view sorted and filtered them. */
export function ScenarioTable({ rows, total, ...rowProps }: Props) {
  const { t, locale } = rowProps;
  const n = (value: number) => formatNumber(locale, value);
  return (
    <div className="overflow-x-auto">
      <table className="min-w-full text-left text-sm" data-testid="portfolio-table">
        <caption id="portfolio-caption" className="py-2 text-left font-semibold">
          {t("table.caption", { shown: n(rows.length), total: n(total) })}
        </caption>
        <thead>
          <tr className="border-b border-slate-300 dark:border-slate-700">
            {(
              ["name", "platform", "modules", "findings", "deadline", "upgrade", "actions"] as const
            ).map((column) => (
              <th key={column} scope="col" className="py-1 pe-4">
                {t(`col.${column}`)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((entry) => (
            <ScenarioRow key={entry.id} entry={entry} {...rowProps} />
          ))}
        </tbody>
      </table>
    </div>
  );
}

/**
 * One scenario or broken file. Memoized: while a batch runs the table re-renders every 120 ms,
 * and only the rows that just arrived should do any work (their progress is read once, here).
 */
const ScenarioRow = memo(function ScenarioRow({ entry, t, locale, onOpen, onRemove }: RowProps) {
  const n = (value: number) => formatNumber(locale, value);

  const name = entryName(entry);
  const { summary } = entry;
  const removeButton = (
    <Button size="sm" aria-label={t("row.removeLabel", { name })} onClick={() => onRemove(entry)}>
      {t("row.remove")}
    </Button>
  );
  const nameCell = (
    <th scope="row" className={`${CELL} font-medium`}>
      <span className="block">{name}</span>
      {name !== entry.fileName && (
        <span className="block text-xs font-normal text-slate-600 dark:text-slate-400">
          {entry.fileName}
        </span>
      )}
    </th>
  );
  if (!summary.ok) {
    const { code, line, column } = summary.error;
    return (
      <tr
        data-testid="portfolio-row"
        data-state="broken"
        className="border-b border-slate-200 dark:border-slate-800"
      >
        {nameCell}
        <td colSpan={5} className={`${CELL} text-red-800 dark:text-red-300`}>
          {t(`error.${code}`)}
          {line !== undefined && column !== undefined && (
            <> ({t("portfolio.error.location", { line: n(line), column: n(column) })})</>
          )}
        </td>
        <td className={CELL}>{removeButton}</td>
      </tr>
    );
  }
  const progress = upgradeState(entry, doneSteps(entry));
  return (
    <tr
      data-testid="portfolio-row"
      data-state="ok"
      className="border-b border-slate-200 dark:border-slate-800"
    >
      {nameCell}
      <td className={CELL}>{t(`platform.${summary.platform}`)}</td>
      <td className={CELL}>{n(summary.modules)}</td>
      <td className={CELL}>
        <span className="flex flex-wrap gap-1">
          {SEVERITIES.filter((severity) => summary.counts[severity] > 0).map((severity) => (
            <SeverityBadge
              key={severity}
              severity={severity}
              label={`${severityName(locale, severity)} ${n(summary.counts[severity])}`}
            />
          ))}
          {summary.findings.length === 0 && t("portfolio.severity.none")}
        </span>
      </td>
      <td className={CELL}>
        {summary.nearestDeadline
          ? formatDate(locale, summary.nearestDeadline)
          : t("row.noDeadline")}
      </td>
      <td className={CELL}>
        {progress && t("row.steps", { done: n(progress.done), total: n(progress.total) })}
      </td>
      <td className={CELL}>
        <span className="flex flex-wrap gap-1">
          {OPEN_IN.map((page) => (
            <Button
              key={page}
              size="sm"
              aria-label={t(`row.${page}Label`, { name })}
              onClick={() => onOpen(entry, page)}
            >
              {t(`row.${page}`)}
            </Button>
          ))}
          {removeButton}
        </span>
      </td>
    </tr>
  );
});
