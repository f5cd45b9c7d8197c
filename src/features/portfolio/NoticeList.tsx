import { formatNumber } from "../../core/locale/format";
import type { Locale } from "../../core/locale/locales";
import type { TranslateFn } from "../../i18n/useT";
import { MAX_FILES, MAX_UNZIPPED_BYTES, MAX_ZIP_BYTES } from "../../lib/portfolio/limits";
import { Button } from "../../ui/Button";
import type { PortfolioMessages } from "./messages/en";
import type { Notice } from "./usePortfolio";

const MB = 1024 * 1024;

function text(notice: Notice, t: TranslateFn<PortfolioMessages>, locale: Locale): string {
  const n = (value: number) => formatNumber(locale, value);
  switch (notice.kind) {
    case "skipped":
    case "quota":
    case "unavailable":
      return t(`notice.${notice.kind}`, { count: n(notice.count) });
    case "overLimit":
      return t("notice.overLimit", { count: n(notice.count), max: n(MAX_FILES) });
    case "zip":
      return t(`notice.zip.${notice.problem}`, {
        file: notice.file,
        max: n(MAX_FILES),
        zipped: n(MAX_ZIP_BYTES / MB),
        unpacked: n(MAX_UNZIPPED_BYTES / MB),
      });
    case "failed":
      return t("notice.failed", { file: notice.file, message: notice.message });
    case "loadFailed":
    case "removeFailed":
      return t(`notice.${notice.kind}`);
    case "missing":
      return t("row.missing");
  }
}

/** What was left out or could not be kept, each dismissable; announced as it appears. */
export function NoticeList({
  notices,
  t,
  locale,
  onDismiss,
}: {
  notices: Notice[];
  t: TranslateFn<PortfolioMessages>;
  locale: Locale;
  onDismiss: (index: number) => void;
}) {
  return (
    <ul role="status" className="grid gap-2 empty:hidden" data-testid="portfolio-notices">
      {notices.map((notice, index) => (
        <li
          key={`${notice.kind}-${index}`}
          className="flex items-start justify-between gap-3 rounded border border-amber-400 bg-amber-50 p-3 text-sm text-amber-950 dark:border-amber-600 dark:bg-amber-950 dark:text-amber-100"
        >
          <span>{text(notice, t, locale)}</span>
          <Button size="sm" onClick={() => onDismiss(index)}>
            {t("notice.dismiss")}
          </Button>
        </li>
      ))}
    </ul>
  );
}
