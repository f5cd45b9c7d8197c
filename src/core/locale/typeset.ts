/**
 * The typography of each language, applied by one helper to every text the app writes itself
 * (message bundles, the severity and evidence words): quote marks, apostrophes and, in French,
 * the no-break spaces before `: ; ? !` and inside « ». Choices: docs/decisions/0015-typography-per-language.md.
 *
 * Apply it to a template before its `{placeholders}` are filled: a value (a module label from a
 * blueprint, a date) is never altered.
 */
import type { Locale } from "./locales";

/** U+00A0: before a French colon and inside « ». */
export const NBSP = "\u00a0";
/** U+202F: before a French ; ? ! */
export const NNBSP = "\u202f";

/** Each language's double quotes (opening, closing). */
export const QUOTES: Record<Locale, readonly [string, string]> = {
  en: ["“", "”"],
  fr: [`«${NBSP}`, `${NBSP}»`],
  it: ["«", "»"],
  nl: ["“", "”"],
  sv: ["”", "”"],
};

/** Any double quote mark of any of our languages, straight or curly. */
const DOUBLE_QUOTE = /["“”„«»]/;
/** A single-quoted phrase (‘…’), the closing mark not followed by a letter (an apostrophe). */
const SINGLE_QUOTED = /‘([^‘]*?)’(?!\p{L})/gu;
const SPACES = "[ \\u00a0\\u202f]";

/** Pairs the double quote marks of a text in order and writes them in the language's marks. */
function requote(locale: Locale, text: string): string {
  const [open, close] = QUOTES[locale];
  let opening = true;
  let result = "";
  for (let i = 0; i < text.length; i += 1) {
    const char = text[i]!;
    if (!DOUBLE_QUOTE.test(char)) {
      result += char;
      continue;
    }
    if (opening) {
      result += open;
      while (/[ \u00a0\u202f]/.test(text[i + 1] ?? "")) i += 1; // drop « 's own space
    } else {
      result = result.replace(/[ \u00a0\u202f]+$/, "") + close;
    }
    opening = !opening;
  }
  return result;
}

/** French: a no-break space (U+00A0) before a colon, a narrow one (U+202F) before ; ? ! */
function frenchPunctuation(text: string): string {
  return text
    .replace(new RegExp(`(\\S)${SPACES}*:(?=\\s|$)`, "g"), `$1${NBSP}:`)
    .replace(new RegExp(`(\\S)${SPACES}*([;?!])(?=\\s|$|[)»])`, "g"), `$1${NNBSP}$2`);
}

/** Another language: no space before : ; ? ! (as a French habit might leave one). */
function closePunctuation(text: string): string {
  return text.replace(new RegExp(`(\\S)${SPACES}+([:;?!])(?=\\s|$)`, "g"), "$1$2");
}

/** A text in the typography of its language. Idempotent. */
export function typeset(locale: Locale, text: string): string {
  const quoted = requote(locale, text.replace(SINGLE_QUOTED, "“$1”")).replace(/'/g, "’");
  return locale === "fr" ? frenchPunctuation(quoted) : closePunctuation(quoted);
}

/** Every string of a message table, typeset (the table's shape and keys are kept). */
export function typesetAll<T extends Record<string, string>>(locale: Locale, messages: T): T {
  return Object.fromEntries(
    Object.entries(messages).map(([key, text]) => [key, typeset(locale, text)]),
  ) as T;
}

/** A label followed by its colon, as the language writes it ("Certitude :" in French). */
export function withColon(locale: Locale, label: string): string {
  return typeset(locale, `${label}:`);
}
