/**
 * Text or bytes → the scenario, or one typed, located error. Parsing is the engine's native
 * JSON.parse (the fast path, once); only a refused text is scanned again to say where and why.
 */
import { describeJsonError } from "./json-error";
import type { ReadResult, ReadWarning } from "./model";
import { platformOf } from "./platform";
import { locateScenario } from "./shape";
import { walkScenario } from "./walk";

/** Fusion's import limit: above it, Fusion will refuse the file (a warning, the analysis still runs). */
export const FUSION_IMPORT_LIMIT_BYTES = 5 * 1024 * 1024;
/** Above this the app refuses: a browser tab would need gigabytes to hold the parsed document. */
export const HARD_LIMIT_BYTES = 200 * 1024 * 1024;

const MB = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

/** UTF-8 size of a string, computed exactly only when it matters for a limit. */
function utf8Size(text: string, limit: number): number {
  if (text.length > limit) return text.length; // at least this many bytes: over the limit already
  if (text.length * 3 <= limit) return text.length; // at most three bytes per UTF-16 unit: under it
  return new TextEncoder().encode(text).length;
}

export function readBlueprint(input: string | Uint8Array): ReadResult {
  const byteLength = typeof input === "string" ? null : input.byteLength;
  if (byteLength !== null && byteLength > HARD_LIMIT_BYTES) return tooLarge(byteLength);
  // TextDecoder drops a byte-order mark; a string may still start with one.
  let text = typeof input === "string" ? input : new TextDecoder("utf-8").decode(input);
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  const size = byteLength ?? utf8Size(text, HARD_LIMIT_BYTES);
  if (size > HARD_LIMIT_BYTES) return tooLarge(size);
  if (text.trim() === "") {
    return {
      ok: false,
      error: {
        code: "empty",
        message: "There is nothing to read: the text or file is empty.",
        hint: "Paste the blueprint JSON exported from the scenario editor.",
      },
    };
  }

  let document: unknown;
  try {
    document = JSON.parse(text);
  } catch {
    return { ok: false, error: describeJsonError(text) };
  }

  const located = locateScenario(document);
  if ("found" in located) {
    return {
      ok: false,
      error: {
        code: "not-a-blueprint",
        message: `This is not a scenario blueprint: it is ${located.found}.`,
        found: located.found,
        hint: 'In the scenario editor, open the "…" menu and choose "Export Blueprint", then paste that file.',
      },
    };
  }

  const { modules, warnings } = walkScenario(located);
  const allWarnings: ReadWarning[] = [];
  if ((byteLength ?? utf8Size(text, FUSION_IMPORT_LIMIT_BYTES)) > FUSION_IMPORT_LIMIT_BYTES) {
    allWarnings.push({
      code: "over-fusion-limit",
      message: `The blueprint is ${MB(size)}, above Fusion's ${MB(FUSION_IMPORT_LIMIT_BYTES)} import limit: Fusion will not import it as it is.`,
      data: { bytes: size, limit: FUSION_IMPORT_LIMIT_BYTES },
    });
  }
  allWarnings.push(...warnings);
  const zone =
    located.metadata && typeof located.metadata.zone === "string" ? located.metadata.zone : null;
  return {
    ok: true,
    scenario: {
      name: located.name,
      platform: platformOf(zone),
      zone,
      shape: located.shape,
      modules,
      warnings: allWarnings,
    },
  };
}

function tooLarge(bytes: number): ReadResult {
  return {
    ok: false,
    error: {
      code: "too-large",
      message: `The file is ${MB(bytes)}; the app reads blueprints up to ${MB(HARD_LIMIT_BYTES)}.`,
      hint: "A scenario this large is usually a mistake (an embedded file or a huge data sample): check that the right file was chosen.",
    },
  };
}
