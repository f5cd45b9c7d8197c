// Every way to fix a blueprint that cannot be read has a code the page words in each language,
// and the English sentence the command line prints is that code's, with the JSON to type as is.
import { describe, expect, it } from "vitest";
import { englishHint, HINT_CODES } from "./hints";
import { errorOf, HINT_CAUSES as CAUSES } from "./test-hint-causes";

describe("hints", () => {
  it("has an input for every code", () => {
    expect(CAUSES.map(([code]) => code).sort()).toEqual([...HINT_CODES].sort());
  });

  it.each(CAUSES)(
    "%s: the error carries the code, and its English words for the CLI",
    (code, cause) => {
      const error = cause();
      expect(error.hintCode).toBe(code);
      expect(error.hint).toBe(englishHint({ code, values: error.hintValues }));
      expect(error.hint).not.toMatch(/\{\w+\}/); // every placeholder filled
    },
  );

  it("gives JSON to type with its straight quotes, and names the member from the text", () => {
    expect(errorOf("{'name': 'x'}").hintValues).toEqual({ example: '"name"' });
    expect(errorOf('{"path": "C:\\Users"}').hint).toBe('Write a backslash as "\\\\".');
    expect(errorOf('{"retries": }').hint).toBe(
      'Put a value after "retries": (a number, a string in double quotes, true, false or null).',
    );
    expect(errorOf('{"name": "x"').hintValues).toEqual({ closer: '"}"' });
  });
});
