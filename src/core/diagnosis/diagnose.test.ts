import { describe, expect, it } from "vitest";
import { analyze } from "../analysis/analyze";
import { planUpgrade } from "../analysis/plan";
import { readBlueprint } from "../blueprint/read";
import { CATALOG } from "../catalog/index";
import { fixtureFiles, fixtureText } from "../../../test/fixtures";
import { diagnoseBlueprint, type DiagnosisProgress } from "./diagnose";

const TODAY = "2026-11-25";

describe("diagnoseBlueprint", () => {
  it("gives every real fixture the same result as its steps run one by one", () => {
    for (const file of fixtureFiles()) {
      const text = fixtureText(file);
      const outcome = diagnoseBlueprint(text, CATALOG, { today: TODAY });
      const read = readBlueprint(text);
      expect(outcome.ok, file).toBe(read.ok);
      if (!outcome.ok || !read.ok) continue;
      const report = analyze(read.scenario, CATALOG, TODAY);
      expect(outcome.report, file).toEqual(report);
      expect(outcome.plan, file).toEqual(planUpgrade(read.scenario, report, CATALOG));
    }
  });

  it("reads bytes as it reads text", () => {
    const file = fixtureFiles().find((name) => !name.includes(".broken."))!;
    const text = fixtureText(file);
    const fromText = diagnoseBlueprint(text, CATALOG, { today: TODAY });
    const fromBytes = diagnoseBlueprint(new TextEncoder().encode(text), CATALOG, { today: TODAY });
    expect(fromBytes).toEqual(fromText);
  });

  it("applies the user's choices", () => {
    const text = fixtureText(fixtureFiles().find((name) => name.startsWith("001-"))!);
    const plain = diagnoseBlueprint(text, CATALOG, { today: TODAY });
    if (!plain.ok) throw new Error("fixture 001 must read");
    const likely = plain.report.findings.find((finding) => finding.confidence === "likely");
    if (!likely) throw new Error("fixture 001 has a likely finding");
    const chosen = diagnoseBlueprint(text, CATALOG, {
      today: TODAY,
      choices: {
        confirmed: [],
        dismissed: [{ ruleKey: likely.ruleKey, scenario: null }],
        mapped: [],
      },
    });
    if (!chosen.ok) throw new Error("fixture 001 must read");
    expect(chosen.report.findings.some((finding) => finding.id === likely.id)).toBe(false);
  });

  it("reports its phases in order and stops after reading a broken file", () => {
    const phases = (input: string) => {
      const seen: DiagnosisProgress[] = [];
      diagnoseBlueprint(input, CATALOG, { today: TODAY, onProgress: (p) => seen.push(p) });
      return seen.map((p) => `${p.phase} ${p.fraction}`);
    };
    const good = fixtureText(fixtureFiles().find((name) => !name.includes(".broken."))!);
    expect(phases(good)).toEqual(["reading 1", "analyzing 0", "analyzing 0.7", "analyzing 1"]);
    const broken = fixtureText(fixtureFiles().find((name) => name.includes(".broken."))!);
    expect(phases(broken)).toEqual(["reading 1"]);
  });
});
