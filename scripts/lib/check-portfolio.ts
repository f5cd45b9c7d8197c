// The command-line check's results as a portfolio: the same rows, CSV and totals as the page.
import { CATALOG } from "../../src/core/catalog/index";
import type { PortfolioEntry } from "../../src/core/portfolio/entry";
import { summarize } from "../../src/core/portfolio/summary";
import { portfolioCounts } from "../../src/core/portfolio/totals";
import { SEVERITIES } from "../../src/core/analysis/report";
import type { FileResult } from "./check-files";

export function portfolioEntries(results: readonly FileResult[]): PortfolioEntry[] {
  return results.map((result) => ({
    id: result.file,
    fileName: result.file,
    hash: null,
    summary: summarize(result, CATALOG),
  }));
}

/** "3 scenarios, 1 broken, findings: expired 0, critical 2, warning 5, info 1". */
export function checkSummaryLine(results: readonly FileResult[]): string {
  const { scenarios, broken, counts } = portfolioCounts(portfolioEntries(results));
  const findings = SEVERITIES.map((severity) => `${severity} ${counts[severity]}`).join(", ");
  return `${scenarios} scenario${scenarios === 1 ? "" : "s"}, ${broken} broken, findings: ${findings}`;
}
