/**
 * Finds the English catalog's sentences in a text meant for another language: each descriptive
 * text of texts/en.ts whole, and each of its clauses of four words or more, unless the clause is
 * part of a name Fusion shows in English (a module, app, connection type or option name). The
 * language tests and the end-to-end tests run it over what a reader of fr, it, nl or sv sees.
 */
import { CATALOG } from "./index";
import { EN_TEXTS } from "./texts/en";

/** Names the translations keep in English, quoted inside sentences (Fusion shows them so). */
const QUOTED_NAMES = [
  "Execute Photoshop actions, scripts, and transformations",
  "[410] The requested API has been removed",
  "Enable secured hooks",
  "Update Events Payload Version",
  "Adobe Workfront Unified Review and Approvals",
  "Search Users/Groups Delta",
  "Create or edit a composite",
  "Expand, Fill and Generate an image",
  "Jira > Search for records",
];

function leaves(value: unknown): string[] {
  if (typeof value === "string") return [value];
  if (value && typeof value === "object") return Object.values(value).flatMap(leaves);
  return [];
}

const descriptive = new Set(leaves(EN_TEXTS));
/** Names as the entries give them; the descriptive ones of texts/en.ts are not names. */
const names = [
  ...QUOTED_NAMES,
  ...CATALOG.entries.flatMap((entry) => [
    entry.app.displayName,
    entry.app.legacyDisplayName ?? "",
    entry.replacement.displayName ?? "",
    ...entry.match.modules.map((matcher) => matcher.displayName),
    ...entry.match.connectionTypes.map((matcher) => matcher.displayName),
  ]),
].filter((name) => name.length > 0 && !descriptive.has(name));

const wordCount = (text: string) => text.split(/\s+/).filter(Boolean).length;

/** A descriptive text's clauses: split at punctuation that ends a clause. */
function clauses(text: string): string[] {
  return text
    .split(/[:;.()“”"«»]|, | \/ /)
    .map((clause) => clause.trim())
    .filter((clause) => wordCount(clause) >= 4);
}

const isName = (phrase: string) => names.some((name) => name.includes(phrase));

/** Every English phrase whose presence in another language's text is a leak. */
export const ENGLISH_PHRASES: readonly string[] = [
  ...new Set(
    leaves(EN_TEXTS)
      .flatMap((text) => [text, ...clauses(text)])
      .filter((phrase) => wordCount(phrase) >= 2 && !isName(phrase)),
  ),
];

/** The English catalog phrases found in `text` (whitespace compared loosely). */
export function englishLeaks(text: string): string[] {
  const flat = text.replace(/\s+/g, " ");
  return ENGLISH_PHRASES.filter((phrase) => flat.includes(phrase));
}
