/**
 * Example blueprints for "Try an example", built from the catalog so they always show a change
 * the app knows: one per level of change (connection, module, connector) and one with nothing
 * to fix. Their scenario names start with "Example" so they are never mistaken for a real one.
 */
import type { Catalog, CatalogEntry, IdStatus } from "../catalog/model";

export type ExampleKind = "connection" | "module" | "connector" | "none";
export const EXAMPLE_KINDS: readonly ExampleKind[] = ["connection", "module", "connector", "none"];

export interface Example {
  kind: ExampleKind;
  /** The catalog entry it shows (null for the example without findings). */
  entryId: string | null;
  /** Display name of the app concerned, for the button label. */
  appName: string | null;
  /** The blueprint, as a user would paste it. */
  text: string;
}

interface ModuleSpec {
  module: string;
  version: number;
  label: string;
  connectionType?: string;
}

/** Built-in modules no breaking change concerns; the example without findings is made of them. */
const UNAFFECTED: ModuleSpec[] = [
  { module: "gateway:CustomWebHook", version: 1, label: "Receive an order" },
  { module: "util:SetVariable2", version: 1, label: "Keep the order number" },
  { module: "builtin:BasicFeeder", version: 1, label: "Go through the items" },
];

function blueprintModule(spec: ModuleSpec, index: number): Record<string, unknown> {
  const id = index + 1;
  const base: Record<string, unknown> = {
    id,
    module: spec.module,
    version: spec.version,
    parameters: {},
    mapper: {},
    metadata: { designer: { x: index * 300, y: 0, name: spec.label } },
  };
  if (!spec.connectionType) return base;
  return {
    ...base,
    parameters: { __IMTCONN__: 1000 + id },
    metadata: {
      designer: { x: index * 300, y: 0, name: spec.label },
      restore: {
        parameters: {
          __IMTCONN__: {
            label: `Example connection (${spec.connectionType})`,
            data: { scoped: "true", connection: spec.connectionType },
          },
        },
      },
      parameters: [
        {
          name: "__IMTCONN__",
          type: `account:${spec.connectionType}`,
          label: "Connection",
          required: true,
        },
      ],
    },
  };
}

function blueprintText(name: string, specs: ModuleSpec[]): string {
  const blueprint = {
    name,
    flow: specs.map(blueprintModule),
    metadata: {
      instant: true,
      version: 1,
      scenario: { roundtrips: 1, maxErrors: 3, autoCommit: true, sequential: false },
      designer: { orphans: [] },
      // The catalog is Fusion's documentation: the examples are Fusion scenarios.
      zone: "app.workfrontfusion.com",
    },
  };
  return JSON.stringify(blueprint, null, 2);
}

/** "<=2" → 2, "3" → 3, "*"/null → 1: a version the matcher accepts. */
function versionFor(versions: string | null): number {
  const number = /\d+/.exec(versions ?? "")?.[0];
  return number ? Number(number) : 1;
}

const [trigger, , tail] = UNAFFECTED as [ModuleSpec, ModuleSpec, ModuleSpec];

function connectionExample(entry: CatalogEntry): Example | null {
  const type = entry.match.connectionTypes.find((matcher) => matcher.accountType)?.accountType;
  const appId = entry.app.appIds[0];
  if (!type || !appId) return null;
  const moduleId =
    entry.match.modules.find((m) => m.moduleId)?.moduleId ?? `${appId}:ExampleAction`;
  const affected: ModuleSpec = {
    module: moduleId,
    version: 1,
    label: `Use the ${entry.app.displayName} connection`,
    connectionType: type,
  };
  return {
    kind: "connection",
    entryId: entry.id,
    appName: entry.app.displayName,
    text: blueprintText(`Example: ${entry.app.displayName} connection to update`, [
      trigger,
      affected,
      tail,
    ]),
  };
}

/** Best-attested ids first: an example should show a module id users really have. */
const ID_TRUST: IdStatus[] = ["confirmed-export", "seen-public-code", "inferred"];

function moduleExample(entry: CatalogEntry): Example | null {
  const matcher = ID_TRUST.flatMap((status) =>
    entry.match.modules.filter((m) => m.moduleId && m.idStatus === status),
  )[0];
  if (!matcher?.moduleId) return null;
  const affected: ModuleSpec = {
    module: matcher.moduleId,
    version: versionFor(matcher.versions),
    label: matcher.displayName,
  };
  return {
    kind: "module",
    entryId: entry.id,
    appName: entry.app.displayName,
    text: blueprintText(`Example: ${entry.app.displayName} module to upgrade`, [
      trigger,
      affected,
      tail,
    ]),
  };
}

function connectorExample(entry: CatalogEntry): Example | null {
  const appId = entry.app.appIds[0];
  if (!entry.match.wholeApp || !appId) return null;
  const moduleId =
    entry.match.modules.find((m) => m.moduleId)?.moduleId ?? `${appId}:ExampleAction`;
  const affected: ModuleSpec = { module: moduleId, version: 1, label: entry.app.displayName };
  return {
    kind: "connector",
    entryId: entry.id,
    appName: entry.app.displayName,
    text: blueprintText(`Example: ${entry.app.displayName} connector to replace`, [
      trigger,
      affected,
      tail,
    ]),
  };
}

function firstOf(
  catalog: Catalog,
  level: CatalogEntry["level"],
  build: (entry: CatalogEntry) => Example | null,
): Example | null {
  for (const entry of catalog.entries) {
    if (entry.level !== level) continue;
    const example = build(entry);
    if (example) return example;
  }
  return null;
}

/** The module example whose id is best attested across the catalog. */
function bestModuleExample(catalog: Catalog): Example | null {
  for (const status of ID_TRUST) {
    const entry = catalog.entries.find(
      (candidate) =>
        candidate.level === "module" &&
        candidate.match.modules.some((m) => m.moduleId && m.idStatus === status),
    );
    if (entry) return moduleExample(entry);
  }
  return null;
}

/**
 * The examples the catalog allows, in the order of EXAMPLE_KINDS. The blueprints are the same in
 * every language; `names` (the catalog in the reader's language) names the apps on the buttons.
 */
export function buildExamples(catalog: Catalog, names: Catalog = catalog): Example[] {
  const appNames = new Map(names.entries.map((entry) => [entry.id, entry.app.displayName]));
  const none: Example = {
    kind: "none",
    entryId: null,
    appName: null,
    text: blueprintText("Example: a scenario with nothing to fix", UNAFFECTED),
  };
  return [
    firstOf(catalog, "connection", connectionExample),
    bestModuleExample(catalog),
    firstOf(catalog, "connector", connectorExample),
    none,
  ]
    .filter((example): example is Example => example !== null)
    .map((example) => ({
      ...example,
      appName: (example.entryId && appNames.get(example.entryId)) ?? example.appName,
    }));
}
