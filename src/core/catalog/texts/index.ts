/**
 * Each language's table of catalog words (English is the entries' own), one file per language,
 * fetched the first time a page needs it: a reader downloads only their language's table.
 */
import { trackable } from "../../async/trackable";
import type { Locale } from "../../locale/locales";
import type { CatalogTexts } from "./en";

export type TranslatedLocale = Exclude<Locale, "en">;

const LOADERS: Record<TranslatedLocale, () => Promise<CatalogTexts>> = {
  fr: () => import("./fr").then((module) => module.FR_TEXTS),
  it: () => import("./it").then((module) => module.IT_TEXTS),
  nl: () => import("./nl").then((module) => module.NL_TEXTS),
  sv: () => import("./sv").then((module) => module.SV_TEXTS),
};

const loaded = new Map<TranslatedLocale, CatalogTexts>();
const pending = new Map<Locale, Promise<void>>();

/** Loads the catalog's words in `locale`; the promise is cached and marked for React's use(). */
export function loadCatalogTexts(locale: Locale): Promise<void> {
  let promise = pending.get(locale);
  if (!promise) {
    promise = trackable(
      locale === "en"
        ? Promise.resolve()
        : LOADERS[locale]().then((texts) => {
            loaded.set(locale, texts);
          }),
    );
    pending.set(locale, promise);
  }
  return promise;
}

/** The table of `locale`, once loaded: asking before is a mistake the tests and pages catch. */
export function textsIn(locale: TranslatedLocale): CatalogTexts {
  const texts = loaded.get(locale);
  if (!texts) throw new Error(`The catalog's words in "${locale}" are not loaded yet.`);
  return texts;
}
