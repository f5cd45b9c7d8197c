/**
 * The words of the portfolio exports, in English. The portfolio page's messages include these
 * keys in every language; the CLI's `--csv` passes this object as it is.
 */
export const PORTFOLIO_WORDS_EN = {
  "portfolio.doc.title": "Scenario portfolio",
  "portfolio.doc.summary":
    "{scenarios} scenarios, {broken} unreadable files. Made on {date} with API Change Desk, in the browser: nothing was sent anywhere.",
  "portfolio.doc.redacted": "E-mail addresses and secrets in names and labels are hidden.",
  "portfolio.col.scenario": "Scenario",
  "portfolio.col.file": "File",
  "portfolio.col.severity": "Severity",
  "portfolio.col.deadline": "Deadline",
  "portfolio.col.change": "Change",
  "portfolio.col.module": "Module",
  "portfolio.col.moduleName": "Module name",
  "portfolio.col.confidence": "Confidence",
  "portfolio.severity.expired": "expired",
  "portfolio.severity.critical": "critical",
  "portfolio.severity.warning": "warning",
  "portfolio.severity.info": "info",
  "portfolio.severity.none": "no finding",
  "portfolio.severity.error": "unreadable",
  "portfolio.confidence.confirmed": "confirmed",
  "portfolio.confidence.likely": "likely",
  "portfolio.error.location": "line {line}, column {column}",
} as const;

export type PortfolioWordKey = keyof typeof PORTFOLIO_WORDS_EN;
export type PortfolioWords = { readonly [K in PortfolioWordKey]: string };
export const PORTFOLIO_WORD_KEYS = Object.keys(PORTFOLIO_WORDS_EN) as PortfolioWordKey[];
