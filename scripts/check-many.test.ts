// The command-line check with many paths and flags anywhere (issue: the first path was dropped).
import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { CATALOG } from "../src/core/catalog/index";
import { diagnoseBlueprint } from "../src/core/diagnosis/diagnose";
import { portfolioToCsv } from "../src/core/portfolio/export";
import { summarize } from "../src/core/portfolio/summary";
import { PORTFOLIO_WORDS_EN } from "../src/core/portfolio/words";

const DIR = "test/fixtures/blueprints";
const CLEAN = `${DIR}/006-rss-old-orphans.json`;
const ONBOARDING = `${DIR}/011-instructor-onboarding-io.json`;
const BROKEN = `${DIR}/041-lyavoicecare-redacted-conn.broken.json`;

const run = (...args: string[]) => {
  const result = spawnSync(process.execPath, ["scripts/check-bin.mjs", ...args], {
    encoding: "utf8",
  });
  return { code: result.status, out: result.stdout, err: result.stderr };
};

describe("fusion-check with many paths", () => {
  it("checks a single path given without any flag", () => {
    const { code, out } = run(ONBOARDING);
    expect(code).toBe(1);
    expect(out).toContain(ONBOARDING);
    expect(out).toMatch(
      /^1 scenario, 0 broken, findings: expired 0, critical 0, warning 0, info 1$/m,
    );
  });

  it("checks every path whether flags come before, between or after them", () => {
    for (const args of [
      ["--today", "2026-11-25", CLEAN, ONBOARDING],
      [CLEAN, "--today", "2026-11-25", ONBOARDING],
      [CLEAN, ONBOARDING, "--today", "2026-11-25"],
    ]) {
      const { code, out } = run(...args);
      expect(code, args.join(" ")).toBe(1);
      expect(out, args.join(" ")).toContain(CLEAN);
      expect(out, args.join(" ")).toContain(ONBOARDING);
      expect(out, args.join(" ")).toMatch(/^2 scenarios, 0 broken, /m);
    }
  });

  it("refuses --today without a date instead of taking the next path as one", () => {
    const { code, err } = run("--today", CLEAN);
    expect(code).toBe(2);
    expect(err).toMatch(/--today needs a date/);
  });

  it("computes severities as of the --today given after the path", () => {
    const file = `${DIR}/054-qstrauss-fusion-workfront.json`;
    const counts = (today: string) => {
      const report = JSON.parse(run("--json", file, "--today", today).out) as {
        today: string;
        files: { counts: Record<string, number> }[];
      };
      expect(report.today).toBe(today);
      return report.files[0]?.counts;
    };
    expect(counts("2020-01-01")).toMatchObject({ expired: 0, info: 1 });
    expect(counts("2030-01-01")).toMatchObject({ expired: 1, info: 0 });
  });

  it("prints the portfolio CSV: a line per module touched, the broken file located, totals on stderr", () => {
    const { code, out, err } = run(ONBOARDING, "--csv", BROKEN, CLEAN);
    expect(code).toBe(2);
    const lines = out.trimEnd().split("\r\n");
    expect(lines[0]).toBe("Scenario,File,Severity,Deadline,Change,Module,Module name,Confidence");
    expect(lines).toContain(
      `Instructor Onboarding Automation,${ONBOARDING},info,2024-07-08,A6 HubSpot CRM,#7,hubspotcrm:createCustomObject,likely`,
    );
    expect(lines.find((line) => line.includes(BROKEN))).toMatch(
      /unreadable,,.*line 108, column \d+/,
    );
    expect(lines.find((line) => line.includes(CLEAN))).toMatch(/no finding/);
    expect(err).toMatch(
      /2 scenarios, 1 broken, findings: expired 0, critical 0, warning 0, info 1/,
    );
  });

  it("--csv is the same table as the page's portfolio CSV of the same files", () => {
    const today = "2026-11-25";
    const files = [ONBOARDING, BROKEN, CLEAN];
    const { out } = run("--today", today, "--csv", ...files);
    // What the English page exports for these files (its words are the English words as they are).
    const entries = files.map((file) => ({
      id: file,
      fileName: file,
      hash: null,
      summary: summarize(diagnoseBlueprint(readFileSync(file), CATALOG, { today }), CATALOG),
    }));
    expect(out).toBe(
      portfolioToCsv(entries, PORTFOLIO_WORDS_EN, { today, locale: "en", redact: true }),
    );
  });
});
