// The user's choices: stored and exported files of the old format are migrated (nothing lost,
// nothing widened), a dismissal applies to its scenario unless it says every scenario, and a
// dismissed change stays visible (and counted) in other scenarios.
import { describe, expect, it } from "vitest";
import { fixtureBytes } from "../../../test/fixtures";
import { readBlueprint } from "../blueprint/read";
import type { Scenario } from "../blueprint/model";
import { CATALOG } from "../catalog/index";
import { analyze, scopeOf } from "./analyze";
import { NO_RULES } from "./report";
import {
  dismissIn,
  isStoredRules,
  mergeRules,
  migrateRules,
  parseRulesFile,
  rulesFile,
  withoutChoice,
} from "./rules";

const TODAY = "2026-11-29";
function fixture(file: string): Scenario {
  const result = readBlueprint(fixtureBytes(file));
  if (!result.ok) throw new Error(file);
  return result.scenario;
}

describe("migration of saved choices", () => {
  const legacy = {
    confirmed: ["a|x"],
    dismissed: ["b|y", "c|z"],
    mapped: [{ moduleId: "m:N", entryId: "e" }],
  };

  it("reads the old format (bare keys) as dismissals in every scenario: none lost", () => {
    expect(isStoredRules(legacy)).toBe(true);
    expect(migrateRules(legacy)).toEqual({
      confirmed: ["a|x"],
      dismissed: [
        { ruleKey: "b|y", scenario: null },
        { ruleKey: "c|z", scenario: null },
      ],
      mapped: legacy.mapped,
    });
  });

  it("reads an exported file of version 1 and round-trips the new format", () => {
    const v1 = JSON.stringify({ kind: "api-change-desk/rules", version: 1, rules: legacy });
    const migrated = parseRulesFile(v1);
    expect(migrated?.dismissed).toHaveLength(2);
    expect(parseRulesFile(rulesFile(migrated!))).toEqual(migrated);
  });

  it("refuses what is not choices", () => {
    expect(isStoredRules({ confirmed: [1], dismissed: [], mapped: [] })).toBe(false);
    expect(isStoredRules({ confirmed: [], dismissed: [{ ruleKey: 3 }], mapped: [] })).toBe(false);
    expect(parseRulesFile('{"name":"a blueprint","flow":[]}')).toBeNull();
    expect(parseRulesFile("not json")).toBeNull();
  });

  it("merges imported choices, the import winning a conflict, scopes kept apart", () => {
    const current = dismissIn({ ...NO_RULES, confirmed: ["a|x"] }, "b|y", "name:One");
    const imported = dismissIn(dismissIn(NO_RULES, "a|x", null), "b|y", "name:Two");
    const merged = mergeRules(current, imported);
    expect(merged.confirmed).toEqual([]);
    expect(merged.dismissed).toEqual([
      { ruleKey: "b|y", scenario: "name:One" },
      { ruleKey: "a|x", scenario: null },
      { ruleKey: "b|y", scenario: "name:Two" },
    ]);
    expect(withoutChoice(merged, "b|y").dismissed).toEqual([{ ruleKey: "a|x", scenario: null }]);
  });
});

describe("scope of a dismissal", () => {
  // Two real scenarios with the same change (the Google restricted connection on @gmail.com).
  const first = fixture("024-certificate-invoice-orphans.json");
  const second = fixture("038-send-shortlist.json");
  const a8 = analyze(first, CATALOG, TODAY).findings.find((f) => f.ref === "A8")!;

  it("identifies a scenario by its name, an unnamed one by its modules", () => {
    expect(scopeOf(first)).toBe(`name:${first.name}`);
    const unnamed = { ...first, name: null };
    expect(scopeOf(unnamed)).toMatch(/^modules:[0-9a-f]+$/);
    expect(scopeOf(unnamed)).not.toBe(scopeOf({ ...second, name: null }));
  });

  it("applies to this scenario only by default: the other still shows the change", () => {
    const rules = dismissIn(NO_RULES, a8.ruleKey, scopeOf(first));
    const here = analyze(first, CATALOG, TODAY, rules);
    expect(here.findings.some((f) => f.ref === "A8")).toBe(false);
    expect(here.dismissed.map((f) => [f.ref, f.dismissal])).toEqual([["A8", "scenario"]]);
    const there = analyze(second, CATALOG, TODAY, rules);
    expect(there.findings.some((f) => f.ruleKey === a8.ruleKey)).toBe(true);
    expect(there.dismissed).toEqual([]);
  });

  it("applies to every scenario when the user says so", () => {
    const rules = dismissIn(NO_RULES, a8.ruleKey, null);
    for (const scenario of [first, second]) {
      const report = analyze(scenario, CATALOG, TODAY, rules);
      expect(report.findings.some((f) => f.ruleKey === a8.ruleKey)).toBe(false);
      expect(report.dismissed.map((f) => f.dismissal)).toEqual(["all"]);
    }
  });
});
