/**
 * Blueprint text made safe to show next to other text. Bidirectional embeddings, overrides and
 * isolates (U+202A–U+202E, U+2066–U+2069) would reorder what is shown ("Safe\u202Egpj.exe" reads
 * "Safeexe.jpg") and spill into neighbouring text, and control characters are invisible or break
 * a line: both are shown as a visible code instead. Ids also show every other invisible format
 * character (zero-width spaces, direction marks): in an id, nothing may hide.
 */

/** Controls (C0, DEL, C1) and the stateful bidi formatting characters. */
const IN_LABELS = /[\p{Cc}\u202a-\u202e\u2066-\u2069]/gu;
/** The above and every other format character (Cf: ZWSP, ZWJ, LRM/RLM, BOM, soft hyphen…). */
const IN_IDS = /[\p{Cc}\p{Cf}\u2028\u2029]/gu;

const code = (char: string) =>
  `⟨U+${(char.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, "0")}⟩`;

/**
 * Longest label shown: a blueprint may carry a 10 MB label, and laying out that much text blocks
 * the page for seconds. Longer ones are cut, and the cut is marked.
 */
export const LABEL_SHOWN_MAX = 300;

/** A name or label: readable text kept (emoji joiners, direction marks), spoofing made visible. */
export function visibleLabel(text: string): string {
  const shown = text.length > LABEL_SHOWN_MAX ? `${text.slice(0, LABEL_SHOWN_MAX)}…` : text;
  return shown.replace(IN_LABELS, code);
}

/** A module id or key: every invisible character made visible. */
export function visibleId(text: string): string {
  return text.replace(IN_IDS, code);
}

/**
 * A label set inside other text (a translated sentence): shown visibly as above, then wrapped in
 * a first-strong isolate (U+2068 … U+2069) so right-to-left text cannot reorder the sentence. The
 * label holds no isolate of its own any more, so nothing inside can end this one early.
 */
export function isolatedLabel(text: string): string {
  return `\u2068${visibleLabel(text)}\u2069`;
}
