import { describe, expect, it } from "vitest";
import { analyze } from "../analysis/analyze";
import { readBlueprint } from "../blueprint/read";
import { CATALOG } from "../catalog/index";
import { buildExamples, EXAMPLE_KINDS, EXAMPLE_WORDS_EN, type ExampleWords } from "./examples";

const TODAY = "2026-01-15";
const examples = buildExamples(CATALOG);

describe("examples built from the catalog", () => {
  it("cover every kind of change and one without findings", () => {
    expect(examples.map((example) => example.kind)).toEqual([...EXAMPLE_KINDS]);
  });

  for (const example of examples) {
    describe(example.kind, () => {
      const read = readBlueprint(example.text);

      it("is a readable blueprint named as an example", () => {
        expect(read.ok).toBe(true);
        if (read.ok) expect(read.scenario.name).toMatch(/^Example: /);
      });

      it(
        example.kind === "none"
          ? "has nothing to fix"
          : `yields a ${example.kind} finding for its catalog entry`,
        () => {
          if (!read.ok) throw new Error("unreadable example");
          const report = analyze(read.scenario, CATALOG, TODAY);
          if (example.kind === "none") {
            expect(report.findings).toEqual([]);
            return;
          }
          const finding = report.findings.find((f) => f.entryId === example.entryId);
          expect(finding?.level).toBe(example.kind);
          // The affected module is the second one, between the trigger and the tail.
          expect(finding?.moduleKeys).toContain(read.scenario.modules[1]?.key);
        },
      );
    });
  }
});

describe("examples in another language", () => {
  // Words as a translation would give them: every name and label says which key it came from.
  const keys = Object.keys(EXAMPLE_WORDS_EN) as (keyof ExampleWords)[];
  const words = Object.fromEntries(
    keys.map((key) => [key, `«${key}» ${EXAMPLE_WORDS_EN[key].replace(/^[^{]*/, "")}`]),
  ) as ExampleWords;

  it("names every example and labels its modules in the words given", () => {
    for (const example of buildExamples(CATALOG, CATALOG, words)) {
      const read = readBlueprint(example.text);
      if (!read.ok) throw new Error("unreadable example");
      expect(read.scenario.name).toMatch(new RegExp(`^«examples\\.${example.kind}»`));
      expect(read.scenario.modules[0]?.label).toMatch(/^«examples\.label\.receive»/);
      const labels = read.scenario.modules.map((module) => module.label ?? "");
      expect(
        labels.some((label) => label.startsWith("Receive") || label.startsWith("Use the")),
      ).toBe(false);
    }
  });
});
