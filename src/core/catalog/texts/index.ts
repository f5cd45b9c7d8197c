/** Each language's table of catalog words; English is the entries' own. */
import type { Locale } from "../../locale/locales";
import type { CatalogTexts } from "./en";
import { FR_TEXTS } from "./fr";
import { IT_TEXTS } from "./it";
import { NL_TEXTS } from "./nl";
import { SV_TEXTS } from "./sv";

export const TRANSLATED_TEXTS: Record<Exclude<Locale, "en">, CatalogTexts> = {
  fr: FR_TEXTS,
  it: IT_TEXTS,
  nl: NL_TEXTS,
  sv: SV_TEXTS,
};
