// Probes for the layer rules in eslint.config.js: each forbidden import or global must be
// reported, and its allowed counterpart must not, so a rule that silently stops working fails here.
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { ESLint } from "eslint";
import { afterAll, describe, expect, it } from "vitest";

const LAYER_RULES = new Set([
  "import/no-restricted-paths",
  "no-restricted-globals",
  "no-restricted-imports",
  "no-restricted-syntax",
]);

/** Only the given rules, and no type information: most probe files are not on disk. */
const linter = (rules: Set<string>) =>
  new ESLint({
    overrideConfig: { languageOptions: { parserOptions: { projectService: false } } },
    ruleFilter: ({ ruleId }) => rules.has(ruleId),
  });
const eslint = linter(LAYER_RULES);

async function problems(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).map((message) => `${message.ruleId}: ${message.message}`);
}

const imports = (path: string) => `import * as probe from "${path}";\nexport { probe };\n`;

describe("layer rules", () => {
  it.each([
    ["src/core/analysis/probe.ts", "../../features/diagnose/findings-view", "core → features"],
    ["src/core/analysis/probe.ts", "../../lib/storage", "core → lib"],
    ["src/core/analysis/probe.ts", "../../i18n/bundle", "core → i18n"],
    ["src/core/analysis/probe.tsx", "../../ui/Loading", "core (.tsx) → ui"],
    ["src/core/probe.ts", "../app/routes", "core → app"],
    ["src/features/upgrade/probe.ts", "../diagnose/findings-view", "feature → feature"],
    ["src/features/docs/probe.tsx", "../upgrade/StepCard", "feature → feature (.tsx)"],
    ["src/ui/probe.ts", "../app/Shell", "ui → app"],
    ["src/ui/probe.ts", "../features/diagnose/FindingCard", "ui → features"],
    ["src/lib/probe.ts", "../app/routes", "lib → app"],
    ["src/lib/probe.ts", "../features/upgrade/StepCard", "lib → features"],
    ["src/lib/probe.ts", "../ui/Loading", "lib → ui"],
    ["src/i18n/probe.ts", "../app/routes", "i18n → app"],
    ["src/i18n/probe.ts", "../lib/storage", "i18n → lib"],
  ])("%s importing %s is refused (%s)", async (file, path) => {
    const found = await problems(file, imports(path));
    expect(found.some((message) => message.startsWith("import/no-restricted-paths"))).toBe(true);
  });

  it.each([
    ["src/core/analysis/probe.ts", "../catalog/index"],
    ["src/features/upgrade/probe.ts", "./StepCard"],
    ["src/features/upgrade/probe.ts", "../../lib/storage"],
    ["src/features/upgrade/probe.ts", "../../ui/Loading"],
    ["src/ui/probe.ts", "../lib/theme"],
    ["src/i18n/probe.ts", "../core/locale/locales"],
    ["src/app/probe.ts", "../features/docs/DocsPage"],
  ])("%s importing %s is allowed", async (file, path) => {
    expect(await problems(file, imports(path))).toEqual([]);
  });

  it.each(["window", "document", "location", "self", "indexedDB", "navigator", "localStorage"])(
    "core may not touch the browser global %s",
    async (name) => {
      const found = await problems("src/core/probe.ts", `export const probe = () => ${name};\n`);
      expect(found.some((message) => message.startsWith("no-restricted-globals"))).toBe(true);
    },
  );

  it("core may not reach the page through globalThis", async () => {
    const found = await problems(
      "src/core/probe.ts",
      "export const probe = () => globalThis.document;\n",
    );
    expect(found.some((message) => message.startsWith("no-restricted-globals"))).toBe(true);
  });

  it("core has no React, no Node built-ins and no JSX", async () => {
    const react = await problems("src/core/probe.ts", imports("react"));
    const node = await problems("src/core/probe.ts", imports("node:fs"));
    const jsx = await problems("src/core/probe.tsx", "export const probe = <div />;\n");
    expect(react.some((message) => message.startsWith("no-restricted-imports"))).toBe(true);
    expect(node.some((message) => message.startsWith("no-restricted-imports"))).toBe(true);
    expect(jsx.some((message) => message.startsWith("no-restricted-syntax"))).toBe(true);
  });

  describe("import cycles", () => {
    // A cycle is seen only across files that exist, so the probe writes two and removes them.
    const folder = mkdtempSync(join("src", "core", "cycle-probe-"));
    afterAll(() => rmSync(folder, { recursive: true, force: true }));

    it("two modules importing each other are refused", async () => {
      writeFileSync(join(folder, "a.ts"), 'import { b } from "./b";\nexport const a = () => b;\n');
      writeFileSync(join(folder, "b.ts"), 'import { a } from "./a";\nexport const b = () => a;\n');
      const [result] = await linter(new Set(["import/no-cycle"])).lintFiles([join(folder, "a.ts")]);
      expect(result?.messages.map((message) => message.ruleId)).toContain("import/no-cycle");
    });
  });
});
