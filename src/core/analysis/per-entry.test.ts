// One generated Fusion blueprint per catalog entry: the entry is found with the confidence its
// match deserves, and the plan acts on it with a step of the right kind, in the right order.
import { describe, expect, it } from "vitest";
import { readBlueprint } from "../blueprint/read";
import { CATALOG } from "../catalog/index";
import type { CatalogEntry } from "../catalog/model";
import { analyze } from "./analyze";
import { planUpgrade } from "./plan";

const SURE = new Set(["confirmed-export", "seen-public-code"]);
const KIND_ORDER = ["prepare", "connection", "connector", "module", "verify"];

/** A module that triggers the entry's strongest rule, and the confidence that rule deserves. */
function triggerFor(
  entry: CatalogEntry,
): { module: Record<string, unknown>; confidence: "confirmed" | "likely" } | null {
  const byId = entry.match.modules.find((m) => m.moduleId);
  if (byId?.moduleId)
    return {
      module: { module: byId.moduleId, version: 1 },
      confidence: SURE.has(byId.idStatus) ? "confirmed" : "likely",
    };
  const type = entry.match.connectionTypes.find((t) => t.accountType);
  if (type?.accountType) {
    return {
      module: {
        module: "any-app:DoSomething",
        version: 1,
        parameters: { __IMTCONN__: 42 },
        metadata: {
          parameters: [{ name: "__IMTCONN__", type: `account:${type.accountType}` }],
          restore: {
            parameters: {
              __IMTCONN__: { label: "Connection", data: { connection: type.accountType } },
            },
          },
        },
      },
      // The label shows no account: an entry whose rule depends on the account stays a "check this".
      confidence:
        SURE.has(type.idStatus) &&
        !entry.match.evidence.some((rule) => rule.when.kind === "account-not-shown")
          ? "confirmed"
          : "likely",
    };
  }
  const app = entry.match.wholeApp ? entry.app.appIds[0] : undefined;
  if (app) return { module: { module: `${app}:someModule`, version: 1 }, confidence: "likely" };
  const pattern = entry.match.namePatterns[0];
  if (pattern) {
    const id = pattern.includes(":") ? `${pattern}Thing` : `${pattern}:doSomething`;
    return { module: { module: id, version: 1 }, confidence: "likely" };
  }
  return null;
}

/** Entries nothing in a blueprint can show: informational, or known by display name only. */
const NOT_IN_BLUEPRINTS = ["A11", "B15", "C2", "C7"];

describe("one generated blueprint per catalog entry", () => {
  it("leaves only the informational and display-name-only entries unmatchable", () => {
    const unmatchable = CATALOG.entries
      .filter((entry) => !triggerFor(entry))
      .map((entry) => entry.ref);
    expect(unmatchable.sort()).toEqual(NOT_IN_BLUEPRINTS);
  });

  const matchable = CATALOG.entries.filter((entry) => triggerFor(entry));
  it.each(matchable.map((entry) => [entry.ref, entry] as const))(
    "%s is found and planned",
    (_, entry) => {
      const trigger = triggerFor(entry)!;
      const text = JSON.stringify({
        name: `Generated for ${entry.ref}`,
        flow: [
          { id: 1, module: "gateway:CustomWebHook", version: 1 },
          { id: 2, ...trigger.module },
        ],
        metadata: { version: 1, zone: "app.workfrontfusion.com" },
      });
      const read = readBlueprint(text);
      if (!read.ok) throw new Error(read.error.message);
      expect(read.scenario.platform).toBe("fusion");
      const report = analyze(read.scenario, CATALOG, "2026-11-25");
      const finding = report.findings.find((f) => f.entryId === entry.id);
      expect(finding, `no finding for ${entry.ref}`).toBeDefined();
      expect(finding?.confidence).toBe(trigger.confidence);
      expect(finding?.moduleKeys).toContain("2");

      const plan = planUpgrade(read.scenario, report, CATALOG);
      const kinds = plan.steps.map((step) => KIND_ORDER.indexOf(step.kind));
      expect(kinds).toEqual([...kinds].sort((a, b) => a - b));
      const step = plan.steps.find((s) => s.entryIds.includes(entry.id));
      if (entry.upgrade.method === "none") {
        expect(step).toBeUndefined();
      } else {
        expect(step?.moduleKeys).toContain("2");
        expect(step?.kind === entry.level || step?.method === "upgrade-all").toBe(true);
      }
    },
  );
});
