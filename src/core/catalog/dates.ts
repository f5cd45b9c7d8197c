/**
 * A catalog date in the reader's words: the date formatted with `Intl`, with its precision said
 * ("week of 15 June 2026", "Q3 2026"), and the entry's note in brackets; the note alone when the
 * documentation gives no date.
 */
import type { DatedFact } from "../domain/change";
import { formatDate } from "../locale/format";
import { interpolate } from "../locale/interpolate";
import type { Locale } from "../locale/locales";

const PRECISION: Record<Locale, { week: string; quarter: string }> = {
  en: { week: "week of {date}", quarter: "Q{quarter} {year}" },
  fr: { week: "semaine du {date}", quarter: "T{quarter} {year}" },
  it: { week: "settimana del {date}", quarter: "{quarter}° trimestre {year}" },
  nl: { week: "week van {date}", quarter: "{quarter}e kwartaal {year}" },
  sv: { week: "veckan som börjar {date}", quarter: "Q{quarter} {year}" },
};

function dateWithPrecision(locale: Locale, date: string, precision: DatedFact["precision"]) {
  if (precision === "week") {
    return interpolate(PRECISION[locale].week, { date: formatDate(locale, date, "day") });
  }
  if (precision === "quarter") {
    const quarter = Math.floor((Number(date.slice(5, 7)) - 1) / 3) + 1;
    return interpolate(PRECISION[locale].quarter, { quarter, year: date.slice(0, 4) });
  }
  return formatDate(locale, date, precision);
}

/** The fact as a reader of `locale` reads it; null when it says nothing. */
export function formatDatedFact(locale: Locale, fact: DatedFact | null): string | null {
  if (!fact) return null;
  if (!fact.date) return fact.text;
  const date = dateWithPrecision(locale, fact.date, fact.precision);
  return fact.text ? `${date} (${fact.text})` : date;
}
