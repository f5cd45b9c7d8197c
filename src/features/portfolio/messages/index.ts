import { defineBundle } from "../../../i18n/bundle";
import { localeFiles } from "../../../i18n/locale-files";
import type { PortfolioMessages } from "./en";

/** Messages of the portfolio page, one file per language. */
export const portfolioMessages = defineBundle<PortfolioMessages>(
  "portfolio",
  localeFiles(import.meta.glob("./{en,fr,it,nl,sv}.ts")),
);
