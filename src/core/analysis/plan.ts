/**
 * The upgrade plan: back up, connections, connector-wide moves, module upgrades in flow order,
 * verify. Modules that one action upgrades together (Fusion's "Upgrade all" for Workfront) are
 * one step. Each step says what must be true in a re-exported blueprint for it to count as done.
 */
import type { Scenario, ScenarioModule } from "../blueprint/model";
import type { Catalog, CatalogEntry } from "../catalog/model";
import type { DoneCondition, Finding, Plan, PlanStep, Report } from "./report";

/** Apps whose modules Fusion's "Upgrade all" upgrades together (docs/fusion-facts.md §1.2). */
const UPGRADE_ALL_APPS = new Set(["workfront-workfront", "workfront"]);

export function planUpgrade(scenario: Scenario, report: Report, catalog: Catalog): Plan {
  const entries = new Map(catalog.entries.map((entry) => [entry.id, entry]));
  const modules = new Map(scenario.modules.map((module) => [module.key, module]));
  const order = new Map(scenario.modules.map((module, position) => [module.key, position]));
  const actionable = report.findings.flatMap((finding) => {
    const entry = entries.get(finding.entryId);
    return entry && entry.upgrade.method !== "none" ? [{ finding, entry }] : [];
  });

  const connectionSteps: PlanStep[] = [];
  const connectorSteps: PlanStep[] = [];
  const moduleSteps: { position: number; step: PlanStep }[] = [];
  const upgradeAll: { finding: Finding; entry: CatalogEntry }[] = [];

  for (const item of actionable) {
    const { finding, entry } = item;
    const concerned = finding.moduleKeys.flatMap((key) => modules.get(key) ?? []);
    if (
      (entry.upgrade.method === "upgrade" || entry.upgrade.method === "upgrade-all") &&
      concerned.length > 0 &&
      concerned.every((module) => UPGRADE_ALL_APPS.has(module.app))
    ) {
      upgradeAll.push(item);
      continue;
    }
    if (finding.level === "connection") {
      connectionSteps.push(step(`connection:${finding.id}`, "connection", [item], concerned, []));
    } else if (finding.level === "connector") {
      connectorSteps.push(
        step(`connector:${finding.id}`, "connector", [item], concerned, fieldsOf(concerned)),
      );
    } else {
      // One step per module: each is replaced on its own, in the order of the flow.
      for (const module of concerned) {
        moduleSteps.push({
          position: order.get(module.key) ?? 0,
          step: step(
            `module:${finding.id}:${module.key}`,
            "module",
            [item],
            [module],
            module.fieldNames,
          ),
        });
      }
    }
  }

  if (upgradeAll.length > 0) {
    const concerned = [...new Set(upgradeAll.flatMap(({ finding }) => finding.moduleKeys))]
      .sort((a, b) => (order.get(a) ?? 0) - (order.get(b) ?? 0))
      .flatMap((key) => modules.get(key) ?? []);
    const grouped = step(
      "upgrade-all:workfront",
      upgradeAll.some(({ finding }) => finding.level === "connector") ? "connector" : "module",
      upgradeAll,
      concerned,
      fieldsOf(concerned),
    );
    connectorSteps.unshift({ ...grouped, method: "upgrade-all" });
  }

  return {
    steps: [
      {
        id: "prepare",
        kind: "prepare",
        entryIds: [],
        findingIds: [],
        moduleKeys: [],
        method: "backup",
        preservesConfiguration: "yes",
        fieldsToRecheck: [],
        doneWhen: [{ kind: "manual" }],
      },
      ...connectionSteps,
      ...connectorSteps,
      ...moduleSteps.sort((a, b) => a.position - b.position).map(({ step: s }) => s),
      {
        id: "verify",
        kind: "verify",
        entryIds: [],
        findingIds: [],
        moduleKeys: [],
        method: "verify",
        preservesConfiguration: "yes",
        fieldsToRecheck: [],
        doneWhen: [{ kind: "manual" }],
      },
    ],
  };
}

function step(
  id: string,
  kind: PlanStep["kind"],
  items: { finding: Finding; entry: CatalogEntry }[],
  modules: ScenarioModule[],
  fields: string[],
): PlanStep {
  const first = items[0];
  const method = first?.entry.upgrade.method ?? "external-action";
  const keeps = items.map(({ entry }) => entry.upgrade.preservesConfiguration);
  return {
    id,
    kind,
    entryIds: [...new Set(items.map(({ entry }) => entry.id))],
    findingIds: items.map(({ finding }) => finding.id),
    moduleKeys: modules.map((module) => module.key),
    method,
    preservesConfiguration: keeps.includes("no")
      ? "no"
      : keeps.includes("unknown")
        ? "unknown"
        : "yes",
    fieldsToRecheck: [...new Set(fields)],
    doneWhen: items.flatMap(({ finding, entry }) => doneWhen(finding, entry, kind, modules)),
  };
}

function doneWhen(
  finding: Finding,
  entry: CatalogEntry,
  kind: PlanStep["kind"],
  modules: ScenarioModule[],
): DoneCondition[] {
  // Changes made outside the scenario (a certificate, an API version field) do not show in it.
  if (entry.upgrade.method === "external-action") return [{ kind: "manual" }];
  if (
    kind === "connection" &&
    finding.connection?.type &&
    finding.matchedBy === "connection-type"
  ) {
    return [{ kind: "connection-type-gone", connectionType: finding.connection.type }];
  }
  if (entry.upgrade.method === "choose-new" || entry.upgrade.method === "new-connector-rebuild") {
    return modules.map((module) => ({
      kind: "module-gone",
      moduleKey: module.key,
      moduleId: module.module,
    }));
  }
  return [{ kind: "finding-gone", findingId: finding.id }];
}

function fieldsOf(modules: ScenarioModule[]): string[] {
  return [...new Set(modules.flatMap((module) => module.fieldNames))];
}
