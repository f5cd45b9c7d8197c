// Probe for the catalog's translations (docs/decisions/0014): a language's table that lacks an
// entry, a field or a connection name, or has one English does not, fails `npm run typecheck`.
import { afterAll, describe, expect, it } from "vitest";
import { typecheckProbe } from "./lib/typecheck-probe";

const { typecheck, remove } = typecheckProbe();
afterAll(remove);

const header =
  'import type { CatalogTexts } from "../catalog/texts/en";\n' +
  'import { FR_TEXTS } from "../catalog/texts/fr";\n';

describe("the catalog translations' typecheck", () => {
  it("accepts a complete table", () => {
    expect(typecheck(`${header}export const probe: CatalogTexts = FR_TEXTS;\n`)).toBe("");
  });

  it("refuses a table without one of the entries", () => {
    const code =
      `${header}const { "openai-create-completion": _left, ...rest } = FR_TEXTS;\n` +
      "export const probe: CatalogTexts = rest;\n";
    expect(typecheck(code)).toMatch(/Property '"?openai-create-completion"?' is missing/);
  });

  it("refuses an entry without one of its fields (its notes here)", () => {
    const code =
      `${header}export const probe: CatalogTexts = { ...FR_TEXTS, "openai-create-completion": {\n` +
      '  summary: "s", replacement: "r", dates: { deprecated: "d" } } };\n';
    expect(typecheck(code)).toMatch(/Property 'notes' is missing/);
  });

  it("refuses a missing connection name", () => {
    const missing =
      `${header}export const probe: CatalogTexts = { ...FR_TEXTS, "google-restricted-scopes": {\n` +
      '  ...FR_TEXTS["google-restricted-scopes"], connections: [] } };\n';
    expect(typecheck(missing)).toMatch(/error TS2322/);
  });

  it("refuses a field the English entry does not have", () => {
    const extra =
      `${header}export const probe: CatalogTexts = { ...FR_TEXTS, "hubspot-crm-deprecated-connection": {\n` +
      '  summary: "s", notes: "n" } };\n';
    expect(typecheck(extra)).toMatch(/'notes' does not exist/);
  });

  it("refuses a catalog entry whose id has no words", () => {
    const code =
      'import { entry } from "../catalog/build";\n' +
      'export const probe = entry({ id: "no-such-entry", ref: "Z1", category: "auth",\n' +
      '  level: "connection", upgrade: { method: "none" }, sources: [] });\n';
    expect(typecheck(code)).toMatch(/"no-such-entry"' is not assignable/);
  });
});
