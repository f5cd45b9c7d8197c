import { useCallback, useMemo, useState } from "react";
import { useNavigate } from "react-router";
import { formatNumber } from "../../core/locale/format";
import { filterChoices, portfolioView, ALL_SCENARIOS } from "../../core/portfolio/view";
import { useCatalogLocale } from "../../i18n/useCatalogLocale";
import { useDocumentTitle } from "../../i18n/useDocumentTitle";
import { useT } from "../../i18n/useT";
import { textInput } from "../../lib/diagnosis/blueprint-input";
import { useGiveBlueprint } from "../../lib/diagnosis/useDiagnosis";
import { pagePath } from "../../lib/paths";
import { scenarioText, type StoredEntry } from "../../lib/portfolio/store";
import { Button } from "../../ui/Button";
import { ExportBar } from "./ExportBar";
import { FiltersBar } from "./FiltersBar";
import { portfolioMessages } from "./messages";
import { NoticeList } from "./NoticeList";
import { OpenPanel } from "./OpenPanel";
import { ScenarioTable } from "./ScenarioTable";
import { TotalsPanel } from "./TotalsPanel";
import { useFileDrop } from "./useFileDrop";
import { usePortfolio } from "./usePortfolio";

/** `/:lang/portfolio`: many blueprints at once, in one table. */
export default function PortfolioPage() {
  const locale = useCatalogLocale();
  const t = useT(portfolioMessages);
  useDocumentTitle(t("page.title"));
  const navigate = useNavigate();
  const give = useGiveBlueprint();
  const portfolio = usePortfolio();
  const { open, say } = portfolio;
  const { dragging } = useFileDrop(open);
  const [query, setQuery] = useState(ALL_SCENARIOS);

  const rows = useMemo(() => portfolioView(portfolio.entries, query), [portfolio.entries, query]);
  const choices = useMemo(() => filterChoices(portfolio.entries), [portfolio.entries]);

  /** The row's kept text becomes the current blueprint, which Diagnose and the wizard share. */
  const openRow = useCallback(
    async (entry: StoredEntry, page: "diagnose" | "upgrade") => {
      const text = await scenarioText(entry.id).catch(() => null);
      if (text === null) {
        say({ kind: "missing" });
        return;
      }
      give(textInput(text, "file"));
      void navigate(pagePath(page, locale));
    },
    [give, navigate, locale, say],
  );

  const { run, remove } = portfolio;
  // Stable, so the memoized rows do not re-render on every batch.
  const onOpen = useCallback(
    (entry: StoredEntry, page: "diagnose" | "upgrade") => void openRow(entry, page),
    [openRow],
  );
  const onRemove = useCallback((entry: StoredEntry) => void remove(entry.id), [remove]);
  const n = (value: number) => formatNumber(locale, value);
  return (
    <div
      className="mx-auto grid max-w-6xl gap-6 px-4 py-8"
      data-testid="portfolio-page"
      data-state={!portfolio.loaded ? "loading" : run?.running ? "running" : "idle"}
    >
      <header className="grid gap-2">
        <h1 className="text-3xl font-bold tracking-tight">{t("page.title")}</h1>
        <p className="max-w-[70ch] text-slate-700 dark:text-slate-300">{t("page.intro")}</p>
        <p className="max-w-[70ch] text-sm text-slate-700 dark:text-slate-300">
          {t("privacy.line")}
        </p>
      </header>

      <OpenPanel t={t} onGiven={open} dragging={dragging} />

      {run && (run.running || run.cancelled) && (
        <div className="grid gap-2">
          <div className="flex flex-wrap items-center gap-3">
            <progress
              className="h-3 w-64 max-w-full"
              max={Math.max(run.total, 1)}
              value={run.done}
              aria-label={t("progress.label", { done: n(run.done), total: n(run.total) })}
            />
            <span className="text-sm" aria-live="polite">
              {run.cancelled
                ? t("progress.cancelled", { done: n(run.done), total: n(run.total) })
                : t("progress.label", { done: n(run.done), total: n(run.total) })}
            </span>
            {run.running && !run.cancelled && (
              <Button onClick={portfolio.cancel}>{t("progress.cancel")}</Button>
            )}
          </div>
        </div>
      )}

      <NoticeList notices={portfolio.notices} t={t} locale={locale} onDismiss={portfolio.dismiss} />

      <p className="sr-only" role="status">
        {portfolio.loaded && t("status.count", { count: n(portfolio.entries.length) })}
      </p>

      {portfolio.entries.length === 0 ? (
        portfolio.loaded && <p>{t("empty")}</p>
      ) : (
        <>
          <TotalsPanel entries={portfolio.entries} t={t} locale={locale} />
          <FiltersBar t={t} query={query} onQuery={setQuery} choices={choices} locale={locale} />
          <ScenarioTable
            rows={rows}
            total={portfolio.entries.length}
            t={t}
            locale={locale}
            onOpen={onOpen}
            onRemove={onRemove}
          />
          <ExportBar rows={rows} t={t} locale={locale} />
          <div>
            <Button onClick={() => void portfolio.removeAll()}>{t("clear.all")}</Button>
          </div>
        </>
      )}
    </div>
  );
}
