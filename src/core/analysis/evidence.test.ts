// Evidence rules on real exports (test/fixtures/blueprints, see SOURCES.md): each rule of the
// catalog both ways (it raises or lowers the match), the platform note, and recall (every
// module of a catalog app is still surfaced: to act on, to check, or cleared with its reason).
import { describe, expect, it } from "vitest";
import { fixtureBytes, fixtureFiles } from "../../../test/fixtures";
import { readBlueprint } from "../blueprint/read";
import type { Platform, Scenario } from "../blueprint/model";
import { CATALOG } from "../catalog/index";
import { analyze } from "./analyze";
import { accountDomain } from "./evidence";
import type { Finding, Report } from "./report";

const TODAY = "2026-11-29";

function fixture(file: string): Scenario {
  const result = readBlueprint(fixtureBytes(file));
  if (!result.ok) throw new Error(`${file}: ${result.error.message}`);
  return result.scenario;
}

/** The same real scenario, as if it had been exported from another platform. */
const on = (scenario: Scenario, platform: Platform): Scenario => ({ ...scenario, platform });

/** The same real scenario with the connections of one app's modules changed. */
function withConnections(
  scenario: Scenario,
  app: string,
  change: { type?: string; label?: string },
): Scenario {
  return {
    ...scenario,
    modules: scenario.modules.map((module) =>
      module.app === app
        ? {
            ...module,
            connections: module.connections.map((connection) => ({ ...connection, ...change })),
          }
        : module,
    ),
  };
}

const check = (scenario: Scenario) => analyze(scenario, CATALOG, TODAY);
const found = (report: Report, ref: string) => report.findings.filter((f) => f.ref === ref);
const clearedOf = (report: Report, ref: string) => report.cleared.filter((f) => f.ref === ref);
const modulesOf = (scenario: Scenario, app: string) =>
  scenario.modules.filter((m) => m.app === app).map((m) => m.key);
const keysOf = (findings: Finding[]) => findings.flatMap((f) => f.moduleKeys).sort();

describe("Slack (Legacy) → new connector: the connection type decides", () => {
  for (const file of [
    "001-cricket-responder-bot-77mods.json",
    "011-instructor-onboarding-io.json",
    "044-faktury-subflows-clipboard.json",
  ]) {
    it(`${file}: modules on slack2 are cleared, with the reason`, () => {
      const scenario = fixture(file);
      const report = check(scenario);
      expect(found(report, "C5")).toEqual([]);
      const cleared = clearedOf(report, "C5");
      expect(keysOf(cleared)).toEqual(modulesOf(scenario, "slack").sort());
      for (const finding of cleared)
        expect(finding.evidence[0]).toEqual({ code: "new-connector-connection", value: "slack2" });
    });
  }

  it("001: the same modules on another connection type are surfaced again (the rule lowers only)", () => {
    const scenario = withConnections(fixture("001-cricket-responder-bot-77mods.json"), "slack", {
      type: "slack",
    });
    const report = check(scenario);
    expect(clearedOf(report, "C5")).toEqual([]);
    const [finding] = found(report, "C5");
    expect(keysOf(found(report, "C5"))).toEqual(modulesOf(scenario, "slack").sort());
    expect(finding?.evidence).toContainEqual({ code: "app-prefix", value: "slack" });
    expect(finding?.evidence.some((e) => e.code === "new-connector-connection")).toBe(false);
  });
});

describe("Google restricted scopes: the account decides", () => {
  it("024 (Make, Gmail on a @gmail.com account): needs action, from the consumer-account rule", () => {
    const fusion = check(on(fixture("024-certificate-invoice-orphans.json"), "fusion"));
    const [finding] = found(fusion, "A8");
    expect(finding?.confidence).toBe("confirmed");
    expect(finding?.evidence[0]).toEqual({ code: "consumer-account", value: "gmail.com" });
    expect(finding?.severity).toBe("warning");
    expect(finding?.urgency).toBe("in-effect");
  });

  it("038 and 020 (@gmail.com, restricted and Gmail connections) ask for action too", () => {
    for (const file of ["038-send-shortlist.json", "020-support-auto-responder.json"]) {
      const [finding] = found(check(on(fixture(file), "fusion")), "A8");
      expect(finding?.evidence[0], file).toEqual({ code: "consumer-account", value: "gmail.com" });
      expect(finding?.confidence, file).toBe("confirmed");
    }
  });

  it("010 (Drive on a company domain): cleared as a Workspace account, the domain not named", () => {
    const scenario = fixture("010-law4us-placeholders-null-id.json");
    const report = check(on(scenario, "fusion"));
    expect(found(report, "A8")).toEqual([]);
    const cleared = clearedOf(report, "A8");
    expect(keysOf(cleared)).toEqual(modulesOf(scenario, "google-drive").sort());
    expect(cleared[0]?.evidence[0]).toEqual({ code: "workspace-account", value: null });
    expect(JSON.stringify(report)).not.toContain('law-4-us.co.il"}'); // not in any evidence
  });

  it("010 with the same connection on a @googlemail.com account needs action (the rule raises)", () => {
    const scenario = withConnections(
      fixture("010-law4us-placeholders-null-id.json"),
      "google-drive",
      {
        label: "My Google Restricted connection (someone@googlemail.com)",
      },
    );
    const [finding] = found(check(on(scenario, "fusion")), "A8");
    expect(finding?.evidence[0]).toEqual({ code: "consumer-account", value: "googlemail.com" });
    expect(finding?.confidence).toBe("confirmed");
  });

  it("036 (the label shows no address): stays a check-this, even on Fusion", () => {
    const [finding] = found(check(on(fixture("036-create-invoice-and-send.json"), "fusion")), "A8");
    expect(finding?.confidence).toBe("likely");
    expect(finding?.evidence[0]).toEqual({ code: "account-not-shown", value: null });
  });

  it("Email modules on SMTP, IMAP or Microsoft connections are cleared: not a Google account", () => {
    const smtp = check(fixture("015-hive-integration.json"));
    expect(found(smtp, "A8")).toEqual([]);
    expect(clearedOf(smtp, "A8")[0]?.evidence[0]).toEqual({
      code: "not-a-google-connection",
      value: "smtp",
    });
    // A Microsoft connection whose label shows a @gmail.com address is still not Google's.
    const microsoft = check(fixture("011-instructor-onboarding-io.json"));
    expect(found(microsoft, "A8")).toEqual([]);
    expect(clearedOf(microsoft, "A8")[0]?.evidence[0]?.value).toBe("microsoft-smtp-imap");
  });

  it("an Email module on the Google restricted connection of a @gmail.com account needs action", () => {
    const scenario = withConnections(fixture("015-hive-integration.json"), "email", {
      type: "google-restricted",
      label: "My Google Restricted connection (someone@gmail.com)",
    });
    const report = check(on(scenario, "fusion"));
    expect(clearedOf(report, "A8")).toEqual([]);
    expect(keysOf(found(report, "A8"))).toEqual(modulesOf(scenario, "email").sort());
    expect(found(report, "A8")[0]?.evidence[0]).toEqual({
      code: "consumer-account",
      value: "gmail.com",
    });
  });

  it("036 once its label shows the account: the domain decides, no longer a check-this", () => {
    const base = fixture("036-create-invoice-and-send.json");
    const company = withConnections(
      withConnections(base, "google-drive", { label: "Drive (ann@acme.example)" }),
      "google-email",
      { label: "Gmail (ann@acme.example)" },
    );
    const report = check(on(company, "fusion"));
    expect(found(report, "A8")).toEqual([]);
    expect(clearedOf(report, "A8")[0]?.evidence[0]?.code).toBe("workspace-account");
  });

  it("reads the account's domain from a connection label, not from a redaction mark", () => {
    expect(accountDomain("My Google connection (Ann.Lee@GMail.com)")).toBe("gmail.com");
    expect(accountDomain("Google - paolo.ronco20 ([REDACTED_EMAIL])")).toBeNull();
    expect(accountDomain("Grow Up Solutions IA (@growupsolutions.ia)")).toBeNull();
    expect(accountDomain(null)).toBeNull();
  });
});

describe("platform: a change only Fusion's documentation states", () => {
  it("is a check-this with a platform note on Make, whatever the evidence", () => {
    const [finding] = found(check(fixture("024-certificate-invoice-orphans.json")), "A8");
    expect(finding?.platformNote).toBe(true);
    expect(finding?.confidence).toBe("likely");
    expect(finding?.documentedFor).toEqual(["fusion"]);
    expect(finding?.evidence).toContainEqual({ code: "documented-for", value: "fusion" });
  });

  it("has no note on a Fusion export", () => {
    // No real Fusion export is public (SOURCES.md): 054, written for Fusion, carries a Make zone.
    const report = check(on(fixture("054-qstrauss-fusion-workfront.json"), "fusion"));
    expect(report.findings.length).toBeGreaterThan(0);
    for (const finding of report.findings) {
      expect(finding.platformNote).toBe(false);
      expect(finding.evidence.some((e) => e.code === "documented-for")).toBe(false);
    }
  });

  it("is on every finding of a Make or unknown-platform fixture, none confirmed", () => {
    for (const file of fixtureFiles().filter((f) => !f.includes(".broken."))) {
      const report = check(fixture(file));
      if (report.platform === "fusion") continue;
      for (const finding of report.findings) {
        expect(finding.platformNote, `${file} ${finding.id}`).toBe(true);
        expect(finding.confidence, `${file} ${finding.id}`).toBe("likely");
      }
    }
  });
});

describe("recall on every fixture", () => {
  const catalogApps = new Set(
    CATALOG.entries.filter((e) => e.match.wholeApp).flatMap((e) => e.app.appIds),
  );
  const catalogIds = new Set(
    CATALOG.entries.flatMap((e) => e.match.modules.flatMap((m) => m.moduleId ?? [])),
  );

  it("surfaces every module of a catalog app: to act on, to check, or cleared with its reason", () => {
    let checked = 0;
    for (const file of fixtureFiles().filter((f) => !f.includes(".broken."))) {
      const scenario = fixture(file);
      const report = check(scenario);
      const surfaced = new Set(
        [...report.findings, ...report.cleared].flatMap((f) => f.moduleKeys),
      );
      for (const module of scenario.modules) {
        if (!catalogApps.has(module.app) && !catalogIds.has(module.module)) continue;
        checked++;
        expect(surfaced.has(module.key), `${file} ${module.key} ${module.module}`).toBe(true);
      }
      for (const finding of [...report.findings, ...report.cleared]) {
        expect(finding.evidence.length, finding.id).toBeGreaterThan(0);
        for (const item of finding.evidence)
          expect(item.value ?? "").not.toMatch(/[\w.+-]+@[\w-]+\.\w/); // never an address
      }
    }
    expect(checked).toBeGreaterThan(40);
  });
});
