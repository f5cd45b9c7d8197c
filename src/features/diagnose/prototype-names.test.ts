// Module ids are blueprint text: ids spelled like Object.prototype members ("constructor",
// "__proto__", "toString"…) must lay out, badge and navigate like any other id.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { analyze } from "../../core/analysis/analyze";
import { readBlueprint } from "../../core/blueprint/read";
import { CATALOG } from "../../core/catalog/index";
import { layoutScenario } from "../../core/layout/layout";
import { nextInDirection } from "../../ui/scenario-graph/keyboard";
import { moduleBadges } from "../../core/analysis/badges";

const PROTOTYPE_NAMES = Object.getOwnPropertyNames(Object.prototype);
const MODULES = ["openai-gpt-3:CreateCompletion", "slack:CreateMessage", "util:SetVariable2"];

const moduleSpec = fc.record({
  id: fc.oneof(fc.constantFrom(...PROTOTYPE_NAMES), fc.nat({ max: 20 })),
  module: fc.constantFrom(...MODULES),
  /** Where the editor put it (undefined: no designer position, so the tidy layout runs). */
  at: fc.option(fc.record({ x: fc.integer(), y: fc.integer() }), { nil: undefined }),
});

function blueprint(
  specs: { id: string | number; module: string; at?: { x: number; y: number } }[],
) {
  return JSON.stringify({
    name: "prototype names",
    flow: specs.map(({ id, module, at }) => ({
      id,
      module,
      version: 1,
      parameters: {},
      mapper: {},
      metadata: at ? { designer: at } : {},
    })),
    metadata: { zone: "eu1.make.com" },
  });
}

describe("module ids named like Object.prototype members", () => {
  it("every module gets a finite place, every affected one its badge, arrows stay on modules", () => {
    fc.assert(
      fc.property(fc.array(moduleSpec, { minLength: 1, maxLength: 12 }), (specs) => {
        const read = readBlueprint(blueprint(specs));
        if (!read.ok) throw new Error(read.error.message);
        const { modules } = read.scenario;
        const keys = new Set(modules.map((module) => module.key));

        const positions = layoutScenario(modules);
        for (const module of modules) {
          const point = positions.get(module.key);
          expect(Number.isFinite(point?.x), module.key).toBe(true);
          expect(Number.isFinite(point?.y), module.key).toBe(true);
        }

        const report = analyze(read.scenario, CATALOG, "2026-11-25");
        const badges = moduleBadges(report.findings);
        for (const finding of report.findings) {
          for (const key of finding.moduleKeys) expect(badges.get(key), key).toBeTypeOf("string");
        }
        expect([...badges.keys()].every((key) => keys.has(key))).toBe(true);

        for (const key of keys) {
          for (const direction of ["left", "right", "up", "down"] as const) {
            const next = nextInDirection(key, direction, positions);
            if (next !== null) expect(keys.has(next), next).toBe(true);
          }
        }
      }),
      { numRuns: 300 },
    );
  });
});
