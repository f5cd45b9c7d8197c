import { LOCALES, type Locale } from "../core/locale/locales";
import type { Translation } from "./bundle";

type Loader<T> = () => Promise<{ default: Translation<T> }>;

/**
 * A bundle's loaders, one per language, from its files as `import.meta.glob` lists them
 * ("./en.ts", "./fr.ts" …). Each language stays a chunk of its own, downloaded only when shown;
 * a missing one fails when the app starts, not when a user picks that language.
 */
export function localeFiles<T>(
  files: Record<string, () => Promise<unknown>>,
): Record<Locale, Loader<T>> {
  const loader = (locale: Locale): Loader<T> => {
    const load = files[`./${locale}.ts`];
    if (!load) throw new Error(`No ./${locale}.ts among the message files`);
    // The glob cannot type its modules; each language file declares its Translation type.
    return load as Loader<T>;
  };
  return Object.fromEntries(LOCALES.map((locale) => [locale, loader(locale)])) as Record<
    Locale,
    Loader<T>
  >;
}
