/**
 * Text or bytes → the scenario, or one typed, located error. Parsing is the engine's native
 * JSON.parse (the fast path, once); only a refused text is scanned again to say where and why.
 */
import { firstDuplicateKey } from "./duplicate-keys";
import { hintFields } from "./hints";
import { describeJsonError } from "./json-error";
import type { ReadError, ReadResult, ReadWarning } from "./model";
import { platformOf } from "./platform";
import { ndjsonRecords } from "./ndjson";
import { foundInEnglish, locateScenario } from "./shape";
import { walkScenario } from "./walk";

/** Fusion's import limit: above it, Fusion will refuse the file (a warning, the analysis still runs). */
export const FUSION_IMPORT_LIMIT_BYTES = 5 * 1024 * 1024;
/** Above this the app refuses: a browser tab would need gigabytes to hold the parsed document. */
export const HARD_LIMIT_BYTES = 200 * 1024 * 1024;

/** Rounded up, so a file just over a limit never reads as the limit itself. */
const MB = (bytes: number) => `${(Math.ceil((bytes / 1024 / 1024) * 10) / 10).toFixed(1)} MB`;

/** UTF-8 size of a string, counted (without encoding it) only when it matters for `limit`. */
function utf8Size(text: string, limit: number): number {
  if (text.length > limit) return text.length; // at least this many bytes: over the limit already
  if (text.length * 3 <= limit) return text.length; // at most three bytes per UTF-16 unit: under it
  let bytes = text.length;
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    // A surrogate pair is two units and four bytes: two more than counted.
    if (unit >= 0x80) bytes += unit < 0x800 ? 1 : unit >= 0xd800 && unit <= 0xdfff ? 1 : 2;
  }
  return bytes;
}

/**
 * UTF-16 without a byte-order mark: JSON starts with ASCII ("{", "[", a space), so its first
 * code unit has a zero byte on one side, which UTF-8 text never has.
 */
function unmarkedUtf16(bytes: Uint8Array): "utf-16le" | "utf-16be" | null {
  const [first, second] = bytes;
  if (bytes.length < 2 || bytes.length % 2 !== 0) return null;
  if (first !== 0 && second === 0) return "utf-16le";
  if (first === 0 && second !== 0) return "utf-16be";
  return null;
}

/**
 * Bytes to text: UTF-8 (its byte-order mark dropped), or UTF-16 when a mark or the zero bytes of
 * ASCII say so. What was guessed or repaired is said in a warning.
 */
export function decodeBlueprint(bytes: Uint8Array): { text: string; warning: ReadWarning | null } {
  const [first, second] = bytes;
  const marked =
    first === 0xff && second === 0xfe
      ? "utf-16le"
      : first === 0xfe && second === 0xff
        ? "utf-16be"
        : null;
  if (marked) return { text: new TextDecoder(marked).decode(bytes), warning: null };
  const guessed = unmarkedUtf16(bytes);
  if (guessed) {
    const encoding = guessed.toUpperCase();
    return {
      text: new TextDecoder(guessed).decode(bytes),
      warning: {
        code: "encoding",
        message: `The file has no byte-order mark but is ${encoding}; it was read as ${encoding}.`,
        data: { encoding },
      },
    };
  }
  try {
    return { text: new TextDecoder("utf-8", { fatal: true }).decode(bytes), warning: null };
  } catch {
    return {
      text: new TextDecoder("utf-8").decode(bytes),
      warning: {
        code: "invalid-utf8",
        message: "Some bytes are not valid UTF-8; they are shown as \uFFFD (�).",
      },
    };
  }
}

export function readBlueprint(input: string | Uint8Array): ReadResult {
  const byteLength = typeof input === "string" ? null : input.byteLength;
  if (byteLength !== null && byteLength > HARD_LIMIT_BYTES) return tooLarge(byteLength);
  // TextDecoder drops a byte-order mark; a string may still start with one.
  const decoded =
    typeof input === "string" ? { text: input, warning: null } : decodeBlueprint(input);
  let text = decoded.text;
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  const size = byteLength ?? utf8Size(text, HARD_LIMIT_BYTES);
  if (size > HARD_LIMIT_BYTES) return tooLarge(size);
  if (text.trim() === "") {
    return {
      ok: false,
      error: {
        code: "empty",
        message: "There is nothing to read: the text or file is empty.",
        ...hintFields({ code: "paste-export" }),
      },
    };
  }

  let document: unknown;
  const warnings: ReadWarning[] = decoded.warning ? [decoded.warning] : [];
  try {
    document = JSON.parse(text);
    // Scanned up to Fusion's import limit (all a real export can be): beyond, the scan would
    // cost as much as the parse itself.
    const duplicate = size <= FUSION_IMPORT_LIMIT_BYTES ? firstDuplicateKey(text) : null;
    if (duplicate !== null) {
      warnings.push({
        code: "duplicate-keys",
        message: `An object gives the key "${duplicate}" twice; its last value was read.`,
        data: { key: duplicate },
      });
    }
  } catch {
    const records = ndjsonRecords(text);
    if (!records) return { ok: false, error: describeJsonError(text) };
    // NDJSON (the Fusion API's export): the first record holding a scenario is read.
    const first = records.find((record) => !("found" in locateScenario(record.value)));
    document = (first ?? records[0])?.value;
    warnings.push({
      code: "unknown-members",
      message: `The text holds ${records.length} JSON records, one per line; only the scenario on line ${first?.line ?? 1} was read.`,
      data: { records: records.length, line: first?.line ?? 1 },
    });
  }

  const located = locateScenario(document);
  if ("found" in located) {
    return {
      ok: false,
      error: {
        code: "not-a-blueprint",
        message: `This is not a scenario blueprint: it is ${foundInEnglish(located.found)}.`,
        found: located.found,
        ...hintFields({
          code: "export-blueprint",
          values: { menu: '"…"', command: '"Export Blueprint"' },
        }),
      },
    };
  }

  const walked = walkScenario(located);
  if ((byteLength ?? utf8Size(text, FUSION_IMPORT_LIMIT_BYTES)) > FUSION_IMPORT_LIMIT_BYTES) {
    warnings.push({
      code: "over-fusion-limit",
      message: `The blueprint is ${MB(size)}, above Fusion's ${MB(FUSION_IMPORT_LIMIT_BYTES)} import limit: Fusion will not import it as it is.`,
      data: { bytes: size, limit: FUSION_IMPORT_LIMIT_BYTES },
    });
  }
  warnings.push(...walked.warnings);
  const zone =
    located.metadata && typeof located.metadata.zone === "string" ? located.metadata.zone : null;
  return {
    ok: true,
    scenario: {
      name: located.name,
      platform: platformOf(zone),
      zone,
      shape: located.shape,
      modules: walked.modules,
      warnings,
    },
  };
}

/**
 * The refusal of a file from its size alone, before a byte of it is read (a 3 GB file would
 * otherwise be read in full to be refused); null when the size is within the limit.
 */
export function refusedForSize(byteLength: number): ReadError | null {
  if (byteLength <= HARD_LIMIT_BYTES) return null;
  return {
    code: "too-large",
    message: `The file is ${MB(byteLength)}; the app reads blueprints up to ${MB(HARD_LIMIT_BYTES)}.`,
    ...hintFields({ code: "too-large" }),
  };
}

function tooLarge(bytes: number): ReadResult {
  return { ok: false, error: refusedForSize(bytes)! };
}
