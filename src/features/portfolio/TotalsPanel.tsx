import { entryById } from "../../core/catalog/index";
import { severityName } from "../../core/analysis/severity-words";
import { formatDate, formatNumber } from "../../core/locale/format";
import type { Locale } from "../../core/locale/locales";
import type { StoredEntry } from "../../lib/portfolio/store";
import { changeTotals, portfolioCounts } from "../../core/portfolio/totals";
import type { TranslateFn } from "../../i18n/useT";
import { SeverityBadge } from "../../ui/scenario-graph/SeverityBadge";
import type { PortfolioMessages } from "./messages/en";

/** How many scenarios each change touches and by when: what an admin plans the month with. */
export function TotalsPanel({
  entries,
  t,
  locale,
}: {
  entries: readonly StoredEntry[];
  t: TranslateFn<PortfolioMessages>;
  locale: Locale;
}) {
  const { scenarios, broken } = portfolioCounts(entries);
  const totals = changeTotals(entries);
  return (
    <section aria-labelledby="totals-title" className="grid gap-2">
      <h2 id="totals-title" className="text-xl font-semibold">
        {t("totals.title")}
      </h2>
      <p data-testid="portfolio-counts">
        {t("totals.summary", {
          scenarios: formatNumber(locale, scenarios),
          broken: formatNumber(locale, broken),
        })}
      </p>
      {totals.length === 0 ? (
        scenarios > 0 && <p>{t("totals.none")}</p>
      ) : (
        <div className="overflow-x-auto">
          <table className="min-w-full text-left text-sm">
            <caption className="sr-only">{t("totals.caption")}</caption>
            <thead>
              <tr className="border-b border-slate-300 dark:border-slate-700">
                <th scope="col" className="py-1 pe-4">
                  {t("totals.col.change")}
                </th>
                <th scope="col" className="py-1 pe-4">
                  {t("totals.col.scenarios")}
                </th>
                <th scope="col" className="py-1 pe-4">
                  {t("totals.col.deadline")}
                </th>
              </tr>
            </thead>
            <tbody>
              {totals.map((total) => (
                <tr key={total.entryId} className="border-b border-slate-200 dark:border-slate-800">
                  <th scope="row" className="py-1 pe-4 font-normal">
                    <SeverityBadge
                      severity={total.severity}
                      label={severityName(locale, total.severity)}
                    />{" "}
                    {total.ref} {entryById(total.entryId, locale)?.app.displayName ?? total.app}
                  </th>
                  <td className="py-1 pe-4">{formatNumber(locale, total.scenarios)}</td>
                  <td className="py-1 pe-4">
                    {total.earliestDeadline
                      ? formatDate(locale, total.earliestDeadline)
                      : t("row.noDeadline")}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
