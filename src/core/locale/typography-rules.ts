/**
 * What the typography of each language requires, as a check independent of how `typeset`
 * does it: the tests run it over every message of every bundle and the core word tables.
 */
import type { Locale } from "./locales";

interface Rule {
  pattern: RegExp;
  reason: string;
}

const STRAIGHT: Rule[] = [
  { pattern: /"/, reason: "straight double quote" },
  { pattern: /'/, reason: "straight apostrophe" },
];

const NO_SPACE_BEFORE_PUNCTUATION: Rule = {
  pattern: /\s[:;?!](?=\s|$)/,
  reason: "space before : ; ? ! (a French habit)",
};

const RULES: Record<Locale, Rule[]> = {
  en: [
    ...STRAIGHT,
    NO_SPACE_BEFORE_PUNCTUATION,
    { pattern: /[«»„]/, reason: "English quotes are “ ”" },
  ],
  fr: [
    ...STRAIGHT,
    { pattern: /[“”„]/, reason: "French quotes are « »" },
    { pattern: /«(?!\u00a0)|(?<!\u00a0)»/, reason: "no-break space inside « »" },
    { pattern: /(?<!\u00a0):(?=\s|$)/, reason: "no-break space (U+00A0) before a colon" },
    { pattern: /(?<!\u202f)[;?!](?=\s|$)/, reason: "narrow no-break space (U+202F) before ; ? !" },
  ],
  it: [
    ...STRAIGHT,
    NO_SPACE_BEFORE_PUNCTUATION,
    { pattern: /[“”„]/, reason: "Italian quotes are « »" },
  ],
  nl: [
    ...STRAIGHT,
    NO_SPACE_BEFORE_PUNCTUATION,
    { pattern: /[«»„]|‘(?=\p{L})/u, reason: "Dutch quotes are “ ”" },
  ],
  sv: [
    ...STRAIGHT,
    NO_SPACE_BEFORE_PUNCTUATION,
    { pattern: /[«»„“]/, reason: "Swedish quotes are ” ”" },
  ],
};

/** The rules a text breaks, as reasons (empty when it is well typeset). */
export function typographyProblems(locale: Locale, text: string): string[] {
  return RULES[locale].filter(({ pattern }) => pattern.test(text)).map(({ reason }) => reason);
}
