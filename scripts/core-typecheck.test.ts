// Probe for src/core/tsconfig.json: core is type-checked without the DOM library, so a
// browser-only API used in core fails `npm run typecheck`, while what core may use passes.
import { afterAll, describe, expect, it } from "vitest";
import { typecheckProbe } from "./lib/typecheck-probe";

const { typecheck, remove } = typecheckProbe();
afterAll(remove);

describe("core's typecheck", () => {
  it("refuses the DOM", () => {
    expect(typecheck("export const probe = () => document.title;\n")).toMatch(
      /Cannot find name 'document'/,
    );
    expect(typecheck("export const probe = () => indexedDB.open('x');\n")).toMatch(
      /Cannot find name 'indexedDB'/,
    );
  });

  it("allows the standard APIs core relies on", () => {
    expect(
      typecheck(
        "export const probe = (bytes: Uint8Array) =>\n" +
          "  new URL('https://a.example/b').pathname + new TextDecoder('utf-8').decode(bytes);\n",
      ),
    ).toBe("");
  });
});
