/**
 * Example blueprints for "Try an example", built from the catalog so they always show a change
 * the app knows: one per level of change (connection, module, connector) and one with nothing
 * to fix. Their scenario names start with "Example" so they are never mistaken for a real one.
 */
import type { Catalog, CatalogEntry, IdStatus } from "../catalog/model";
import { interpolate } from "../locale/interpolate";

/**
 * The examples' names and module labels, in English. The app passes them in the reader's
 * language (the Diagnose messages include these keys); the button labels are the names.
 */
export const EXAMPLE_WORDS_EN = {
  "examples.connection": "Example: connection to update ({app})",
  "examples.module": "Example: module to upgrade ({app})",
  "examples.connector": "Example: connector to replace ({app})",
  "examples.none": "Example: a scenario with nothing to fix",
  "examples.label.receive": "Receive an order",
  "examples.label.keep": "Keep the order number",
  "examples.label.loop": "Go through the items",
  "examples.label.useConnection": "Use the {app} connection",
  "examples.label.connection": "Example connection ({type})",
} as const;
export type ExampleWords = { readonly [K in keyof typeof EXAMPLE_WORDS_EN]: string };
export const EXAMPLE_KEYS = Object.keys(EXAMPLE_WORDS_EN) as (keyof ExampleWords)[];
type Say = (key: keyof ExampleWords, values?: Record<string, string>) => string;

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
const unaffected = (say: Say): [ModuleSpec, ModuleSpec, ModuleSpec] => [
  { module: "gateway:CustomWebHook", version: 1, label: say("examples.label.receive") },
  { module: "util:SetVariable2", version: 1, label: say("examples.label.keep") },
  { module: "builtin:BasicFeeder", version: 1, label: say("examples.label.loop") },
];

function blueprintModule(say: Say, spec: ModuleSpec, index: number): Record<string, unknown> {
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
            label: say("examples.label.connection", { type: spec.connectionType }),
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

function blueprintText(say: Say, name: string, specs: ModuleSpec[]): string {
  const blueprint = {
    name,
    flow: specs.map((spec, index) => blueprintModule(say, spec, index)),
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

/** An example around one affected module, between a trigger and a last step that are not. */
function around(say: Say, name: string, affected: ModuleSpec): string {
  const [trigger, , tail] = unaffected(say);
  return blueprintText(say, name, [trigger, affected, tail]);
}

/** An example named after its kind and app, whose middle module is the affected one. */
function affectedExample(
  say: Say,
  kind: ExampleKind,
  entry: CatalogEntry,
  affected: ModuleSpec,
): Example {
  const name = say(`examples.${kind}`, { app: entry.app.displayName });
  return {
    kind,
    entryId: entry.id,
    appName: entry.app.displayName,
    text: around(say, name, affected),
  };
}

function connectionExample(say: Say, entry: CatalogEntry): Example | null {
  const type = entry.match.connectionTypes.find((matcher) => matcher.accountType)?.accountType;
  const appId = entry.app.appIds[0];
  if (!type || !appId) return null;
  const moduleId =
    entry.match.modules.find((m) => m.moduleId)?.moduleId ?? `${appId}:ExampleAction`;
  const affected: ModuleSpec = {
    module: moduleId,
    version: 1,
    label: say("examples.label.useConnection", { app: entry.app.displayName }),
    connectionType: type,
  };
  return affectedExample(say, "connection", entry, affected);
}

/** Best-attested ids first: an example should show a module id users really have. */
const ID_TRUST: IdStatus[] = ["confirmed-export", "seen-public-code", "inferred"];

function moduleExample(say: Say, entry: CatalogEntry): Example | null {
  const matcher = ID_TRUST.flatMap((status) =>
    entry.match.modules.filter((m) => m.moduleId && m.idStatus === status),
  )[0];
  if (!matcher?.moduleId) return null;
  const affected: ModuleSpec = {
    module: matcher.moduleId,
    version: versionFor(matcher.versions),
    label: matcher.displayName,
  };
  return affectedExample(say, "module", entry, affected);
}

function connectorExample(say: Say, entry: CatalogEntry): Example | null {
  const appId = entry.app.appIds[0];
  if (!entry.match.wholeApp || !appId) return null;
  const moduleId =
    entry.match.modules.find((m) => m.moduleId)?.moduleId ?? `${appId}:ExampleAction`;
  const affected: ModuleSpec = { module: moduleId, version: 1, label: entry.app.displayName };
  return affectedExample(say, "connector", entry, affected);
}

function firstOf(
  catalog: Catalog,
  level: CatalogEntry["level"],
  say: Say,
  build: (say: Say, entry: CatalogEntry) => Example | null,
): Example | null {
  for (const entry of catalog.entries) {
    if (entry.level !== level) continue;
    const example = build(say, entry);
    if (example) return example;
  }
  return null;
}

/** The module example whose id is best attested across the catalog. */
function bestModuleExample(catalog: Catalog, say: Say): Example | null {
  for (const status of ID_TRUST) {
    const entry = catalog.entries.find(
      (candidate) =>
        candidate.level === "module" &&
        candidate.match.modules.some((m) => m.moduleId && m.idStatus === status),
    );
    if (entry) return moduleExample(say, entry);
  }
  return null;
}

/**
 * The examples the catalog allows, in the order of EXAMPLE_KINDS, named in the words given. The
 * blueprints are the same in every language; `names` (the catalog in the reader's language) names
 * the apps on the buttons.
 */
export function buildExamples(
  catalog: Catalog,
  words: ExampleWords = EXAMPLE_WORDS_EN,
  names: Catalog = catalog,
): Example[] {
  const say: Say = (key, values) => interpolate(words[key], values);
  const appNames = new Map(names.entries.map((entry) => [entry.id, entry.app.displayName]));
  const none: Example = {
    kind: "none",
    entryId: null,
    appName: null,
    text: blueprintText(say, say("examples.none"), unaffected(say)),
  };
  return [
    firstOf(catalog, "connection", say, connectionExample),
    bestModuleExample(catalog, say),
    firstOf(catalog, "connector", say, connectorExample),
    none,
  ]
    .filter((example): example is Example => example !== null)
    .map((example) => ({
      ...example,
      appName: (example.entryId && appNames.get(example.entryId)) ?? example.appName,
    }));
}
