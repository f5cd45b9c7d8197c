/** The five languages of the app and of the article. Plain data, shared by core, app and build. */
export const LOCALES = ["en", "fr", "it", "nl", "sv"] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = "en";

/** Each language named in itself, as the language picker shows it. */
export const NATIVE_NAMES: Record<Locale, string> = {
  en: "English",
  fr: "Français",
  it: "Italiano",
  nl: "Nederlands",
  sv: "Svenska",
};

export function isLocale(value: string | undefined): value is Locale {
  return (LOCALES as readonly string[]).includes(value ?? "");
}

/** The first of the browser's languages that the app speaks ("fr-CA" → fr), else English. */
export function preferredLocale(languages: readonly string[]): Locale {
  for (const tag of languages) {
    const base = tag.toLowerCase().split("-")[0];
    if (isLocale(base)) return base;
  }
  return DEFAULT_LOCALE;
}
