// Type-checks a probe file with core's settings (no DOM), for tests that prove what the
// typecheck refuses. The probe lives in a temporary folder under src/core, removed afterwards.
import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { join, relative } from "node:path";

export interface TypecheckProbe {
  /** The compiler's complaints about `code`, or "" when it type-checks. */
  typecheck: (code: string) => string;
  remove: () => void;
}

export function typecheckProbe(): TypecheckProbe {
  const folder = mkdtempSync(join("src", "core", "typecheck-probe-"));
  return {
    typecheck: (code) => {
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
    },
    remove: () => rmSync(folder, { recursive: true, force: true }),
  };
}
