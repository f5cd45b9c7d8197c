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
import { csvCell } from "../handover/csv";
import { escapeMarkdown } from "../handover/markdown";
import { entryName, type PortfolioEntry } from "./entry";
import { portfolioCounts } from "./totals";
import { moduleNumber } from "./summary";
import type { PortfolioWords } from "./words";

export interface PortfolioExportOptions {
  /** The day the export is made (YYYY-MM-DD). */
  today: string;
  locale: Locale;
  redact: boolean;
}

type Line = [
  scenario: string,
  file: string,
  severity: string,
  deadline: string,
  change: string,
  module: string,
  moduleName: string,
  confidence: string,
];

function header(words: PortfolioWords): Line {
  return [
    words["portfolio.col.scenario"],
    words["portfolio.col.file"],
    words["portfolio.col.severity"],
    words["portfolio.col.deadline"],
    words["portfolio.col.change"],
    words["portfolio.col.module"],
    words["portfolio.col.moduleName"],
    words["portfolio.col.confidence"],
  ];
}

/** The lines of the table, in the order of `entries` (the page passes its sorted view). */
export function portfolioLines(
  entries: readonly PortfolioEntry[],
  words: PortfolioWords,
  redact: boolean,
  locale: Locale = "en",
): Line[] {
  const clean = redact ? redactValue : (text: string) => text;
  return entries.flatMap((entry): Line[] => {
    const name = clean(entryName(entry));
    const file = clean(entry.fileName);
    const { summary } = entry;
    if (!summary.ok) {
      const { message, line, column } = summary.error;
      const where =
        line !== undefined && column !== undefined
          ? ` (${interpolate(words["portfolio.error.location"], { line, column })})`
          : "";
      return [
        [name, file, words["portfolio.severity.error"], "", `${message}${where}`, "", "", ""],
      ];
    }
    if (summary.findings.length === 0)
      return [[name, file, words["portfolio.severity.none"], "", "", "", "", ""]];
    return summary.findings.flatMap((finding) => {
      const common = [
        words[`portfolio.severity.${finding.severity}`],
        finding.deadline ?? "",
        `${finding.ref} ${entryById(finding.entryId, locale)?.app.displayName ?? finding.app}`,
      ] as const;
      const confidence = words[`portfolio.confidence.${finding.confidence}`];
      const modules = finding.modules.length > 0 ? finding.modules : [null];
      return modules.map((module): Line => [
        name,
        file,
        ...common,
        module ? moduleNumber(module.number) : "",
        module ? clean(module.label ? `${module.label} (${module.module})` : module.module) : "",
        confidence,
      ]);
    });
  });
}

export function portfolioToCsv(
  entries: readonly PortfolioEntry[],
  words: PortfolioWords,
  options: PortfolioExportOptions,
): string {
  return (
    [header(words), ...portfolioLines(entries, words, options.redact, options.locale)]
      .map((line) => line.map(csvCell).join(","))
      .join("\r\n") + "\r\n"
  );
}

export function portfolioToMarkdown(
  entries: readonly PortfolioEntry[],
  words: PortfolioWords,
  options: PortfolioExportOptions,
): string {
  const { scenarios, broken } = portfolioCounts(entries);
  const row = (cells: readonly string[]) => `| ${cells.map(escapeMarkdown).join(" | ")} |`;
  const head = header(words);
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
    row(head),
    `|${head.map(() => " --- |").join("")}`,
    ...portfolioLines(entries, words, options.redact, options.locale).map(row),
    "",
  ].join("\n");
}
