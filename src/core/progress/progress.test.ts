import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  applyComparison,
  doneStepIds,
  emptyProgress,
  markStep,
  mergeProgress,
  addsTo,
  progressToPrune,
  recentScenarios,
  resetProgress,
  type ScenarioProgress,
} from "./progress";
import { isScenarioProgress } from "./validate";

const STEPS = ["prepare", "connection-1", "module-2", "verify"];
const t = (minute: number) => new Date(Date.UTC(2026, 10, 22, 9, minute)).toISOString();
const start = emptyProgress("abc", "Orders", STEPS, t(0));

describe("marks", () => {
  it("checks and unchecks steps, in plan order", () => {
    let progress = markStep(start, "verify", true, "user", t(1));
    progress = markStep(progress, "prepare", true, "user", t(2));
    progress = markStep(progress, "verify", false, "user", t(3));
    expect(doneStepIds(progress)).toEqual(["prepare"]);
    expect(progress.updatedAt).toBe(t(3));
  });

  it("checks off the steps a re-export shows done, and only those of this plan", () => {
    const progress = applyComparison(
      start,
      {
        steps: [
          { stepId: "module-2", status: "done" },
          { stepId: "connection-1", status: "todo" },
          { stepId: "other-plan", status: "done" },
        ],
        newFindings: [],
      },
      t(5),
    );
    expect(doneStepIds(progress)).toEqual(["module-2"]);
    expect(progress.marks["module-2"]?.by).toBe("verify");
  });
});

describe("step ids named like Object.prototype members", () => {
  it("are marked, merged and counted like any other id", () => {
    const names = ["__proto__", "constructor", "toString", "hasOwnProperty"];
    const odd = emptyProgress("odd", null, names, t(0));
    const tabA = markStep(
      markStep(odd, "__proto__", true, "user", t(1)),
      "toString",
      true,
      "user",
      t(1),
    );
    const tabB = markStep(odd, "constructor", true, "user", t(2));
    expect(doneStepIds(odd)).toEqual([]);
    expect(doneStepIds(mergeProgress(tabA, tabB))).toEqual([
      "__proto__",
      "constructor",
      "toString",
    ]);
  });
});

describe("addsTo (is the merged state worth writing back?)", () => {
  it("is true only when the merge holds a mark or reset the stored value lacks", () => {
    const stored = markStep(start, "prepare", true, "user", t(1));
    const mine = markStep(start, "verify", true, "user", t(1));
    expect(addsTo(mergeProgress(stored, mine), stored)).toBe(true);
    expect(addsTo(mergeProgress(stored, start), stored)).toBe(false);
    expect(addsTo(mergeProgress(stored, resetProgress(start, t(2))), stored)).toBe(true);
  });
});

describe("mergeProgress (two tabs on one scenario)", () => {
  it("keeps the work of both tabs, step by step", () => {
    const tabA = markStep(start, "prepare", true, "user", t(1));
    const tabB = markStep(start, "module-2", true, "user", t(2));
    expect(doneStepIds(mergeProgress(tabA, tabB))).toEqual(["prepare", "module-2"]);
  });

  it("lets the later mark of a step win", () => {
    const checked = markStep(start, "prepare", true, "user", t(1));
    const unchecked = markStep(checked, "prepare", false, "user", t(4));
    expect(doneStepIds(mergeProgress(checked, unchecked))).toEqual([]);
    expect(doneStepIds(mergeProgress(unchecked, checked))).toEqual([]);
  });

  it("does not bring back marks older than a reset made in the other tab", () => {
    const old = markStep(start, "prepare", true, "user", t(1));
    const reset = resetProgress(old, t(2));
    const after = markStep(reset, "verify", true, "user", t(3));
    expect(doneStepIds(mergeProgress(old, after))).toEqual(["verify"]);
  });

  const arbitraryProgress = fc
    .array(
      fc.record({
        step: fc.constantFrom(...STEPS),
        done: fc.boolean(),
        minute: fc.integer({ min: 1, max: 50 }),
        by: fc.constantFrom("user" as const, "verify" as const),
      }),
      { maxLength: 8 },
    )
    .chain((marks) =>
      fc.option(fc.integer({ min: 1, max: 50 })).map((resetMinute) => {
        let progress: ScenarioProgress = start;
        for (const mark of marks) {
          progress = markStep(progress, mark.step, mark.done, mark.by, t(mark.minute));
        }
        return resetMinute === null
          ? progress
          : { ...progress, resetAt: t(resetMinute), updatedAt: t(Math.max(resetMinute, 1)) };
      }),
    );

  it("gives the same result whichever tab merges first, and merging twice changes nothing", () => {
    fc.assert(
      fc.property(arbitraryProgress, arbitraryProgress, arbitraryProgress, (a, b, c) => {
        expect(mergeProgress(a, b).marks).toEqual(mergeProgress(b, a).marks);
        expect(mergeProgress(mergeProgress(a, b), b)).toEqual(mergeProgress(a, b));
        expect(mergeProgress(mergeProgress(a, b), c).marks).toEqual(
          mergeProgress(a, mergeProgress(b, c)).marks,
        );
      }),
    );
  });
});

describe("recent scenarios", () => {
  const other = markStep(emptyProgress("def", null, ["a", "b"], t(0)), "a", true, "user", t(9));
  const mine = markStep(start, "prepare", true, "user", t(3));

  it("lists the most recent first with their progress", () => {
    expect(recentScenarios([mine, other])).toEqual([
      { hash: "def", scenarioName: null, done: 1, total: 2, updatedAt: t(9) },
      { hash: "abc", scenarioName: "Orders", done: 1, total: 4, updatedAt: t(3) },
    ]);
  });

  it("prunes the oldest first and never the scenario in use", () => {
    const many = Array.from({ length: 8 }, (_, i) => emptyProgress(`h${i}`, null, [], t(i)));
    expect(progressToPrune([...many, start], "h0", 5)).toEqual(["h2", "h1", "abc"]);
  });
});

describe("isScenarioProgress", () => {
  it("refuses times this app never writes, which no locale can format", () => {
    for (const bad of ["not a date", "0", "2026-13-45", "2026-11-22"]) {
      expect(isScenarioProgress({ ...start, updatedAt: bad }), bad).toBe(false);
      const marked = markStep(start, "prepare", true, "user", t(1));
      expect(
        isScenarioProgress({ ...marked, marks: { prepare: { ...marked.marks.prepare, at: bad } } }),
        bad,
      ).toBe(false);
    }
  });

  it("accepts what the functions produce", () => {
    expect(
      isScenarioProgress(resetProgress(markStep(start, "prepare", true, "user", t(1)), t(2))),
    ).toBe(true);
    expect(
      isScenarioProgress(
        JSON.parse(JSON.stringify(markStep(start, "module-2", true, "verify", t(7)))),
      ),
    ).toBe(true);
  });

  it.each([
    ["not an object", "progress"],
    ["an older version", { ...start, version: 0 }],
    ["a mark without time", { ...start, marks: { prepare: { done: true, by: "user" } } }],
    ["a bad date", { ...start, updatedAt: "yesterday" }],
    ["step ids that are not text", { ...start, stepIds: [1, 2] }],
    ["marks as a list", { ...start, marks: [] }],
    ["no hash", { ...start, hash: "" }],
  ])("refuses %s", (_name, value) => {
    expect(isScenarioProgress(value)).toBe(false);
  });
});
