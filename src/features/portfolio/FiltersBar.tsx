import { useId } from "react";
import { SEVERITIES, type Severity } from "../../core/analysis/report";
import {
  PORTFOLIO_SORTS,
  type PortfolioQuery,
  type PortfolioSort,
  filterChoices,
} from "../../core/portfolio/view";
import { columnWords } from "../../core/handover/columns";
import type { Locale } from "../../core/locale/locales";
import type { TranslateFn } from "../../i18n/useT";
import type { PortfolioMessages } from "./messages/en";

const FIELD =
  "rounded border border-slate-300 bg-white px-2 py-1 text-sm dark:border-slate-600 dark:bg-slate-900";

interface Props {
  t: TranslateFn<PortfolioMessages>;
  query: PortfolioQuery;
  onQuery: (query: PortfolioQuery) => void;
  choices: ReturnType<typeof filterChoices>;
  locale: Locale;
}

/** Sort, the three filters and the search: plain labelled form fields. */
export function FiltersBar({ t, query, onQuery, choices, locale }: Props) {
  const id = useId();
  const box = "grid gap-1 text-sm font-medium";
  return (
    <section aria-label={t("filter.title")} className="flex flex-wrap items-end gap-3">
      <div className={box}>
        <label htmlFor={`${id}-sort`}>{t("filter.sort")}</label>
        <select
          id={`${id}-sort`}
          className={FIELD}
          value={query.sort}
          onChange={(e) => onQuery({ ...query, sort: e.target.value as PortfolioSort })}
        >
          {PORTFOLIO_SORTS.map((sort) => (
            <option key={sort} value={sort}>
              {t(`sort.${sort}`)}
            </option>
          ))}
        </select>
      </div>
      <div className={box}>
        <label htmlFor={`${id}-severity`}>{t("filter.severity")}</label>
        <select
          id={`${id}-severity`}
          className={FIELD}
          value={query.severity ?? ""}
          onChange={(e) =>
            onQuery({ ...query, severity: (e.target.value || null) as Severity | null })
          }
        >
          <option value="">{t("filter.all")}</option>
          {SEVERITIES.map((severity) => (
            <option key={severity} value={severity}>
              {columnWords(locale).severity[severity]}
            </option>
          ))}
        </select>
      </div>
      <div className={box}>
        <label htmlFor={`${id}-app`}>{t("filter.app")}</label>
        <select
          id={`${id}-app`}
          className={FIELD}
          value={query.app ?? ""}
          onChange={(e) => onQuery({ ...query, app: e.target.value || null })}
        >
          <option value="">{t("filter.all")}</option>
          {choices.apps.map((app) => (
            <option key={app} value={app}>
              {app}
            </option>
          ))}
        </select>
      </div>
      <div className={box}>
        <label htmlFor={`${id}-change`}>{t("filter.change")}</label>
        <select
          id={`${id}-change`}
          className={FIELD}
          value={query.change ?? ""}
          onChange={(e) => onQuery({ ...query, change: e.target.value || null })}
        >
          <option value="">{t("filter.all")}</option>
          {choices.changes.map((change) => (
            <option key={change.entryId} value={change.entryId}>
              {change.ref} {change.app}
            </option>
          ))}
        </select>
      </div>
      <div className={box}>
        <label htmlFor={`${id}-search`}>{t("filter.search")}</label>
        <input
          id={`${id}-search`}
          type="search"
          className={FIELD}
          value={query.search}
          onChange={(e) => onQuery({ ...query, search: e.target.value })}
        />
      </div>
    </section>
  );
}
