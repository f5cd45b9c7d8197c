import { defineBundle } from "../../../i18n/bundle";
import type { PortfolioMessages } from "./en";

/** Messages of the portfolio page, one file per language. */
export const portfolioMessages = defineBundle<PortfolioMessages>("portfolio", {
  en: () => import("./en"),
  fr: () => import("./fr"),
  it: () => import("./it"),
  nl: () => import("./nl"),
  sv: () => import("./sv"),
});
