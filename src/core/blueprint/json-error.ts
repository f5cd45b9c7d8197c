/**
 * Locates the first syntax error in a text that JSON.parse refused, and explains it. Runs only
 * on failure (the happy path is the engine's native JSON.parse), so clarity beats speed here.
 * Browsers word and place their own errors differently; this scanner gives the same answer in
 * every one.
 */
import { hintFields, type Hint } from "./hints";
import type { ReadError } from "./model";

interface Located {
  offset: number;
  message: string;
  hint?: Hint;
}

const CUT_OFF: Hint = { code: "cut-off" };

const WS = new Set([" ", "\t", "\n", "\r"]);

/** Scans `text` as JSON; returns where and why it stops being valid (null if it is valid). */
function scan(text: string): Located | null {
  let i = 0;
  const n = text.length;
  const skip = () => {
    while (i < n && WS.has(text[i] ?? "")) i++;
  };
  // Container stack: what we are inside, and the last object key read (for hints).
  // `valueAt`: where the current member's value should start (just after its colon).
  type Container = { kind: "object" | "array"; key: string | null; count: number; valueAt: number };
  const stack: Container[] = [];

  const readString = (): Located | null => {
    const start = i;
    i++; // opening quote
    while (i < n) {
      const c = text[i];
      if (c === '"') {
        i++;
        return null;
      }
      if (c === "\\") {
        const e = text[i + 1];
        if (e === "u") {
          if (!/^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6))) {
            return { offset: i, message: "Invalid \\u escape in a string" };
          }
          i += 6;
          continue;
        }
        if (e === undefined || !'"\\/bfnrt'.includes(e)) {
          return {
            offset: i,
            message: "Invalid escape in a string",
            hint: { code: "escape-backslash", values: { backslash: '"\\\\"' } },
          };
        }
        i += 2;
        continue;
      }
      if (c !== undefined && c < " ") {
        return {
          offset: i,
          message: c === "\n" ? "Line break inside a string" : "Control character inside a string",
          hint: { code: "string-open-on-line" },
        };
      }
      i++;
    }
    return {
      offset: start,
      message: "A string is never closed",
      hint: { code: "string-cut-off" },
    };
  };

  const readValue = (): Located | null => {
    skip();
    const c = text[i];
    if (c === undefined) {
      return {
        offset: n,
        message: "The text ends where a value was expected",
        hint: CUT_OFF,
      };
    }
    if (c === '"') return readString();
    if (c === "{" || c === "[") {
      stack.push({ kind: c === "{" ? "object" : "array", key: null, count: 0, valueAt: 0 });
      i++;
      return null;
    }
    const literal = /^(?:true|false|null|-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?)/.exec(
      text.slice(i, i + 400),
    );
    if (literal) {
      i += literal[0].length;
      return null;
    }
    const parent = stack[stack.length - 1];
    if ((c === "}" || c === ",") && parent?.kind === "object" && parent.key !== null) {
      // Point just after the colon, on the member's own line, not at what follows.
      return {
        offset: parent.valueAt,
        message: `A value is missing after "${parent.key}":`,
        hint:
          parent.key === "__IMTCONN__"
            ? { code: "connection-id-removed", values: { example: '"__IMTCONN__": null' } }
            : { code: "value-missing", values: { member: `"${parent.key}":` } },
      };
    }
    if (c === "'") {
      return {
        offset: i,
        message: "Single quotes are not JSON",
        hint: { code: "single-quotes", values: { example: '"text"' } },
      };
    }
    if (c === "/" && (text[i + 1] === "/" || text[i + 1] === "*")) {
      return {
        offset: i,
        message: "Comments are not allowed in JSON",
        hint: { code: "comment" },
      };
    }
    if (c === "]" || c === "}") {
      return {
        offset: i,
        message: `Unexpected "${c}" where a value was expected`,
        hint: { code: "comma-before-closer" },
      };
    }
    return { offset: i, message: `Unexpected character "${c}" where a value was expected` };
  };

  /** The comma between two items of `top`, with an item after it; null when both are there. */
  const readComma = (top: Container): Located | null => {
    const closer = top.kind === "object" ? "}" : "]";
    const item = top.kind === "object" ? "member" : "value";
    if (text[i] !== ",") {
      return {
        offset: i,
        message: `Expected "," or "${closer}" ${top.kind === "object" ? "after a member" : "in an array"}, found "${text[i]}"`,
        hint: { code: top.kind === "object" ? "comma-missing-members" : "comma-missing-values" },
      };
    }
    i++;
    skip();
    if (text[i] !== closer) return null;
    return {
      offset: i,
      message: `A comma before "${closer}" has no ${item} after it`,
      hint: { code: "trailing-comma" },
    };
  };

  let failure = readValue();
  while (!failure && stack.length > 0) {
    skip();
    const top = stack[stack.length - 1];
    if (!top) break;
    const c = text[i];
    if (c === undefined) {
      failure = {
        offset: n,
        message: `The text ends inside an ${top.kind === "object" ? "object" : "array"}`,
        hint: {
          code: "closer-missing",
          values: { closer: `"${top.kind === "object" ? "}" : "]"}"` },
        },
      };
      break;
    }
    const closer = top.kind === "object" ? "}" : "]";
    const justOpened = top.count === 0;
    if (c === closer) {
      i++;
      stack.pop();
      top.key = null;
      continue;
    }
    if (!justOpened) {
      failure = readComma(top);
      if (failure) break;
    }
    if (top.kind === "array") {
      top.count++;
      failure = readValue();
      continue;
    }
    // Object member: "key" ":" value
    if (text[i] !== '"') {
      const found = text[i];
      failure =
        found === "'"
          ? {
              offset: i,
              message: "Single quotes are not JSON",
              hint: { code: "single-quotes-name", values: { example: '"name"' } },
            }
          : {
              offset: i,
              message:
                found === undefined
                  ? "The text ends inside an object"
                  : `Expected a member name in double quotes, found "${found}"`,
            };
      break;
    }
    const keyStart = i;
    failure = readString();
    if (failure) break;
    const key = text.slice(keyStart + 1, i - 1);
    skip();
    if (text[i] !== ":") {
      failure = { offset: i, message: `Expected ":" after "${key}"` };
      break;
    }
    i++;
    top.key = key;
    top.valueAt = i;
    top.count++;
    failure = readValue();
  }
  if (failure) return failure;
  skip();
  if (i < n) {
    return {
      offset: i,
      message: "Unexpected text after the end of the JSON document",
      hint: { code: "trailing-text" },
    };
  }
  return null;
}

/** Whatever the scanner expected, a text that stops before it is a text cut off. */
function endedEarly(text: string, found: Located): Located {
  if (found.offset < text.length || found.hint) return found;
  return {
    ...found,
    message: `The text ends too early (${found.message.charAt(0).toLowerCase()}${found.message.slice(1)})`,
    hint: CUT_OFF,
  };
}

/** The located error for a text JSON.parse refused. */
export function describeJsonError(text: string): ReadError {
  // A document that starts like an object member lost its opening brace (seen in real files).
  const lostBrace = /^\s*"[^"\n]*"\s*:/.test(text);
  const found: Located = lostBrace
    ? {
        offset: text.search(/\S/),
        message: 'The document starts with a member name, without the opening "{"',
        hint: { code: "brace-missing", values: { brace: '"{"' } },
      }
    : endedEarly(text, scan(text) ?? { offset: 0, message: "The text is not valid JSON" });
  const { line, column, lineStart } = position(text, found.offset);
  const lineEnd = text.indexOf("\n", found.offset);
  const fullLine = text.slice(lineStart, lineEnd === -1 ? text.length : lineEnd).replace(/\r$/, "");
  // A window of the line around the column, so a 1 MB minified line stays readable.
  const from = Math.max(0, column - 1 - 40);
  const prefix = from > 0 ? "…" : "";
  return {
    code: "invalid-json",
    message: `${found.message} (line ${line}, column ${column}).`,
    line,
    column,
    excerpt: {
      text: prefix + fullLine.slice(from, from + 80),
      caret: " ".repeat(column - 1 - from + prefix.length) + "^",
    },
    ...(found.hint ? hintFields(found.hint) : {}),
  };
}

function position(text: string, offset: number) {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset && i < text.length; i++) {
    if (text.charCodeAt(i) === 10) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: offset - lineStart + 1, lineStart };
}
