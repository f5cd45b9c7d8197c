/**
 * Example blueprints for "Try an example", built from the catalog so they always show a change
 * the app knows: one per level of change (connection, module, connector) and one with nothing
 * to fix. Their scenario names start with "Example" so they are never mistaken for a real one.
 */
import type { Catalog, CatalogEntry, IdStatus } from "../catalog/model";
import { interpolate } from "../locale/interpolate";

/**
 * The examples' own words (scenario names, module labels), in English here; the page gives them
 * in the reader's language from its messages, which hold the same keys.
 */
export const EXAMPLE_WORDS_EN = {
  "examples.connection": "Example: connection to update ({app})",
  "examples.module": "Example: module to upgrade ({app})",
  "examples.connector": "Example: connector to replace ({app})",
  "examples.none": "Example: a scenario with nothing to fix",
  "examples.label.receive": "Receive an order",
  "examples.label.keep": "Keep the order number",
  "examples.label.iterate": "Go through the items",
  "examples.label.useConnection": "Use the {app} connection",
  "examples.label.connection": "Example connection ({type})",
};
export type ExampleWords = Record<keyof typeof EXAMPLE_WORDS_EN, string>;

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
  /** The connection's label, as a Fusion export shows it. */
  connectionLabel?: string;
}

/** Built-in modules no breaking change concerns; the example without findings is made of them. */
const unaffected = (words: ExampleWords): [ModuleSpec, ModuleSpec, ModuleSpec] => [
  { module: "gateway:CustomWebHook", version: 1, label: words["examples.label.receive"] },
  { module: "util:SetVariable2", version: 1, label: words["examples.label.keep"] },
  { module: "builtin:BasicFeeder", version: 1, label: words["examples.label.iterate"] },
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
            label: spec.connectionLabel ?? spec.connectionType,
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

/** What an example is built with: its words and the app names, in the reader's language. */
interface Context {
  words: ExampleWords;
  appName: (entry: CatalogEntry) => string;
}

function around(context: Context, affected: ModuleSpec): ModuleSpec[] {
  const [trigger, , tail] = unaffected(context.words);
  return [trigger, affected, tail];
}

function exampleOf(
  context: Context,
  kind: Exclude<ExampleKind, "none">,
  entry: CatalogEntry,
  affected: ModuleSpec,
): Example {
  const appName = context.appName(entry);
  return {
    kind,
    entryId: entry.id,
    appName,
    text: blueprintText(
      interpolate(context.words[`examples.${kind}`], { app: appName }),
      around(context, affected),
    ),
  };
}

function connectionExample(context: Context, entry: CatalogEntry): Example | null {
  const type = entry.match.connectionTypes.find((matcher) => matcher.accountType)?.accountType;
  const appId = entry.app.appIds[0];
  if (!type || !appId) return null;
  const moduleId =
    entry.match.modules.find((m) => m.moduleId)?.moduleId ?? `${appId}:ExampleAction`;
  return exampleOf(context, "connection", entry, {
    module: moduleId,
    version: 1,
    label: interpolate(context.words["examples.label.useConnection"], {
      app: context.appName(entry),
    }),
    connectionType: type,
    connectionLabel: interpolate(context.words["examples.label.connection"], { type }),
  });
}

/** Best-attested ids first: an example should show a module id users really have. */
const ID_TRUST: IdStatus[] = ["confirmed-export", "seen-public-code", "inferred"];

function moduleExample(context: Context, entry: CatalogEntry): Example | null {
  const matcher = ID_TRUST.flatMap((status) =>
    entry.match.modules.filter((m) => m.moduleId && m.idStatus === status),
  )[0];
  if (!matcher?.moduleId) return null;
  return exampleOf(context, "module", entry, {
    module: matcher.moduleId,
    version: versionFor(matcher.versions),
    label: matcher.displayName,
  });
}

function connectorExample(context: Context, entry: CatalogEntry): Example | null {
  const appId = entry.app.appIds[0];
  if (!entry.match.wholeApp || !appId) return null;
  const moduleId =
    entry.match.modules.find((m) => m.moduleId)?.moduleId ?? `${appId}:ExampleAction`;
  return exampleOf(context, "connector", entry, {
    module: moduleId,
    version: 1,
    label: context.appName(entry),
  });
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
function bestModuleExample(context: Context, catalog: Catalog): Example | null {
  for (const status of ID_TRUST) {
    const entry = catalog.entries.find(
      (candidate) =>
        candidate.level === "module" &&
        candidate.match.modules.some((m) => m.moduleId && m.idStatus === status),
    );
    if (entry) return moduleExample(context, entry);
  }
  return null;
}

/**
 * The examples the catalog allows, in the order of EXAMPLE_KINDS. `names` (the catalog in the
 * reader's language) names the apps and `words` are the examples' own words in that language.
 */
export function buildExamples(
  catalog: Catalog,
  names: Catalog = catalog,
  words: ExampleWords = EXAMPLE_WORDS_EN,
): Example[] {
  const appNames = new Map(names.entries.map((entry) => [entry.id, entry.app.displayName]));
  const context: Context = {
    words,
    appName: (entry) => appNames.get(entry.id) ?? entry.app.displayName,
  };
  const none: Example = {
    kind: "none",
    entryId: null,
    appName: null,
    text: blueprintText(words["examples.none"], unaffected(words)),
  };
  return [
    firstOf(catalog, "connection", (entry) => connectionExample(context, entry)),
    bestModuleExample(context, catalog),
    firstOf(catalog, "connector", (entry) => connectorExample(context, entry)),
    none,
  ].filter((example): example is Example => example !== null);
}
