import { useId, type ReactNode } from "react";
import { SEVERITIES, type Severity } from "../../core/analysis/report";
import {
  PORTFOLIO_SORTS,
  type PortfolioQuery,
  type PortfolioSort,
  filterChoices,
} from "../../core/portfolio/view";
import { entryById } from "../../core/catalog/index";
import { severityName } from "../../core/analysis/severity-words";
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

/** The filters that narrow the table to one value, or show all (""). */
type Filter = "severity" | "app" | "change";

/** A labelled form field: the label above the control, tied to it by id. */
function Field({ id, label, children }: { id: string; label: string; children: ReactNode }) {
  return (
    <div className="grid gap-1 text-sm font-medium">
      <label htmlFor={id}>{label}</label>
      {children}
    </div>
  );
}

function options(choices: readonly (readonly [value: string, text: string])[]) {
  return choices.map(([value, text]) => (
    <option key={value} value={value}>
      {text}
    </option>
  ));
}

/** Sort, the three filters and the search: plain labelled form fields. */
export function FiltersBar({ t, query, onQuery, choices, locale }: Props) {
  const id = useId();
  const filters: [Filter, (readonly [string, string])[]][] = [
    ["severity", SEVERITIES.map((severity) => [severity, severityName(locale, severity)])],
    ["app", choices.apps.map((app) => [app, app])],
    [
      "change",
      choices.changes.map((change) => [
        change.entryId,
        `${change.ref} ${entryById(change.entryId, locale)?.app.displayName ?? change.app}`,
      ]),
    ],
  ];
  const filterBy = (filter: Filter, value: string): PortfolioQuery =>
    filter === "severity"
      ? { ...query, severity: (value || null) as Severity | null }
      : { ...query, [filter]: value || null };
  return (
    <section aria-label={t("filter.title")} className="flex flex-wrap items-end gap-3">
      <Field id={`${id}-sort`} label={t("filter.sort")}>
        <select
          id={`${id}-sort`}
          className={FIELD}
          value={query.sort}
          onChange={(e) => onQuery({ ...query, sort: e.target.value as PortfolioSort })}
        >
          {options(PORTFOLIO_SORTS.map((sort) => [sort, t(`sort.${sort}`)]))}
        </select>
      </Field>
      {filters.map(([filter, choices]) => (
        <Field key={filter} id={`${id}-${filter}`} label={t(`filter.${filter}`)}>
          <select
            id={`${id}-${filter}`}
            className={FIELD}
            value={query[filter] ?? ""}
            onChange={(e) => onQuery(filterBy(filter, e.target.value))}
          >
            <option value="">{t("filter.all")}</option>
            {options(choices)}
          </select>
        </Field>
      ))}
      <Field id={`${id}-search`} label={t("filter.search")}>
        <input
          id={`${id}-search`}
          type="search"
          className={FIELD}
          value={query.search}
          onChange={(e) => onQuery({ ...query, search: e.target.value })}
        />
      </Field>
    </section>
  );
}
