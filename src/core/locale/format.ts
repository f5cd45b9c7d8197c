import type { Locale } from "./locales";

/** Numbers in the reader's locale (1 234 in French and Swedish, 1,234 in English). */
export function formatNumber(locale: Locale, value: number): string {
  return new Intl.NumberFormat(locale).format(value);
}

/**
 * A size in megabytes (MiB) with one decimal, rounded up: a file just over a limit never reads
 * as the limit itself ("up to 200 MB; this one is 200 MB").
 */
export function formatMegabytes(locale: Locale, bytes: number): string {
  return new Intl.NumberFormat(locale, {
    minimumFractionDigits: 1,
    maximumFractionDigits: 1,
  }).format(Math.ceil((bytes / 1024 / 1024) * 10) / 10);
}

/** A calendar date (YYYY-MM-DD, read as UTC) in the reader's locale, e.g. "30 juillet 2026". */
export function formatDate(
  locale: Locale,
  isoDate: string,
  precision: "day" | "week" | "month" | "quarter" | "year" | "unspecified" = "day",
): string {
  const date = new Date(`${isoDate}T00:00:00Z`);
  const options: Intl.DateTimeFormatOptions =
    precision === "year"
      ? { year: "numeric", timeZone: "UTC" }
      : precision === "month" || precision === "quarter"
        ? { year: "numeric", month: "long", timeZone: "UTC" }
        : { year: "numeric", month: "long", day: "numeric", timeZone: "UTC" };
  return new Intl.DateTimeFormat(locale, options).format(date);
}

const DAY_MS = 86_400_000;

/** "in 3 months", "4 months ago", "tomorrow": the distance from `today` to `isoDate`. */
export function formatRelative(locale: Locale, isoDate: string, todayIso: string): string {
  const days = Math.round(
    (Date.parse(`${isoDate}T00:00:00Z`) - Date.parse(`${todayIso}T00:00:00Z`)) / DAY_MS,
  );
  const rtf = new Intl.RelativeTimeFormat(locale, { numeric: "auto" });
  const abs = Math.abs(days);
  if (abs < 14) return rtf.format(days, "day");
  if (abs < 60) return rtf.format(Math.round(days / 7), "week");
  if (abs < 730) return rtf.format(Math.round(days / 30.44), "month");
  return rtf.format(Math.round(days / 365.25), "year");
}

/** Today's date as YYYY-MM-DD in UTC: the one place the app reads the clock for the engine. */
export function todayIso(now: Date = new Date()): string {
  return now.toISOString().slice(0, 10);
}

/** Chooses the plural form of a count in the reader's language ("one" or "other" here). */
export function pluralCategory(locale: Locale, count: number): "one" | "other" {
  return new Intl.PluralRules(locale).select(count) === "one" ? "one" : "other";
}
