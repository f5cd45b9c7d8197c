import { describe, expect, it } from "vitest";
import { NO_RULES } from "./report";
import { isUserRules, mergeRules, parseRulesFile, rulesFile } from "./user-rules";

describe("rules files", () => {
  const rules = {
    confirmed: ["a|x"],
    dismissed: ["b|y"],
    mapped: [{ moduleId: "m:N", entryId: "e" }],
  };

  it("round-trips through the exported file", () => {
    expect(parseRulesFile(rulesFile(rules))).toEqual(rules);
  });

  it("accepts bare rules and refuses anything else", () => {
    expect(parseRulesFile(JSON.stringify(rules))).toEqual(rules);
    expect(parseRulesFile('{"name":"a blueprint","flow":[]}')).toBeNull();
    expect(parseRulesFile("not json")).toBeNull();
    expect(isUserRules({ confirmed: [1], dismissed: [], mapped: [] })).toBe(false);
  });

  it("merges imported choices, the import winning a conflict", () => {
    const current = { confirmed: ["a|x", "c|z"], dismissed: [], mapped: [] };
    const imported = { confirmed: [], dismissed: ["a|x"], mapped: [] };
    expect(mergeRules(current, imported)).toEqual({
      confirmed: ["c|z"],
      dismissed: ["a|x"],
      mapped: [],
    });
    expect(mergeRules(NO_RULES, rules)).toEqual(rules);
  });
});
