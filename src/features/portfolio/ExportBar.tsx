import { useState } from "react";
import type { Locale } from "../../core/locale/locales";
import { todayIso } from "../../core/locale/format";
import { wordsIn } from "../../core/locale/words";
import type { PortfolioEntry } from "../../core/portfolio/entry";
import {
  portfolioFileName,
  portfolioToCsv,
  portfolioToMarkdown,
} from "../../core/portfolio/export";
import { PORTFOLIO_WORDS_EN } from "../../core/portfolio/words";
import type { TranslateFn } from "../../i18n/useT";
import { DownloadButton } from "../../ui/DownloadButton";
import { Panel } from "../../ui/Panel";
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
  const words = wordsIn(PORTFOLIO_WORDS_EN, t);
  const options = () => ({ today: todayIso(), locale, redact });
  return (
    <Panel title={t("export.title")} className="grid gap-2">
      <label className="flex items-center gap-2 text-sm">
        <input type="checkbox" checked={redact} onChange={(e) => setRedact(e.target.checked)} />
        {t("export.redact")}
      </label>
      <div className="flex flex-wrap gap-2">
        <DownloadButton
          label={t("export.csv")}
          fileName={portfolioFileName(words, "csv")}
          content={() => portfolioToCsv(rows, words, options())}
        />
        <DownloadButton
          label={t("export.markdown")}
          fileName={portfolioFileName(words, "md")}
          content={() => portfolioToMarkdown(rows, words, options())}
        />
      </div>
    </Panel>
  );
}
