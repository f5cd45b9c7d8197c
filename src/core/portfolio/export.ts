/**
 * The portfolio as CSV and Markdown: one line per module a change touches (so three
 * "uploadAFile" lines are told apart by their `#12`), one line for a scenario with no finding and
 * one for an unreadable file. Files from several exports can be merged and sorted: dates are
 * YYYY-MM-DD and every line carries its scenario. Names and labels are redacted by default, as in
 * the plan exports.
 */
import { entryById } from "../catalog/index";
import { formatDate } from "../locale/format";
import { interpolate } from "../locale/interpolate";
import type { Locale } from "../locale/locales";
import { redactValue } from "../blueprint/redact";
import { columnWords, SHARED_COLUMNS, type SharedColumn } from "../handover/columns";
import { csvTable } from "../handover/csv";
import { exportFileName, type ExportExtension } from "../handover/file-name";
import { findingLines, NO_FINDING } from "../handover/lines";
import { markdownTable, escapeMarkdown } from "../handover/markdown";
import { entryName, type PortfolioEntry } from "./entry";
import { portfolioCounts } from "./totals";
import type { PortfolioWords } from "./words";

export interface PortfolioExportOptions {
  /** The day the export is made (YYYY-MM-DD). */
  today: string;
  locale: Locale;
  redact: boolean;
}

type Line = Record<SharedColumn, string>;

function header(locale: Locale): string[] {
  const { column } = columnWords(locale);
  return SHARED_COLUMNS.map((key) => column[key]);
}

/** The lines of the table, in the order of `entries` (the page passes its sorted view). */
export function portfolioLines(
  entries: readonly PortfolioEntry[],
  words: PortfolioWords,
  options: Pick<PortfolioExportOptions, "locale" | "redact">,
): string[][] {
  const clean = options.redact ? redactValue : (text: string) => text;
  const columns = columnWords(options.locale);
  return entries.flatMap((entry): string[][] => {
    const scenario = { scenario: clean(entryName(entry)), file: clean(entry.fileName) };
    const { summary } = entry;
    let lines: Line[];
    if (!summary.ok) {
      const { message, line, column } = summary.error;
      const where =
        line !== undefined && column !== undefined
          ? ` (${interpolate(words["portfolio.error.location"], { line, column })})`
          : "";
      const severity = words["portfolio.severity.error"];
      lines = [{ ...scenario, ...NO_FINDING, severity, change: `${message}${where}` }];
    } else if (summary.findings.length === 0) {
      lines = [{ ...scenario, ...NO_FINDING, severity: words["portfolio.severity.none"] }];
    } else {
      lines = summary.findings.flatMap((finding) =>
        findingLines(
          // The change named in the reader's language (the stored summary keeps the English).
          {
            ...finding,
            app: entryById(finding.entryId, options.locale)?.app.displayName ?? finding.app,
          },
          columns,
          clean,
        ).map((cells) => ({ ...scenario, ...cells })),
      );
    }
    return lines.map((line) => SHARED_COLUMNS.map((key) => line[key]));
  });
}

/** `scenario-portfolio.csv`, `portefeuille-de-scenarios.md`: the title in the reader's language. */
export function portfolioFileName<E extends ExportExtension>(words: PortfolioWords, extension: E) {
  return exportFileName(words["portfolio.doc.title"], extension);
}

export function portfolioToCsv(
  entries: readonly PortfolioEntry[],
  words: PortfolioWords,
  options: PortfolioExportOptions,
): string {
  return csvTable([header(options.locale), ...portfolioLines(entries, words, options)]);
}

export function portfolioToMarkdown(
  entries: readonly PortfolioEntry[],
  words: PortfolioWords,
  options: PortfolioExportOptions,
): string {
  const { scenarios, broken } = portfolioCounts(entries);
  return [
    `# ${escapeMarkdown(words["portfolio.doc.title"])}`,
    "",
    escapeMarkdown(
      interpolate(words["portfolio.doc.summary"], {
        scenarios,
        broken,
        date: formatDate(options.locale, options.today),
      }),
    ),
    "",
    ...(options.redact ? [escapeMarkdown(words["portfolio.doc.redacted"]), ""] : []),
    ...markdownTable(header(options.locale), portfolioLines(entries, words, options)),
    "",
  ].join("\n");
}
