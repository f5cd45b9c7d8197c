import { describe, expect, it } from "vitest";
import type { Finding, Report } from "../../core/analysis/report";
import { moduleBadges } from "../../core/analysis/badges";
import { deadlines, filterFindings, groupFindings, pathParts } from "./findings-view";
import { DEFAULT_VIEW } from "./url-state";

function finding(id: string, extra: Partial<Finding>): Finding {
  return {
    id,
    entryId: id,
    ref: "B1",
    level: "module",
    category: "api-version",
    severity: "warning",
    urgency: "deprecated-no-stop-date",
    confidence: "confirmed",
    matchedBy: "module-id",
    evidence: [{ code: "module-id", value: "m:N" }],
    documentedFor: ["fusion"],
    platformNote: false,
    dismissal: null,
    ruleKey: `${id}|x`,
    moduleKeys: [],
    connection: null,
    deadline: null,
    userConfirmed: false,
    ...extra,
  };
}

const findings = [
  finding("a", { severity: "info", moduleKeys: ["1"] }),
  finding("b", { severity: "critical", moduleKeys: ["1", "2"], confidence: "likely" }),
  finding("c", { severity: "expired", level: "connection", moduleKeys: ["3"] }),
  finding("d", { severity: "warning", confidence: "likely", userConfirmed: true }),
];

describe("filterFindings", () => {
  it("keeps everything by default", () => {
    expect(filterFindings(findings, DEFAULT_VIEW)).toHaveLength(4);
  });

  it("filters by severity and by confidence, a user-confirmed match counting as confirmed", () => {
    const view = { ...DEFAULT_VIEW, severities: ["critical" as const, "warning" as const] };
    expect(filterFindings(findings, view).map((f) => f.id)).toEqual(["b", "d"]);
    const confirmed = { ...DEFAULT_VIEW, confidence: "confirmed" as const };
    expect(filterFindings(findings, confirmed).map((f) => f.id)).toEqual(["a", "c", "d"]);
  });
});

describe("groupFindings", () => {
  it("orders groups connection, connector, module and sorts each by severity", () => {
    const groups = groupFindings(findings);
    expect(groups.map((g) => g.level)).toEqual(["connection", "module"]);
    expect(groups[1]!.findings.map((f) => f.id)).toEqual(["b", "d", "a"]);
  });
});

describe("moduleBadges", () => {
  it("gives each module the worst severity that touches it", () => {
    expect(moduleBadges(findings)).toEqual(
      new Map([
        ["1", "critical"],
        ["2", "critical"],
        ["3", "expired"],
      ]),
    );
  });
});

describe("deadlines", () => {
  it("lists one dated deadline per entry, soonest first", () => {
    const dated = [
      finding("x", { deadline: { date: "2026-09-30", precision: "day", text: null } }),
      finding("y", { deadline: { date: "2026-01-31", precision: "month", text: null } }),
      finding("z", { deadline: { date: null, precision: "unspecified", text: "soon" } }),
    ];
    const report = { findings: dated } as Report;
    expect(deadlines(report).map((d) => `${d.entryId}:${d.date}`)).toEqual([
      "y:2026-01-31",
      "x:2026-09-30",
    ]);
  });
});

describe("pathParts", () => {
  it("describes each step of a module's place, numbered from 1", () => {
    const parts = pathParts([
      { kind: "flow", index: 2 },
      { kind: "route", index: 1 },
      { kind: "flow", index: 0 },
      { kind: "onerror" },
      { kind: "flow", index: 3 },
    ]);
    expect(parts).toEqual([
      { key: "path.flow", n: "3" },
      { key: "path.route", n: "2" },
      { key: "path.flow", n: "1" },
      { key: "path.onerror", n: "" },
      { key: "path.flow", n: "4" },
    ]);
  });
});
