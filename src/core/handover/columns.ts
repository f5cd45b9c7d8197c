/**
 * The columns the exports share (the portfolio's CSV and Markdown, each plan's CSV and Markdown),
 * defined once: their machine keys, their order and their words in five languages, with the
 * words of the values that are words (severity, confidence). A file's header is in the reader's
 * language; the keys and the order are the same in every language, so files made in several
 * languages line up column by column (docs/decisions/0017-export-columns.md).
 */
import { SEVERITIES, type Confidence, type Severity } from "../analysis/report";
import { severityName } from "../analysis/severity-words";
import { LOCALES, type Locale } from "../locale/locales";

/** Machine keys of the shared columns, in the order every export lists them. */
export const SHARED_COLUMNS = [
  "scenario",
  "file",
  "severity",
  "deadline",
  "change",
  "module",
  "module_name",
  "confidence",
] as const;
export type SharedColumn = (typeof SHARED_COLUMNS)[number];

/** The shared columns of a plan's exports: all but the file, which the wizard does not know. */
export const PLAN_SHARED_COLUMNS = SHARED_COLUMNS.filter(
  (key): key is Exclude<SharedColumn, "file"> => key !== "file",
);

export interface ColumnWords {
  column: Record<SharedColumn, string>;
  severity: Record<Severity, string>;
  confidence: Record<Confidence, string>;
}

/** One word in the five languages, in the order of LOCALES: a missing one fails the typecheck. */
type InFive = readonly [en: string, fr: string, it: string, nl: string, sv: string];

const COLUMNS: Record<SharedColumn, InFive> = {
  scenario: ["Scenario", "Scénario", "Scenario", "Scenario", "Scenario"],
  file: ["File", "Fichier", "File", "Bestand", "Fil"],
  severity: ["Severity", "Gravité", "Gravità", "Ernst", "Allvarlighet"],
  deadline: ["Deadline", "Échéance", "Scadenza", "Deadline", "Tidsgräns"],
  change: ["Change", "Changement", "Modifica", "Wijziging", "Ändring"],
  module: ["Module", "Module", "Modulo", "Module", "Modul"],
  module_name: ["Module name", "Nom du module", "Nome del modulo", "Modulenaam", "Modulnamn"],
  // Not "Säkerhet" in Swedish, which a reader takes for "security".
  confidence: ["Confidence", "Certitude", "Certezza", "Zekerheid", "Visshet"],
};

const CONFIDENCE: Record<Confidence, InFive> = {
  confirmed: ["confirmed", "confirmé", "confermato", "bevestigd", "bekräftad"],
  likely: ["likely", "probable", "probabile", "waarschijnlijk", "trolig"],
};

function inLocale<K extends string>(table: Record<K, InFive>, at: number): Record<K, string> {
  return Object.fromEntries(
    Object.entries<InFive>(table).map(([key, words]) => [key, words[at]]),
  ) as Record<K, string>;
}

const WORDS = Object.fromEntries(
  LOCALES.map((locale, at) => [
    locale,
    {
      column: inLocale(COLUMNS, at),
      // The names Diagnose shows, as values in a column.
      severity: Object.fromEntries(
        SEVERITIES.map((severity) => [
          severity,
          severityName(locale, severity).toLocaleLowerCase(locale),
        ]),
      ) as Record<Severity, string>,
      confidence: inLocale(CONFIDENCE, at),
    },
  ]),
) as Record<Locale, ColumnWords>;

export function columnWords(locale: Locale): ColumnWords {
  return WORDS[locale];
}
