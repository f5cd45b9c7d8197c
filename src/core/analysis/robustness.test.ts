// Thousands of mutated real blueprints and random documents: the reader answers with a scenario
// or a typed error, and the analyzer finishes, every time.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { readBlueprint } from "../blueprint/read";
import { CATALOG } from "../catalog/index";
import { fixtureText } from "../../../test/fixtures";
import { analyze } from "./analyze";
import { planUpgrade } from "./plan";

const CODES = new Set(["empty", "too-large", "invalid-json", "not-a-blueprint"]);
const base = fixtureText("014-senseflow-example.json");

function readAndAnalyze(text: string) {
  const result = readBlueprint(text);
  if (!result.ok) {
    expect(CODES).toContain(result.error.code);
    expect(result.error.message.length).toBeGreaterThan(0);
    return;
  }
  const report = analyze(result.scenario, CATALOG, "2026-11-25");
  planUpgrade(result.scenario, report, CATALOG);
}

describe("robustness", () => {
  it("survives 2,000 mutations of a real export (cuts, insertions, deletions)", () => {
    const mutation = fc.record({
      at: fc.nat({ max: base.length }),
      length: fc.nat({ max: 40 }),
      insert: fc.string({ maxLength: 4 }),
      truncate: fc.boolean(),
    });
    fc.assert(
      fc.property(mutation, ({ at, length, insert, truncate }) => {
        const text = truncate
          ? base.slice(0, at)
          : base.slice(0, at) + insert + base.slice(at + length);
        readAndAnalyze(text);
      }),
      { numRuns: 2000 },
    );
  });

  it("survives structurally valid but odd blueprints (wrong types where modules are expected)", () => {
    const odd = fc.anything({ maxDepth: 3 });
    fc.assert(
      fc.property(odd, odd, odd, (a, b, c) => {
        const text = JSON.stringify({
          name: a,
          flow: [
            {
              id: b,
              module: "slack:CreateMessage",
              version: c,
              routes: [{ flow: [a, b] }],
              metadata: { designer: a, restore: b, parameters: c },
            },
          ],
          metadata: { zone: b, designer: { orphans: [c] } },
        });
        if (text !== undefined) readAndAnalyze(text);
      }),
      { numRuns: 1000 },
    );
  });
});
