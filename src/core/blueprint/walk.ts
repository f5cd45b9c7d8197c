/**
 * Walks every module of a located scenario, iteratively (an explicit stack: 10,000 levels of
 * nesting must not overflow the call stack), in flow order: a module, then what hangs off it
 * (its error handler, routes, branches, tools), then the next module of its chain.
 *
 * Paths are kept as linked steps (one small node per step, shared by everything below it) and
 * turned into arrays once per module, from the last 64 steps only: a 10,000-deep scenario must
 * not cost depth² memory, and a 50 MB one must not cost a copy of every path per module.
 */
import type { PathStep, ReadWarning, ScenarioModule } from "./model";
import {
  connectionsOf,
  designerOf,
  fieldNamesOf,
  filterNameOf,
  roleOf,
  webhookOf,
} from "./module-facts";
import { isModule, isObject, type JsonObject, type LocatedScenario } from "./shape";

const MAX_PATH_STEPS = 64;

/** One step of a path, pointing at the step before it. `word` is the step in words, if any. */
interface PathNode {
  step: PathStep | null;
  word: string | null;
  parent: PathNode | null;
}

interface Context {
  depth: number;
  parentIndex: number;
  disabled: boolean;
  inErrorHandler: boolean;
  orphan: boolean;
}

interface Visit {
  module: JsonObject;
  /** The chain the module is in (its own flow step is added on visit). */
  chain: PathNode;
  index: number;
  context: Context;
  firstOfMainFlow: boolean;
}

const KNOWN_MEMBERS = new Set([
  "id",
  "module",
  "version",
  "parameters",
  "mapper",
  "metadata",
  "filter",
  "routes",
  "branches",
  "tools",
  "onerror",
]);
const CONTAINERS = [
  ["routes", "route"],
  ["branches", "branch"],
  ["tools", "tool"],
] as const;

const node = (parent: PathNode | null, step: PathStep | null, word: string | null): PathNode => ({
  step,
  word,
  parent,
});

/** The last MAX_PATH_STEPS steps and words of a path, and whether earlier ones were dropped. */
function materialize(last: PathNode): { steps: PathStep[]; words: string[]; truncated: boolean } {
  const steps: PathStep[] = [];
  const words: string[] = [];
  let current: PathNode | null = last;
  while (current && steps.length < MAX_PATH_STEPS) {
    if (current.step) steps.push(current.step);
    if (current.word) words.push(current.word);
    current = current.parent;
  }
  let truncated = false;
  for (let rest = current; rest; rest = rest.parent) {
    if (rest.step) {
      truncated = true;
      break;
    }
  }
  return { steps: steps.reverse(), words: words.reverse(), truncated };
}

const idLabel = (id: unknown, position: number) =>
  typeof id === "number" || typeof id === "string" ? String(id) : `#${position}`;

export function walkScenario(located: LocatedScenario): {
  modules: ScenarioModule[];
  warnings: ReadWarning[];
} {
  const modules: ScenarioModule[] = [];
  /** Index of each module's parent in `modules` (keys are only known once all are read). */
  const parents: number[] = [];
  const stack: Visit[] = [];
  let skipped = 0;

  const pushChain = (modules: unknown, chain: PathNode, context: Context, mainFlow = false) => {
    if (!Array.isArray(modules)) return;
    for (let index = modules.length - 1; index >= 0; index--) {
      const module: unknown = modules[index];
      if (isModule(module))
        stack.push({ module, chain, index, context, firstOfMainFlow: mainFlow && index === 0 });
      else skipped++;
    }
  };

  const top: Context = {
    depth: 0,
    parentIndex: -1,
    disabled: false,
    inErrorHandler: false,
    orphan: false,
  };
  const designer = located.metadata?.designer;
  const orphans = isObject(designer) && Array.isArray(designer.orphans) ? designer.orphans : [];
  // Pushed first so they are visited last: orphans after the scenario itself.
  for (let chain = orphans.length - 1; chain >= 0; chain--) {
    const modules: unknown = orphans[chain];
    pushChain(
      Array.isArray(modules) ? modules : [modules],
      node(null, { kind: "orphans", chain }, `orphans, chain ${chain + 1}`),
      { ...top, orphan: true },
    );
  }
  const hasTrigger = located.shape !== "single-module" && located.shape !== "module-array";
  for (let r = located.roots.length - 1; r >= 0; r--) {
    const root = located.roots[r];
    if (!root) continue;
    const chain =
      root.kind === "subflow"
        ? node(
            null,
            { kind: "subflow", index: root.index },
            located.roots.length > 1 ? `copied modules, group ${root.index + 1}` : "copied modules",
          )
        : node(null, null, root.kind === "bag" ? "modules" : "main flow");
    pushChain(root.modules, chain, top, hasTrigger && root.kind === "flow");
  }

  for (let visit = stack.pop(); visit; visit = stack.pop()) {
    const { module, context } = visit;
    const moduleId = module.module as string;
    const colon = moduleId.indexOf(":");
    const metadata = isObject(module.metadata) ? module.metadata : null;
    const role = roleOf(module, moduleId, visit.firstOfMainFlow, context);
    const kindWord = role === "router" ? "router" : role === "if-else" ? "if-else" : "module";
    const self = node(
      visit.chain,
      { kind: "flow", index: visit.index },
      `${kindWord} ${idLabel(module.id, visit.index + 1)}`,
    );
    const { steps, words, truncated } = materialize(self);
    const connections = connectionsOf(module, metadata);
    const webhook = webhookOf(module, metadata);
    const place = designerOf(metadata);
    const index = modules.length;
    parents.push(context.parentIndex);
    modules.push({
      key: "",
      parentKey: null,
      id: typeof module.id === "number" || typeof module.id === "string" ? module.id : null,
      module: moduleId,
      app: colon === -1 ? moduleId : moduleId.slice(0, colon),
      name: colon === -1 ? "" : moduleId.slice(colon + 1),
      version: typeof module.version === "number" ? module.version : null,
      role,
      path: steps,
      pathText: (truncated ? "… › " : "") + words.join(" › "),
      depth: context.depth,
      label: place.label,
      position: place.position,
      connections,
      webhook,
      filterName: filterNameOf(module),
      fieldNames: fieldNamesOf(module, connections, webhook),
      disabled: context.disabled,
    });

    // Children are pushed last-first, so they are visited in this order: error handler,
    // routes, branches, tools, then any other member that holds modules.
    const below: Context = { ...context, depth: context.depth + 1, parentIndex: index };
    const pending: [unknown, PathNode, Context][] = [];
    if (Array.isArray(module.onerror)) {
      pending.push([
        module.onerror,
        node(self, { kind: "onerror" }, "error handler"),
        { ...below, inErrorHandler: true },
      ]);
    }
    for (const [member, kind] of CONTAINERS) {
      const list = module[member];
      if (!Array.isArray(list)) continue;
      for (let i = 0; i < list.length; i++) {
        const entry: unknown = list[i];
        if (!isObject(entry)) continue;
        const step: PathStep =
          kind === "branch"
            ? { kind, index: i, ...(typeof entry.label === "string" ? { label: entry.label } : {}) }
            : kind === "tool"
              ? { kind, index: i, ...(typeof entry.name === "string" ? { name: entry.name } : {}) }
              : { kind, index: i };
        const context =
          entry.disabled === true && !below.disabled ? { ...below, disabled: true } : below;
        pending.push([entry.flow, node(self, step, `${kind} ${i + 1}`), context]);
      }
    }
    // Nesting the format description does not name yet: any other member holding modules.
    for (const member in module) {
      if (KNOWN_MEMBERS.has(member)) continue;
      const value = module[member];
      if (!Array.isArray(value) || value.length === 0) continue;
      if (value.some(isModule)) {
        pending.push([value, node(self, null, member), below]);
      } else {
        value.forEach((entry: unknown, i) => {
          if (isObject(entry) && Array.isArray(entry.flow)) {
            pending.push([
              entry.flow,
              node(self, { kind: "route", index: i }, `${member} ${i + 1}`),
              below,
            ]);
          }
        });
      }
    }
    for (let c = pending.length - 1; c >= 0; c--) {
      const [modules, chain, childContext] = pending[c] ?? [];
      if (chain && childContext) pushChain(modules, chain, childContext);
    }
  }

  return { modules, warnings: assignKeys(modules, parents, skipped) };
}

/** Keys: the module id when present and unique, else a place-based key. Set in place. */
function assignKeys(modules: ScenarioModule[], parents: number[], skipped: number): ReadWarning[] {
  const seen = new Map<string, number>();
  for (const module of modules) {
    if (module.id !== null) seen.set(String(module.id), (seen.get(String(module.id)) ?? 0) + 1);
  }
  modules.forEach((module, index) => {
    module.key =
      module.id !== null && seen.get(String(module.id)) === 1
        ? String(module.id)
        : `at-${index + 1}`;
  });
  modules.forEach((module, index) => {
    const parent = parents[index] ?? -1;
    module.parentKey = parent === -1 ? null : (modules[parent]?.key ?? null);
  });
  const warnings: ReadWarning[] = [];
  const duplicates = [...seen].filter(([, count]) => count > 1).map(([id]) => id);
  if (duplicates.length > 0) {
    warnings.push({
      code: "duplicate-ids",
      message: `Several modules share the id ${duplicates.slice(0, 5).join(", ")}: they are told apart by their place in the scenario.`,
      data: { ids: duplicates.join(", ") },
    });
  }
  if (skipped > 0) {
    warnings.push({
      code: "unknown-members",
      message: `${skipped} item(s) in a flow are not modules (no "module" member) and were skipped.`,
      data: { count: skipped },
    });
  }
  return warnings;
}
