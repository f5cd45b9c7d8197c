import { describe, expect, it } from "vitest";
import { describePlan, type DescribeOptions } from "./describe";
import { csvCell, PLAN_CSV_COLUMNS, planToCsv } from "./csv";
import { escapeMarkdown, planToMarkdown } from "./markdown";
import { planToText } from "./text";
import { HANDOVER_WORDS_EN, type HandoverWords } from "./words";
import { CATALOG_FIXTURE, PLAN, REPORT, SCENARIO } from "./test-plan";
import type { HandoverMeta } from "./header";

/** The same finding as analyzed on a Fusion export: no platform note. */
const ON_FUSION: DescribeOptions["report"] = {
  platform: "fusion",
  findings: REPORT.findings.map((finding) => ({
    ...finding,
    platformNote: false,
    evidence: finding.evidence.filter((item) => item.code !== "documented-for"),
  })),
};
const EN: DescribeOptions = { locale: "en", redact: true, report: ON_FUSION };
const steps = (options: Partial<DescribeOptions> = {}, words: HandoverWords = HANDOVER_WORDS_EN) =>
  describePlan(PLAN, SCENARIO, CATALOG_FIXTURE, words, { ...EN, ...options });
const meta = (options: Partial<HandoverMeta> = {}): HandoverMeta => ({
  scenarioName: SCENARIO.name,
  done: ["prepare"],
  today: "2026-11-22",
  locale: "en",
  redact: true,
  ...options,
});

/** A small RFC 4180 reader, to check the CSV reads back to the same cells. */
function readCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = "";
  let quoted = false;
  const endCell = () => {
    row.push(cell);
    cell = "";
  };
  for (let i = 0; i < text.length; i++) {
    const char = text[i];
    if (quoted && char === '"' && text[i + 1] === '"') {
      cell += '"';
      i++;
    } else if (char === '"') {
      quoted = !quoted;
    } else if (!quoted && char === ",") {
      endCell();
    } else if (!quoted && char === "\r" && text[i + 1] === "\n") {
      endCell();
      rows.push(row);
      row = [];
      i++;
    } else {
      cell += char;
    }
  }
  return rows;
}

describe("describePlan", () => {
  it("keeps the plan's order and names each step after what it does", () => {
    const result = steps();
    expect(result.map((step) => [step.number, step.title])).toEqual([
      [1, "Back up the scenario"],
      [2, "Upgrade all Adobe Workfront modules at once"],
      [3, "Upgrade #4 “Convert to PDF” (pdf:Convert)"],
      [4, "Check the upgraded scenario"],
    ]);
  });

  it("walks through Fusion's screens with Fusion's button names", () => {
    const [, workfront, pdf] = steps();
    expect(workfront?.how).toContain(
      "Click “Upgrade all”: Fusion upgrades every Adobe Workfront module of the scenario at once.",
    );
    expect(pdf?.how.slice(0, 3)).toEqual([
      "In the scenario editor, click the green “Upgrade module” badge on #4 “Convert to PDF” (pdf:Convert).",
      "Click “Choose new”.",
      "Pick the module that replaces it: Create a PDF.",
    ]);
    expect(pdf?.config).toBe("The configuration is not carried over: enter these fields again.");
    expect(pdf?.fields).toEqual(["file"]);
  });

  it("says what changes, with the catalog's summary and its dates in the reader's locale", () => {
    const [, workfront] = steps({ locale: "fr" });
    expect(workfront?.what[0]).toBe("Adobe Workfront: an API this module uses changes or closes.");
    expect(workfront?.summaries).toEqual([CATALOG_FIXTURE.entries[0]?.summary]);
    expect(workfront?.dates).toEqual([
      "Stops working on a date not yet announced",
      "Deprecated: 20 octobre 2025",
    ]);
  });

  it("uses the words it is given and the source address in the reader's language", () => {
    const words = { ...HANDOVER_WORDS_EN, "plan.fusion.upgradeAll": "« Tout mettre à niveau »" };
    const [, workfront] = steps(
      { sourceUrl: (source) => source.url.replace("/en/", "/fr/") },
      words,
    );
    expect(workfront?.how[1]).toContain("« Tout mettre à niveau »");
    expect(workfront?.sources[0]?.url).toContain("experienceleague.adobe.com/fr/docs/");
  });

  it("says how urgent each step is, what decided it, and names the user's platform", () => {
    const [prepare, workfront] = steps({ report: REPORT });
    expect(prepare?.how[0]).toBe(
      "Open the scenario in Make, open the More menu and choose “Export Blueprint”; keep the file.",
    );
    expect(workfront?.how[1]).toContain("Make upgrades every Adobe Workfront module");
    expect(workfront?.urgency).toEqual([
      "Warning: Deprecated, no stop date announced: plan the change",
    ]);
    expect(workfront?.evidence).toEqual([
      "Check this",
      "The module belongs to the app workfront",
      "Only the Fusion documentation states this change",
    ]);
    expect(workfront?.platformNote).toBe(
      "Documented for Fusion: check whether it applies in Make.",
    );
    const markdown = planToMarkdown(steps({ report: REPORT }), meta(), HANDOVER_WORDS_EN);
    expect(markdown).toContain("  - Severity:\n    - Warning: Deprecated, no stop date announced");
    expect(markdown).toContain("    - Documented for Fusion: check whether it applies in Make.");
    const [, onFusion] = steps();
    expect(onFusion?.platformNote).toBeNull();
  });

  it("hides connection ids, webhook ids and e-mail addresses unless asked not to", () => {
    const hidden = JSON.stringify(steps());
    expect(hidden).not.toMatch(/4512|98765|@acme\.test/);
    expect(hidden).toContain("Connection “WF for <e-mail>” (id [hidden])");
    const shown = JSON.stringify(steps({ redact: false }));
    expect(shown).toContain("Connection “WF for ops@acme.test” (id 4512)");
  });
});

describe("planToMarkdown", () => {
  it("is a checklist with done steps ticked and scenario text escaped", () => {
    const markdown = planToMarkdown(steps(), meta(), HANDOVER_WORDS_EN);
    expect(markdown).toMatch(/^# Upgrade plan: Orders for \\<e-mail\\>\n/);
    expect(markdown).toContain("- [x] **1. Back up the scenario**");
    expect(markdown).toContain("- [ ] **2. Upgrade all Adobe Workfront modules at once**");
    expect(markdown).toContain("\\<img src=x onerror=alert(1)\\>");
    expect(markdown).not.toMatch(/(?<!\\)<img/);
    expect(markdown).toContain(
      "<https://experienceleague.adobe.com/en/docs/workfront-fusion/using/manage-scenarios/update-module-to-new-version>",
    );
    expect(markdown).not.toMatch(/4512|98765|jane\.doe/);
  });

  it("opens with a table of the modules touched, in the portfolio's columns, with their step", () => {
    const markdown = planToMarkdown(steps({ report: REPORT }), meta(), HANDOVER_WORDS_EN);
    expect(markdown).toContain(
      [
        "| Scenario | Severity | Deadline | Change | Module | Module name | Confidence | Step |",
        "| --- | --- | --- | --- | --- | --- | --- | --- |",
        "| Orders for \\<e-mail\\> | warning | 2025-10-20 | B1 Adobe Workfront | \\#2 | \\<img src=x onerror=alert(1)\\> (workfront:UpdateRecord) | likely | 2 |",
        '| Orders for \\<e-mail\\> | warning | 2025-10-20 | B1 Adobe Workfront | \\#3 | Find, "the" project (workfront:SearchRecords) | likely | 2 |',
        "",
        "- [x] **1. Back up the scenario**",
      ].join("\n"),
    );
  });

  it("escapes every Markdown and HTML character, and joins lines", () => {
    expect(escapeMarkdown("[a](javascript:x)\n*b* <i>&amp;")).toBe(
      "\\[a\\](javascript:x) \\*b\\* \\<i\\>\\&amp;",
    );
    expect(escapeMarkdown("# title")).toBe("\\# title");
    expect(escapeMarkdown("12. item")).toBe("12\\. item");
    expect(escapeMarkdown("- item")).toBe("\\- item");
  });
});

describe("planToCsv", () => {
  it("has a line per module a step acts on, the portfolio's columns first, ids hidden", () => {
    const csv = planToCsv(steps({ report: REPORT }), meta(), HANDOVER_WORDS_EN);
    expect(csv.endsWith("\r\n")).toBe(true);
    const rows = readCsv(csv);
    expect(rows[0]).toEqual([
      "Scenario",
      "Severity",
      "Deadline",
      "Change",
      "Module",
      "Module name",
      "Confidence",
      "Step",
      "Status",
      "Title",
      "What and why",
      "Dates",
      "How",
      "Configuration",
      "Fields to re-check",
      "Connections and webhooks",
      "Sources",
      "Why this severity",
      "What decided it",
    ]);
    expect(rows[0]).toHaveLength(PLAN_CSV_COLUMNS.length);
    const at = (key: (typeof PLAN_CSV_COLUMNS)[number]) => PLAN_CSV_COLUMNS.indexOf(key);
    // The backup and verify steps have a line without a finding; the Workfront step one per module.
    expect(rows.slice(1).map((row) => [row[at("step")], row[at("module")]])).toEqual([
      ["1", ""],
      ["2", "#2"],
      ["2", "#3"],
      ["3", ""],
      ["4", ""],
    ]);
    expect(rows[2]?.slice(0, 7)).toEqual([
      "Orders for <e-mail>",
      "warning",
      "2025-10-20",
      "B1 Adobe Workfront",
      "#2",
      "<img src=x onerror=alert(1)> (workfront:UpdateRecord)",
      "likely",
    ]);
    expect(rows.map((row) => row[at("status")])).toEqual([
      "Status",
      "done",
      "to do",
      "to do",
      "to do",
      "to do",
    ]);
    expect(rows[3]?.[at("severity_reason")]).toBe(
      "Warning: Deprecated, no stop date announced: plan the change",
    );
    expect(csv).not.toMatch(/4512|98765|jane\.doe|ops@acme/);
    const open = planToCsv(steps({ redact: false }), meta({ redact: false }), HANDOVER_WORDS_EN);
    expect(open).toContain("Orders for jane.doe@example.com");
  });

  it("quotes as RFC 4180 says and defuses spreadsheet formulas", () => {
    expect(csvCell("plain")).toBe("plain");
    expect(csvCell('say "hi", then\r\ngo')).toBe('"say ""hi"", then\r\ngo"');
    for (const start of ["=", "+", "-", "@", "\t"]) {
      expect(csvCell(`${start}1+1`).startsWith(`'${start}`)).toBe(true);
    }
    const fields = readCsv(planToCsv(steps(), meta(), HANDOVER_WORDS_EN))[2]?.[
      PLAN_CSV_COLUMNS.indexOf("fields")
    ];
    expect(fields).toBe('\'=HYPERLINK("http://evil"), name');
  });
});

describe("planToText", () => {
  it("lists the steps with their boxes and numbered actions", () => {
    const text = planToText(steps(), meta({ done: ["prepare", "verify"] }), HANDOVER_WORDS_EN);
    expect(text).toContain("2 of 4 steps done.");
    expect(text).toContain("[x] 1. Back up the scenario");
    expect(text).toContain("[ ] 3. Upgrade #4 “Convert to PDF” (pdf:Convert)");
    expect(text).toContain("      2. Click “Choose new”.");
    expect(text).toContain("Connection ids, webhook ids and e-mail addresses are hidden.");
    const open = planToText(steps({ redact: false }), meta({ redact: false }), HANDOVER_WORDS_EN);
    expect(open).not.toContain("are hidden");
    expect(open).toContain("Orders for jane.doe@example.com");
  });
});
