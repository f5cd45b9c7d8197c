import type { Locale } from "../../core/locale/locales";
import type { TranslateFn } from "../../i18n/useT";
import type { DiagnoseMessages } from "./messages/en";

/** What every panel of the Diagnose page speaks with: the page's messages and its locale. */
export interface PanelWords {
  t: TranslateFn<DiagnoseMessages>;
  locale: Locale;
}
