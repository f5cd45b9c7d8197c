import { use } from "react";
import { loadCatalogTexts } from "../core/catalog/index";
import type { Locale } from "../core/locale/locales";
import { useLocale } from "./useT";

/**
 * The reader's language, once the catalog's words in it are loaded (suspends until then; the
 * promise is cached, settled once per language). For pages that show catalog texts.
 */
export function useCatalogLocale(): Locale {
  const locale = useLocale();
  use(loadCatalogTexts(locale));
  return locale;
}
