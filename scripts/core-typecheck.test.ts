// Probe for src/core/tsconfig.json: core is type-checked without the DOM library, so a
// browser-only API used in core fails `npm run typecheck`, while what core may use passes.
import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { join, relative } from "node:path";
import { afterAll, describe, expect, it } from "vitest";

const folder = mkdtempSync(join("src", "core", "typecheck-probe-"));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

/** Type-checks one probe file with core's settings; the compiler's complaints, if any. */
function typecheck(code: string): string {
  writeFileSync(join(folder, "probe.ts"), code);
  writeFileSync(
    join(folder, "tsconfig.json"),
    JSON.stringify({
      extends: relative(folder, "src/core/tsconfig.json"),
      include: ["probe.ts", relative(folder, "src/core/globals.d.ts")],
      exclude: [],
    }),
  );
  try {
    execFileSync(process.execPath, ["node_modules/typescript/bin/tsc", "-p", folder], {
      encoding: "utf8",
    });
    return "";
  } catch (error) {
    return String((error as { stdout?: string }).stdout);
  }
}

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
