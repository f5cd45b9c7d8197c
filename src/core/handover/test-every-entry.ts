/**
 * Every catalog entry at once, for the language tests: a scenario with one module per entry, one
 * finding per entry (as the analyzer would report it today) and a plan with one step per entry,
 * besides the backup and verify steps.
 */
import { deadlineOf, urgencyOf } from "../analysis/severity";
import type { Finding, Plan, PlanStep } from "../analysis/report";
import type { Scenario, ScenarioModule } from "../blueprint/model";
import { CATALOG } from "../catalog/index";
import type { CatalogEntry } from "../catalog/model";

export const TODAY = "2026-11-30";

function moduleFor(entry: CatalogEntry, index: number): ScenarioModule {
  const key = String(index + 1);
  const app = entry.app.appIds[0] ?? "example-app";
  const id = entry.match.modules.find((matcher) => matcher.moduleId)?.moduleId ?? `${app}:Action`;
  const type = entry.match.connectionTypes[0]?.accountType ?? "example-connection";
  return {
    key,
    id: index + 1,
    module: id,
    app,
    name: id.split(":")[1] ?? "Action",
    version: 1,
    role: "action",
    path: [{ kind: "flow", index }],
    pathText: `main flow › module ${key}`,
    depth: 0,
    parentKey: null,
    label: `Module ${key}`,
    position: { x: index * 300, y: 0 },
    connections:
      entry.level === "connection"
        ? [{ parameter: "__IMTCONN__", id: 1, acceptedTypes: [type], type, label: "Conn" }]
        : [],
    webhook: null,
    filterName: null,
    fieldNames: [],
    disabled: false,
  };
}

export const EVERY_ENTRY_SCENARIO: Scenario = {
  name: "Every entry",
  platform: "fusion",
  zone: "app.workfrontfusion.com",
  shape: "export",
  warnings: [],
  modules: CATALOG.entries.map(moduleFor),
};

function findingFor(entry: CatalogEntry, index: number): Finding {
  const module = EVERY_ENTRY_SCENARIO.modules[index]!;
  const connection = module.connections[0] ?? null;
  const { severity, reason } = urgencyOf(entry, TODAY);
  return {
    id: `${entry.id}|${connection?.type ?? module.module}`,
    entryId: entry.id,
    ref: entry.ref,
    level: entry.level,
    category: entry.category,
    severity,
    urgency: reason,
    confidence: "likely",
    matchedBy: "module-prefix",
    evidence: [{ code: "app-prefix", value: module.app }],
    documentedFor: entry.documentedFor,
    platformNote: false,
    dismissal: null,
    ruleKey: `${entry.id}|${module.module}`,
    moduleKeys: [module.key],
    connection: connection && { type: connection.type, ids: [1], labels: ["Conn"] },
    deadline: deadlineOf(entry),
    userConfirmed: false,
  };
}

export const EVERY_ENTRY_FINDINGS: Finding[] = CATALOG.entries.map(findingFor);

function step(entry: CatalogEntry | null, index: number): PlanStep {
  return {
    id: entry ? `${entry.level}:${entry.id}` : index < 0 ? "prepare" : "verify",
    kind: entry ? entry.level : index < 0 ? "prepare" : "verify",
    entryIds: entry ? [entry.id] : [],
    findingIds: entry ? [EVERY_ENTRY_FINDINGS[index]!.id] : [],
    moduleKeys: entry ? [String(index + 1)] : [],
    method: entry ? entry.upgrade.method : index < 0 ? "backup" : "verify",
    preservesConfiguration: entry ? entry.upgrade.preservesConfiguration : "yes",
    fieldsToRecheck: [],
    doneWhen: [],
  };
}

export const EVERY_ENTRY_PLAN: Plan = {
  steps: [
    step(null, -1),
    ...CATALOG.entries.map((entry, index) => step(entry, index)),
    step(null, CATALOG.entries.length),
  ],
};
