import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { readBlueprint } from "../blueprint/read";
import type { Scenario } from "../blueprint/model";
import { CATALOG, entryById } from "../catalog/index";
import { fixtureBytes, fixtureFiles } from "../../../test/fixtures";
import { analyze } from "./analyze";
import { compareAfterUpgrade } from "./compare";
import { planUpgrade } from "./plan";
import { severityOf } from "./severity";

const TODAY = "2026-11-25";
const read = (text: string): Scenario => {
  const result = readBlueprint(text);
  if (!result.ok) throw new Error(result.error.message);
  return result.scenario;
};
const conn = (type: string, id = 1, account = "jane@example.com") => ({
  parameters: { __IMTCONN__: id },
  metadata: {
    parameters: [{ name: "__IMTCONN__", type: `account:${type}` }],
    restore: {
      parameters: {
        __IMTCONN__: { label: `My ${type} (${account})`, data: { connection: type } },
      },
    },
  },
});
/** A consumer Gmail account on the restricted Google connection: module 4 of every flow here. */
const gmailOnRestrictedConnection = {
  id: 4,
  module: "google-email:ActionSendEmail",
  version: 2,
  ...conn("google-restricted", 1, "jane@gmail.com"),
};
const blueprint = (flow: unknown[]) =>
  JSON.stringify({ name: "Test", flow, metadata: { zone: "app.workfrontfusion.com" } });

describe("severity", () => {
  const withStop = (date: string) => ({
    ...entryById("adobe-authenticator-jwt-connection")!,
    status: "deprecated" as const,
    dates: {
      announced: null,
      deprecated: null,
      removedFromSelector: null,
      stopsWorking: { date, precision: "day" as const, text: "x" },
    },
  });
  it("follows the 90 / 365 day boundaries exactly", () => {
    expect(severityOf(withStop("2026-11-24"), TODAY)).toBe("expired");
    expect(severityOf(withStop("2026-11-25"), TODAY)).toBe("critical");
    expect(severityOf(withStop("2027-02-23"), TODAY)).toBe("critical"); // 90 days
    expect(severityOf(withStop("2027-02-24"), TODAY)).toBe("warning"); // 91 days
    expect(severityOf(withStop("2027-11-25"), TODAY)).toBe("warning"); // 365 days
    expect(severityOf(withStop("2027-11-26"), TODAY)).toBe("info");
  });
  it("reads undated entries from their status", () => {
    expect(severityOf(entryById("jira-legacy-search-records")!, TODAY)).toBe("expired"); // stopped, undated
    expect(severityOf(entryById("firefly-pre-v3-modules")!, TODAY)).toBe("warning"); // deprecated, undated
    expect(severityOf(entryById("hubspot-crm-deprecated-connection")!, TODAY)).toBe("info"); // still works
  });
  it("depends on today, not on the clock", () => {
    const photoshop = entryById("photoshop-legacy-modules")!;
    expect(severityOf(photoshop, "2026-05-01")).toBe("critical");
    expect(severityOf(photoshop, "2026-07-31")).toBe("expired");
  });
});

describe("analyze", () => {
  const scenario = read(
    blueprint([
      {
        id: 1,
        module: "workfront-workfront:watchEvents",
        version: 1,
        parameters: { __IMTHOOK__: 5 },
      },
      { id: 2, module: "slack:CreateMessage", version: 4, ...conn("slack") },
      { id: 3, module: "openai-gpt-3:CreateCompletion", version: 1, ...conn("openai-gpt-3") },
      gmailOnRestrictedConnection,
      { id: 5, module: "util:SetVariable2", version: 1 },
    ]),
  );
  const report = analyze(scenario, CATALOG, TODAY);

  it("finds each change once per subject, with honest confidence", () => {
    const byRef = Object.fromEntries(report.findings.map((f) => [f.ref, f]));
    expect(byRef.A9?.confidence).toBe("confirmed"); // watchEvents id seen in public code
    expect(byRef.A9?.matchedBy).toBe("module-id");
    expect(byRef.C5?.confidence).toBe("likely"); // app prefix only
    expect(byRef.C5?.moduleKeys).toEqual(["2"]);
    expect(byRef.B3?.confidence).toBe("likely"); // id from community files only
    expect(byRef.A8?.confidence).toBe("confirmed"); // a consumer account on the restricted connection
    expect(byRef.A8?.connection?.ids).toEqual([1]);
    expect(report.inventory.unknownModuleIds).toEqual(["util:SetVariable2"]);
    expect(report.inventory.apps.find((a) => a.app === "slack")?.versions).toEqual([4]);
  });

  it("sorts by severity, then flow order, and counts per severity", () => {
    const ranks = report.findings.map((f) =>
      ["expired", "critical", "warning", "info"].indexOf(f.severity),
    );
    expect([...ranks].sort((a, b) => a - b)).toEqual(ranks);
    const total = Object.values(report.counts).reduce((a, b) => a + b, 0);
    expect(total).toBe(report.findings.length);
  });

  it("applies the user's rules: dismiss, confirm, map", () => {
    const slack = report.findings.find((f) => f.ref === "C5")!;
    const dismissed = analyze(scenario, CATALOG, TODAY, {
      confirmed: [],
      dismissed: [{ ruleKey: slack.ruleKey, scenario: null }],
      mapped: [],
    });
    expect(dismissed.findings.some((f) => f.ref === "C5")).toBe(false);
    expect(dismissed.dismissed.map((f) => f.ref)).toEqual(["C5"]);
    const confirmed = analyze(scenario, CATALOG, TODAY, {
      confirmed: [slack.ruleKey],
      dismissed: [],
      mapped: [],
    });
    expect(confirmed.findings.find((f) => f.ref === "C5")).toMatchObject({
      confidence: "confirmed",
      userConfirmed: true,
    });
    const mapped = analyze(scenario, CATALOG, TODAY, {
      confirmed: [],
      dismissed: [],
      mapped: [{ moduleId: "util:SetVariable2", entryId: "photoshop-legacy-modules" }],
    });
    expect(mapped.findings.find((f) => f.ref === "B1")).toMatchObject({
      matchedBy: "user-rule",
      confidence: "confirmed",
      moduleKeys: ["5"],
    });
  });

  it("is deterministic", () => {
    expect(analyze(scenario, CATALOG, TODAY)).toEqual(report);
  });

  it("never throws and only names modules of the scenario, on every fixture and on generated scenarios", () => {
    for (const file of fixtureFiles().filter((f) => !f.includes(".broken."))) {
      const result = readBlueprint(fixtureBytes(file));
      if (!result.ok) throw new Error(file);
      const keys = new Set(result.scenario.modules.map((m) => m.key));
      const analysis = analyze(result.scenario, CATALOG, TODAY);
      for (const finding of analysis.findings)
        for (const key of finding.moduleKeys) expect(keys).toContain(key);
    }
    const appIds = ["slack", "workfront-workfront", "openai-gpt-3", "figma", "salesforce", "util"];
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            app: fc.constantFrom(...appIds),
            name: fc.constantFrom(
              "CreateMessage",
              "watchEvents",
              "CreateCompletion",
              "custom",
              "x",
            ),
            type: fc.option(fc.constantFrom("slack2", "google-restricted", "figma3")),
          }),
          { maxLength: 12 },
        ),
        (specs) => {
          const flow = specs.map((s, i) => ({
            id: i + 1,
            module: `${s.app}:${s.name}`,
            version: 1,
            ...(s.type ? conn(s.type, i) : {}),
          }));
          const sc = read(blueprint(flow));
          const analysis = analyze(sc, CATALOG, TODAY);
          const keys = new Set(sc.modules.map((m) => m.key));
          for (const finding of analysis.findings)
            for (const key of finding.moduleKeys) expect(keys).toContain(key);
        },
      ),
      { numRuns: 100 },
    );
  });
});

describe("plan and compare", () => {
  const before = read(
    blueprint([
      { id: 1, module: "workfront-workfront:watchEvents", version: 1 },
      { id: 2, module: "workfront-workfront:searchv3", version: 1, mapper: { query: "{{1.id}}" } },
      {
        id: 3,
        module: "openai-gpt-3:CreateCompletion",
        version: 1,
        mapper: { prompt: "hi", model: "x" },
        ...conn("openai-gpt-3"),
      },
      gmailOnRestrictedConnection,
      { id: 6, module: "workfront-workfront:create", version: 1 },
    ]),
  );
  const report = analyze(before, CATALOG, TODAY);
  const plan = planUpgrade(before, report, CATALOG);

  it("orders the steps: prepare, connections, connector-wide, modules in flow order, verify", () => {
    const kinds = plan.steps.map((s) => s.kind);
    expect(kinds[0]).toBe("prepare");
    expect(kinds.at(-1)).toBe("verify");
    const order = ["prepare", "connection", "connector", "module", "verify"];
    expect(kinds.map((k) => order.indexOf(k))).toEqual(
      [...kinds.map((k) => order.indexOf(k))].sort((a, b) => a - b),
    );
  });

  it("makes the Workfront modules that Upgrade all covers one step", () => {
    const upgradeAll = plan.steps.filter((s) => s.method === "upgrade-all");
    expect(upgradeAll).toHaveLength(1);
    expect(upgradeAll[0]?.moduleKeys).toEqual(["1", "2", "6"]); // the connector move covers Watch Events too
    expect(upgradeAll[0]?.preservesConfiguration).toBe("yes");
  });

  it("lists the fields to re-enter when the configuration is not kept", () => {
    const openai = plan.steps.find((s) => s.moduleKeys.includes("3") && s.kind === "module");
    expect(openai?.method).toBe("choose-new");
    expect(openai?.preservesConfiguration).toBe("no");
    expect(openai?.fieldsToRecheck).toEqual(expect.arrayContaining(["prompt", "model"]) as unknown);
  });

  it("has only prepare and verify when nothing is affected", () => {
    const quiet = read(blueprint([{ id: 1, module: "util:SetVariable2", version: 1 }]));
    expect(
      planUpgrade(quiet, analyze(quiet, CATALOG, TODAY), CATALOG).steps.map((s) => s.kind),
    ).toEqual(["prepare", "verify"]);
  });

  it("marks steps done from the re-exported blueprint and shows what is new", () => {
    const after = read(
      blueprint([
        { id: 1, module: "workfront-workfront:watchEvents", version: 1 },
        { id: 2, module: "workfront-workfront:searchv3", version: 1 },
        { id: 3, module: "openai-gpt-3:CreateChatCompletion", version: 1, ...conn("openai-gpt-3") },
        gmailOnRestrictedConnection,
        { id: 6, module: "workfront-workfront:create", version: 1 },
        { id: 7, module: "slack:CreateMessage", version: 4 },
      ]),
    );
    const comparison = compareAfterUpgrade(plan, analyze(after, CATALOG, TODAY), after);
    const status = Object.fromEntries(comparison.steps.map((s) => [s.stepId, s.status]));
    const openaiStep = plan.steps.find((s) => s.moduleKeys.includes("3") && s.kind === "module")!;
    expect(status[openaiStep.id]).toBe("done");
    expect(status.prepare).toBe("todo");
    expect(status[plan.steps.find((s) => s.kind === "connection")!.id]).toBe("todo"); // still google-restricted
    expect(comparison.newFindings.map((f) => f.ref)).toEqual(["C5"]);
  });
});
