/**
 * The words of the portfolio exports, in English. The portfolio page's messages include these
 * keys in every language (the columns' words are core/handover/columns.ts); the CLI's `--csv` passes this object as it is.
 */
import type { Words } from "../locale/words";

export const PORTFOLIO_WORDS_EN = {
  "portfolio.doc.title": "Scenario portfolio",
  "portfolio.doc.summary":
    "{scenarios} scenarios, {broken} unreadable files. Made on {date} with API Change Desk, in the browser: nothing was sent anywhere.",
  "portfolio.doc.redacted": "E-mail addresses and secrets in names and labels are hidden.",
  "portfolio.severity.none": "no finding",
  "portfolio.severity.error": "unreadable",
  "portfolio.error.location": "line {line}, column {column}",
} as const;

export type PortfolioWords = Words<typeof PORTFOLIO_WORDS_EN>;
