/** An input that calls for each hint, for the tests (the one over the size limit is refused from its size). */
import type { HintCode } from "./hints";
import type { ReadError } from "./model";
import { HARD_LIMIT_BYTES, readBlueprint, refusedForSize } from "./read";

/** The error reading `input` gives (throws when it reads). */
export const errorOf = (input: string): ReadError => {
  const result = readBlueprint(input);
  if (result.ok) throw new Error("expected an error");
  return result.error;
};

export const HINT_CAUSES: [HintCode, () => ReadError][] = [
  ["escape-backslash", () => errorOf('{"path": "C:\\Users"}')],
  ["string-open-on-line", () => errorOf('{"name": "x\n"}')],
  ["string-cut-off", () => errorOf('{"name": "Invoices')],
  ["cut-off", () => errorOf('{"name": "x", "flow":')],
  ["connection-id-removed", () => errorOf('{"parameters": {"__IMTCONN__": }}')],
  ["value-missing", () => errorOf('{"name": }')],
  ["single-quotes", () => errorOf("{\"name\": 'x'}")],
  ["single-quotes-name", () => errorOf("{'name': 'x'}")],
  ["comment", () => errorOf('{"name": // the name\n"x"}')],
  ["comma-before-closer", () => errorOf('{"flow": [1, }')],
  ["comma-missing-members", () => errorOf('{"a": 1 "b": 2}')],
  ["comma-missing-values", () => errorOf('{"flow": [1 2]}')],
  ["trailing-comma", () => errorOf('{"flow": [1, 2,]}')],
  ["closer-missing", () => errorOf('{"name": "x"')],
  ["trailing-text", () => errorOf('{"name": "x"} and more')],
  ["brace-missing", () => errorOf('"name": "x"}')],
  ["paste-export", () => errorOf("   ")],
  ["export-blueprint", () => errorOf('{"hello": "world"}')],
  ["too-large", () => refusedForSize(HARD_LIMIT_BYTES + 1)!],
];
