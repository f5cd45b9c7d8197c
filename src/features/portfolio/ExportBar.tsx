import { useState } from "react";
import type { Locale } from "../../core/locale/locales";
import { todayIso } from "../../core/locale/format";
import type { PortfolioEntry } from "../../core/portfolio/entry";
import { portfolioToCsv, portfolioToMarkdown } from "../../core/portfolio/export";
import { PORTFOLIO_WORD_KEYS, type PortfolioWords } from "../../core/portfolio/words";
import type { TranslateFn } from "../../i18n/useT";
import { downloadText } from "../../lib/download";
import { Button } from "../../ui/Button";
import type { PortfolioMessages } from "./messages/en";

/** CSV and Markdown of the rows shown, redacted unless the user unticks it. */
export function ExportBar({
  rows,
  t,
  locale,
}: {
  rows: readonly PortfolioEntry[];
  t: TranslateFn<PortfolioMessages>;
  locale: Locale;
}) {
  const [redact, setRedact] = useState(true);
  const words = () =>
    Object.fromEntries(PORTFOLIO_WORD_KEYS.map((key) => [key, t(key)])) as PortfolioWords;
  const options = () => ({ today: todayIso(), locale, redact });
  return (
    <section aria-labelledby="export-title" className="grid gap-2">
      <h2 id="export-title" className="text-xl font-semibold">
        {t("export.title")}
      </h2>
      <label className="flex items-center gap-2 text-sm">
        <input type="checkbox" checked={redact} onChange={(e) => setRedact(e.target.checked)} />
        {t("export.redact")}
      </label>
      <div className="flex flex-wrap gap-2">
        <Button
          onClick={() =>
            downloadText(portfolioToCsv(rows, words(), options()), "portfolio.csv", "text/csv")
          }
        >
          {t("export.csv")}
        </Button>
        <Button
          onClick={() =>
            downloadText(
              portfolioToMarkdown(rows, words(), options()),
              "portfolio.md",
              "text/markdown",
            )
          }
        >
          {t("export.markdown")}
        </Button>
      </div>
    </section>
  );
}
