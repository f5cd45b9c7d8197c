/**
 * Checks on the article sources that a reader would otherwise find on the page: broken character
 * sequences (text decoded with the wrong encoding), leftovers of HTML, and translations whose
 * section structure no longer matches English (which would break the shared section ids).
 */
import type { Article } from "./article-model";

export interface ContentProblem {
  line: number;
  column: number;
  text: string;
  reason: string;
}

/**
 * UTF-8 read as Mac Roman or Windows-1252 leaves tell-tale pairs: "√Ø" for "ï", "Ã©" for "é",
 * "â€™" for "’". Also the replacement character, left where a byte could not be decoded.
 */
const MOJIBAKE: { pattern: RegExp; reason: string }[] = [
  {
    pattern: /√[\u0080-\u00ff\u0152\u0153\u0178\u2018-\u201e\u2020-\u2022\u2026\u2030\u2122]/g,
    reason: "UTF-8 read as Mac Roman",
  },
  {
    pattern:
      /[ÃÂ][\u0080-\u00bf\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u2013\u2014\u2018-\u201e\u2020-\u2022\u2026\u2030\u2039\u203a\u20ac\u2122]/g,
    reason: "UTF-8 read as Windows-1252",
  },
  {
    pattern: /â€[\u0099\u009c\u009d\u0093\u0094\u2122\u201c\u201d\u0153\u02dc]|â€/g,
    reason: "UTF-8 punctuation read as Windows-1252",
  },
  { pattern: /\uFFFD/g, reason: "replacement character: a byte could not be decoded" },
];

/**
 * A double quote glued to the words on both sides ("kallas&quot;bryta", "bekend,&quot;zie"): a
 * space lost in the translation pipeline, which a reader sees as a typo of the app.
 */
const GLUED_QUOTES = [
  {
    pattern: /[\p{L},.;:](?:&quot;|")\p{L}/gu,
    reason: "a quote mark with no space between it and the words around it",
  },
];

/** Broken character sequences in a Markdown source, located by line and column (1-based). */
export function findBrokenCharacters(source: string): ContentProblem[] {
  return locate(source, MOJIBAKE);
}

/** Quote marks glued to the words on both sides, located like broken characters. */
export function findGluedQuotes(source: string): ContentProblem[] {
  return locate(source, GLUED_QUOTES);
}

function locate(source: string, rules: { pattern: RegExp; reason: string }[]): ContentProblem[] {
  const problems: ContentProblem[] = [];
  source.split(/\r?\n/).forEach((lineText, index) => {
    for (const { pattern, reason } of rules) {
      for (const match of lineText.matchAll(pattern)) {
        problems.push({ line: index + 1, column: (match.index ?? 0) + 1, text: match[0], reason });
      }
    }
  });
  return problems;
}

/** Differences in structure between a translation and the English article. */
export function structureDifferences(english: Article, translation: Article): string[] {
  const differences: string[] = [];
  const shape = (article: Article) =>
    article.blocks.map((block) => (block.type === "heading" ? `h${block.level}` : block.type));
  const expected = shape(english).join(" ");
  const actual = shape(translation).join(" ");
  if (expected !== actual)
    differences.push(`blocks: English has [${expected}], ${translation.locale} has [${actual}]`);
  const ids = (article: Article) => article.sections.map((section) => section.id).join(",");
  if (ids(english) !== ids(translation))
    differences.push(`section ids differ: ${ids(translation)}`);
  return differences;
}
