import { describe, expect, it } from "vitest";
import { CATALOG } from "../catalog/index";
import { diagnoseBlueprint } from "../diagnosis/diagnose";
import { fixtureFiles, fixtureText } from "../../../test/fixtures";
import { upgradeState, type PortfolioEntry } from "./entry";
import { portfolioLines, portfolioToCsv, portfolioToMarkdown } from "./export";
import { summarize } from "./summary";
import { changeTotals, portfolioCounts } from "./totals";
import { ALL_SCENARIOS, filterChoices, portfolioView } from "./view";
import { PORTFOLIO_WORDS_EN } from "./words";

const TODAY = "2026-11-25";
const entryOf = (file: string, text = fixtureText(file)): PortfolioEntry => ({
  id: file,
  fileName: file,
  hash: null,
  summary: summarize(diagnoseBlueprint(text, CATALOG, { today: TODAY }), CATALOG),
});
const ALL = fixtureFiles().map((file) => entryOf(file));
const byFile = (file: string) => ALL.find((entry) => entry.fileName.startsWith(file))!;

describe("summarize", () => {
  it("keeps what a row needs: platform, modules, counts, nearest deadline, steps", () => {
    const { summary } = byFile("011-");
    expect(summary).toMatchObject({
      ok: true,
      name: "Instructor Onboarding Automation",
      platform: "make",
      modules: 12,
      counts: { expired: 0, critical: 0, warning: 0, info: 1 },
      nearestDeadline: "2024-07-08",
    });
    if (!summary.ok) throw new Error("011 reads");
    expect(summary.apps).toContain("slack");
    expect(summary.stepIds.length).toBeGreaterThan(1);
    expect(summary.findings.find((f) => f.ref === "A6")?.modules).toEqual([
      { number: 7, module: "hubspotcrm:createCustomObject", label: null },
    ]);
    // Its Slack module is on the new connector's connection (slack2): not a finding.
    expect(summary.findings.find((f) => f.ref === "C5")).toBeUndefined();
  });

  it("keeps a broken file's located error, without the excerpt of its text", () => {
    const { summary } = byFile("041-");
    expect(summary).toMatchObject({ ok: false, error: { code: "invalid-json", line: 108 } });
    if (summary.ok) throw new Error("041 is broken");
    expect(summary.error.excerpt).toBeUndefined();
  });
});

describe("portfolioView", () => {
  it("sorts by urgency: broken first, then the worst severity, scenarios without findings last", () => {
    const rank = (entry: PortfolioEntry) => {
      if (!entry.summary.ok) return 0;
      const { counts } = entry.summary;
      const worst = (["expired", "critical", "warning", "info"] as const).findIndex(
        (severity) => counts[severity] > 0,
      );
      return worst === -1 ? 5 : worst + 1;
    };
    const ranks = portfolioView(ALL, ALL_SCENARIOS).map(rank);
    expect(ranks).toHaveLength(ALL.length);
    expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
    expect(ranks[0]).toBe(0);
    expect(ranks.at(-1)).toBe(5);
  });

  it("sorts by name and by deadline", () => {
    const names = portfolioView(ALL, { ...ALL_SCENARIOS, sort: "name" }).map(
      (e) => (e.summary.ok ? e.summary.name : null) ?? e.fileName,
    );
    expect(names).toEqual(
      [...names].sort((a, b) => a.localeCompare(b, "en", { sensitivity: "base", numeric: true })),
    );
    const deadlines = portfolioView(ALL, { ...ALL_SCENARIOS, sort: "deadline" }).map((e) =>
      e.summary.ok ? e.summary.nearestDeadline : null,
    );
    const dated = deadlines.filter((d): d is string => d !== null);
    expect(dated).toEqual([...dated].sort());
    expect(deadlines.indexOf(null)).toBe(dated.length); // undated after every dated one
  });

  it("filters by severity, app and change, and searches names", () => {
    const warnings = portfolioView(ALL, { ...ALL_SCENARIOS, severity: "warning" });
    expect(warnings.length).toBeGreaterThan(0);
    for (const e of warnings) expect(e.summary.ok && e.summary.counts.warning).toBeGreaterThan(0);

    const slack = portfolioView(ALL, { ...ALL_SCENARIOS, app: "slack" });
    expect(slack.map((e) => e.fileName)).toContain(byFile("011-").fileName);
    for (const e of slack) expect(e.summary.ok && e.summary.apps).toContain("slack");

    const b3 = portfolioView(ALL, { ...ALL_SCENARIOS, change: "openai-create-completion" });
    const b3Files = ALL.filter(
      (e) => e.summary.ok && e.summary.findings.some((f) => f.ref === "B3"),
    );
    expect(b3.length).toBeGreaterThan(1);
    expect(b3.length).toBe(b3Files.length);

    expect(portfolioView(ALL, { ...ALL_SCENARIOS, search: "ONBOARDING" }).map((e) => e.id)).toEqual(
      [byFile("011-").id],
    );
    expect(portfolioView(ALL, { ...ALL_SCENARIOS, search: "041-" })).toHaveLength(1);
  });

  it("offers the apps and changes present", () => {
    const { apps, changes } = filterChoices(ALL);
    expect(apps).toContain("slack");
    expect(changes.map((c) => c.ref)).toContain("B3");
  });
});

describe("changeTotals", () => {
  it("counts each scenario once per change, with the earliest deadline", () => {
    const totals = changeTotals(ALL);
    const a6 = totals.find((total) => total.ref === "A6")!;
    const touched = ALL.filter(
      (e) => e.summary.ok && e.summary.findings.some((f) => f.entryId === a6.entryId),
    );
    expect(a6.scenarios).toBe(touched.length);
    expect(a6.earliestDeadline).toBe("2024-07-08");
    expect(portfolioCounts(ALL)).toMatchObject({ scenarios: ALL.length - 1, broken: 1 });
  });
});

describe("portfolio exports", () => {
  const options = { today: TODAY, locale: "en" as const, redact: true };

  it("has one CSV line per module touched, with its number, severity, deadline and confidence", () => {
    const csv = portfolioToCsv([byFile("001-")], PORTFOLIO_WORDS_EN, options);
    const lines = csv.trimEnd().split("\r\n");
    expect(lines[0]).toBe("Scenario,File,Severity,Deadline,Change,Module,Module name,Confidence");
    const openAiLines = lines.filter((line) => line.includes(",B3 OpenAI (ChatGPT & DALL-E),"));
    expect(openAiLines).toHaveLength(3);
    // Three modules of the same id, told apart by their numbers.
    expect(openAiLines.map((line) => line.split(",")[5])).toEqual(["#18", "#29", "#103"]);
    expect(openAiLines[0]).toMatch(
      /,warning,,B3 OpenAI \(ChatGPT & DALL-E\),#18,openai-gpt-3:CreateCompletion,likely$/,
    );
  });

  it("redacts e-mail addresses in names and labels unless asked not to", () => {
    const entry = entryOf(
      "mail.json",
      JSON.stringify({
        name: "Ops for jane.doe@example.com",
        flow: [
          {
            id: 7,
            module: "slack:CreateMessage",
            version: 1,
            metadata: { designer: { name: "to bob@example.org" } },
          },
        ],
        metadata: { zone: "eu1.make.com" },
      }),
    );
    const redacted = portfolioToCsv([entry], PORTFOLIO_WORDS_EN, options);
    expect(redacted).not.toMatch(/@example\./);
    expect(redacted).toContain("#7");
    const kept = portfolioToCsv([entry], PORTFOLIO_WORDS_EN, { ...options, redact: false });
    expect(kept).toContain("jane.doe@example.com");
    expect(kept).toContain("to bob@example.org (slack:CreateMessage)");
  });

  it("writes a Markdown table whose cells cannot carry markup", () => {
    const entry = entryOf(
      "x.json",
      JSON.stringify({ name: "<img src=x> | *bold*", flow: [], metadata: {} }),
    );
    const markdown = portfolioToMarkdown([entry, byFile("041-")], PORTFOLIO_WORDS_EN, options);
    expect(markdown).toContain("# Scenario portfolio");
    expect(markdown).toContain("1 scenarios, 1 unreadable files");
    expect(markdown).toContain("\\<img src=x\\> \\| \\*bold\\*");
    expect(markdown).toMatch(/\| unreadable \| {2}\| .*line 108, column \d+/);
    expect(portfolioLines([entry], PORTFOLIO_WORDS_EN, options)).toHaveLength(1);
  });
});

describe("upgradeState", () => {
  it("counts the kept marks that are steps of the plan", () => {
    const entry = byFile("011-");
    if (!entry.summary.ok) throw new Error("011 reads");
    const [first, second] = entry.summary.stepIds;
    expect(upgradeState(entry, [first!, second!, "gone-step"])).toEqual({
      done: 2,
      total: entry.summary.stepIds.length,
    });
    expect(upgradeState(byFile("041-"), [])).toBeNull();
  });
});
