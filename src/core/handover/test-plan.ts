/** A small hand-made scenario, catalog and plan for the hand-over and progress tests. */
import type { Finding, Plan, PlanStep, Report } from "../analysis/report";
import type { Scenario, ScenarioModule } from "../blueprint/model";
import type { Catalog, CatalogEntry } from "../catalog/model";
import { DOCS_SNAPSHOTS } from "../docs/snapshots";

function module(key: string, id: string, label: string, extra: Partial<ScenarioModule> = {}) {
  const [app = "", name = ""] = id.split(":");
  const base: ScenarioModule = {
    key,
    id: Number(key),
    module: id,
    app,
    name,
    version: 1,
    role: "action",
    path: [{ kind: "flow", index: Number(key) - 1 }],
    pathText: `main flow › module ${key}`,
    depth: 0,
    parentKey: null,
    label,
    position: { x: Number(key) * 300, y: 0 },
    connections: [],
    webhook: null,
    filterName: null,
    fieldNames: [],
    disabled: false,
  };
  return { ...base, ...extra };
}

export const SCENARIO: Scenario = {
  name: "Orders for jane.doe@example.com",
  platform: "fusion",
  zone: "app.workfrontfusion.com",
  shape: "export",
  warnings: [],
  modules: [
    module("1", "gateway:CustomWebHook", "Receive", {
      role: "trigger",
      webhook: { parameter: "hook", id: 98765, type: "gateway-webhook", label: "Orders hook" },
    }),
    module("2", "workfront:UpdateRecord", "<img src=x onerror=alert(1)>", {
      connections: [
        {
          parameter: "__IMTCONN__",
          id: 4512,
          acceptedTypes: ["workfront"],
          type: "workfront",
          label: "WF for ops@acme.test",
        },
      ],
      fieldNames: ['=HYPERLINK("http://evil")', "name"],
    }),
    module("3", "workfront:SearchRecords", 'Find, "the" project'),
    module("4", "pdf:Convert", "Convert to PDF"),
  ],
};

function entry(id: string, overrides: Partial<CatalogEntry>): CatalogEntry {
  return {
    id,
    ref: "B1",
    category: "endpoint",
    level: "module",
    status: "deprecated",
    app: {
      displayName: "Adobe Workfront",
      legacyDisplayName: null,
      appIds: ["workfront"],
      idStatus: "confirmed-export",
    },
    match: { modules: [], wholeApp: false, connectionTypes: [], namePatterns: [], evidence: [] },
    documentedFor: ["fusion"],
    summary: "The legacy Workfront modules are replaced by the new Workfront connector.",
    replacement: {
      level: "module",
      displayName: "Adobe Workfront (new)",
      moduleId: null,
      idStatus: "unknown",
      parameterRenames: [],
      outputChanges: null,
    },
    dates: {
      announced: null,
      deprecated: { date: "2025-10-20", precision: "day", text: null },
      removedFromSelector: null,
      stopsWorking: { date: null, precision: "unspecified", text: "no date announced" },
    },
    upgrade: { method: "upgrade-all", preservesConfiguration: "yes", reviewAfterUpgrade: true },
    sources: [
      {
        url: "https://experienceleague.adobe.com/en/docs/workfront-fusion/using/manage-scenarios/update-module-to-new-version",
        path: null,
        anchor: null,
      },
    ],
    notes: null,
    ...overrides,
  };
}

export const CATALOG_FIXTURE: Catalog = {
  schemaVersion: 1,
  snapshot: DOCS_SNAPSHOTS.en,
  entries: [
    entry("workfront-legacy", {}),
    entry("pdf-convert", {
      ref: "B5",
      app: {
        displayName: "Adobe PDF Services",
        legacyDisplayName: null,
        appIds: ["pdf"],
        idStatus: "inferred",
      },
      summary: "Convert Document to PDF file moves to a new module.",
      replacement: {
        level: "module",
        displayName: "Create a PDF",
        moduleId: null,
        idStatus: "unknown",
        parameterRenames: [],
        outputChanges: null,
      },
      upgrade: { method: "choose-new", preservesConfiguration: "no", reviewAfterUpgrade: true },
    }),
  ],
};

function step(id: string, fields: Partial<PlanStep>): PlanStep {
  return {
    id,
    kind: "module",
    entryIds: [],
    findingIds: [],
    moduleKeys: [],
    method: "none",
    preservesConfiguration: "unknown",
    fieldsToRecheck: [],
    doneWhen: [{ kind: "manual" }],
    ...fields,
  };
}

export const PLAN: Plan = {
  steps: [
    step("prepare", { kind: "prepare", method: "backup" }),
    step("module-workfront", {
      entryIds: ["workfront-legacy"],
      moduleKeys: ["2", "3"],
      method: "upgrade-all",
      preservesConfiguration: "yes",
      fieldsToRecheck: ['=HYPERLINK("http://evil")', "name"],
      findingIds: ["workfront-legacy|workfront"],
      doneWhen: [{ kind: "finding-gone", findingId: "workfront-legacy|workfront" }],
    }),
    step("module-pdf", {
      entryIds: ["pdf-convert"],
      moduleKeys: ["4"],
      method: "choose-new",
      preservesConfiguration: "no",
      fieldsToRecheck: ["file"],
    }),
    step("verify", { kind: "verify", method: "verify" }),
  ],
};

const WORKFRONT_FINDING: Finding = {
  id: "workfront-legacy|workfront",
  entryId: "workfront-legacy",
  ref: "B1",
  level: "module",
  category: "endpoint",
  severity: "warning",
  urgency: "deprecated-no-stop-date",
  confidence: "likely",
  matchedBy: "module-prefix",
  evidence: [
    { code: "app-prefix", value: "workfront" },
    { code: "documented-for", value: "fusion" },
  ],
  documentedFor: ["fusion"],
  platformNote: true,
  dismissal: null,
  ruleKey: "workfront-legacy|workfront",
  moduleKeys: ["2", "3"],
  connection: null,
  deadline: { date: "2025-10-20", precision: "day", text: null },
  userConfirmed: false,
};

/** The findings the plan acts on, as the analyzer reports them for a blueprint from Make. */
export const REPORT: Pick<Report, "findings" | "platform"> = {
  findings: [WORKFRONT_FINDING],
  platform: "make",
};
