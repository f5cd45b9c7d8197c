/**
 * How to fix a blueprint that cannot be read, as a code and the values its sentence needs: the
 * page words it in the reader's language (Diagnose's `hint.<code>` messages), the command
 * line in English from HINT_WORDS_EN. Values are pieces of JSON to type as they are (`"\\"`,
 * `"__IMTCONN__": null`), filled in after the language's typography, which would curl quotes.
 */
import { interpolate } from "../locale/interpolate";
import type { ReadError } from "./model";

export const HINT_CODES = [
  "escape-backslash",
  "string-open-on-line",
  "string-cut-off",
  "cut-off",
  "connection-id-removed",
  "value-missing",
  "single-quotes",
  "single-quotes-name",
  "comment",
  "comma-before-closer",
  "comma-missing-members",
  "comma-missing-values",
  "trailing-comma",
  "closer-missing",
  "trailing-text",
  "brace-missing",
  "paste-export",
  "export-blueprint",
  "too-large",
] as const;

export type HintCode = (typeof HINT_CODES)[number];

export interface Hint {
  code: HintCode;
  /** JSON to type as it is, or a member name from the text. */
  values?: Record<string, string>;
}

export const HINT_WORDS_EN: Record<`hint.${HintCode}`, string> = {
  "hint.escape-backslash": "Write a backslash as {backslash}.",
  "hint.string-open-on-line":
    "The string opened here is not closed on its line: a closing quote may be missing.",
  "hint.string-cut-off":
    "The text ends inside this string: the file may have been cut off while copying.",
  "hint.cut-off": "The file looks cut off: export or copy the blueprint again.",
  "hint.connection-id-removed":
    "The connection id was removed. Put a number back (any connection id) or null: {example}",
  "hint.value-missing":
    "Put a value after {member} (a number, a string in double quotes, true, false or null).",
  "hint.single-quotes": "JSON needs double quotes: {example}.",
  "hint.single-quotes-name": "JSON needs double quotes around names: {example}.",
  "hint.comment": "Remove the comment.",
  "hint.comma-before-closer": "A comma just before it has nothing after it: remove that comma.",
  "hint.comma-missing-members": "A comma may be missing between two members.",
  "hint.comma-missing-values": "A comma may be missing between two values.",
  "hint.trailing-comma": "Remove the last comma.",
  "hint.closer-missing":
    "A closing {closer} is missing: the file may have been cut off while copying.",
  "hint.trailing-text": "Only one blueprint can be read at a time; remove what follows it.",
  "hint.brace-missing": "Add {brace} at the very beginning: the opening {brace} is missing.",
  "hint.paste-export": "Paste the blueprint JSON exported from the scenario editor.",
  "hint.export-blueprint":
    "In the scenario editor, open the {menu} menu and choose {command}, then paste that file.",
  "hint.too-large":
    "A scenario this large is usually a mistake (an embedded file or a huge data sample): check that the right file was chosen.",
};

/** The hint's sentence in English, with its values. */
export function englishHint({ code, values }: Hint): string {
  return interpolate(HINT_WORDS_EN[`hint.${code}`], values);
}

/** A hint as a read error carries it: English for the command line, and its code and values. */
export function hintFields(hint: Hint): Pick<ReadError, "hint" | "hintCode" | "hintValues"> {
  return {
    hint: englishHint(hint),
    hintCode: hint.code,
    ...(hint.values ? { hintValues: hint.values } : {}),
  };
}
