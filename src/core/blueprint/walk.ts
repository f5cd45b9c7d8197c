/**
 * Walks every module of a located scenario, iteratively (an explicit stack of chain cursors:
 * 10,000 levels of nesting must not overflow the call stack), in flow order: a module, then what
 * hangs off it (its error handler, routes, branches, tools), then the next module of its chain.
 *
 * Speed matters (a 50 MB blueprint must be read within 1.5× JSON.parse), so the walk allocates
 * little per module: everything shared by a chain (its path, its path in words, its context) is
 * computed once per chain, and a module only adds its own last step. Paths keep their last
 * MAX_PATH_STEPS steps, so a 10,000-deep scenario does not cost depth² memory.
 */
import type { PathStep, ReadWarning, ScenarioModule } from "./model";
import {
  fieldNamesOf,
  filterNameOf,
  labelOf,
  positionOf,
  referencesOf,
  roleOf,
  splitModuleId,
} from "./module-facts";
import { isModule, isObject, type JsonObject, type LocatedScenario } from "./shape";

const MAX_PATH_STEPS = 64;

/** One list of modules (a flow, a route, a handler…) and what all its modules share. */
interface Chain {
  /** Path steps leading to this chain (its modules add their own `flow` step). */
  steps: PathStep[];
  /** The same path in words, with the separator for the module's own word:
   * "main flow › router 3 › route 2 › " (built once per chain, shared by its modules). */
  prefix: string;
  /** The words of `prefix` (at most MAX_PATH_STEPS), to start over from when a path is cut. */
  words: string[];
  /** Earlier steps or words were dropped (`prefix` then starts with "… › "). */
  truncated: boolean;
  depth: number;
  /** Index in the output of the module this chain hangs off, or -1. */
  parentIndex: number;
  disabled: boolean;
  inErrorHandler: boolean;
  orphan: boolean;
  /** The first module of this chain is the scenario's trigger. */
  mainFlow: boolean;
}

/** A position in a chain's list, on the walk's stack. */
interface Cursor {
  list: unknown[];
  next: number;
  chain: Chain;
}

/** Module members that are not nesting, or whose nesting is read by name. */
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

/** `list` plus `item`, keeping at most the last MAX_PATH_STEPS entries. */
function append<T>(list: T[], item: T): T[] {
  const from = list.length < MAX_PATH_STEPS ? 0 : 1;
  // Sized once (no regrowth): a path per module, on a 50 MB blueprint, is many arrays.
  const out = new Array<T>(list.length - from + 1);
  for (let i = from; i < list.length; i++) out[i - from] = list[i] as T;
  out[out.length - 1] = item;
  return out;
}

function rootChain(word: string, step: PathStep | null, overrides: Partial<Chain> = {}): Chain {
  return {
    steps: step ? [step] : [],
    prefix: `${word} › `,
    words: [word],
    truncated: false,
    depth: 0,
    parentIndex: -1,
    disabled: false,
    inErrorHandler: false,
    orphan: false,
    mainFlow: false,
    ...overrides,
  };
}

/** The chain below a module: its path, its words, its context. */
function childChain(
  parent: Chain,
  moduleStep: PathStep,
  moduleWord: string,
  parentIndex: number,
  step: PathStep | null,
  word: string,
  flags: { inErrorHandler?: boolean; disabled?: boolean } = {},
): Chain {
  const withModule = append(parent.steps, moduleStep);
  const steps = step ? append(withModule, step) : withModule;
  const words = append(append(parent.words, moduleWord), word);
  const truncated =
    parent.truncated ||
    parent.steps.length + (step ? 2 : 1) > MAX_PATH_STEPS ||
    parent.words.length + 2 > MAX_PATH_STEPS;
  // Written out (no spread): a large scenario has thousands of chains.
  return {
    steps,
    words,
    truncated,
    prefix: truncated
      ? `… › ${words.join(" › ")} › `
      : `${parent.prefix}${moduleWord} › ${word} › `,
    depth: parent.depth + 1,
    parentIndex,
    disabled: flags.disabled ?? parent.disabled,
    inErrorHandler: flags.inErrorHandler ?? parent.inErrorHandler,
    orphan: parent.orphan,
    mainFlow: false,
  };
}

/** Puts a chain on the walk's stack, when it is a list with something in it. */
function push(stack: Cursor[], list: unknown, chain: Chain) {
  if (Array.isArray(list) && list.length > 0) stack.push({ list, next: 0, chain });
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
  const stack: Cursor[] = [];
  /** `{ kind: "flow", index }` steps, shared by every module at that index (plain, never mutated). */
  const flowSteps: PathStep[] = [];
  let skipped = 0;

  const scenarioDesigner = located.metadata?.designer;
  const orphans =
    isObject(scenarioDesigner) && Array.isArray(scenarioDesigner.orphans)
      ? scenarioDesigner.orphans
      : [];
  // Pushed first so they are visited last: orphans after the scenario itself.
  for (let index = orphans.length - 1; index >= 0; index--) {
    const list: unknown = orphans[index];
    push(
      stack,
      Array.isArray(list) ? list : [list],
      rootChain(`orphans, chain ${index + 1}`, { kind: "orphans", chain: index }, { orphan: true }),
    );
  }
  const hasTrigger = located.shape !== "single-module" && located.shape !== "module-array";
  for (let r = located.roots.length - 1; r >= 0; r--) {
    const root = located.roots[r];
    if (!root) continue;
    const chain =
      root.kind === "subflow"
        ? rootChain(
            located.roots.length > 1 ? `copied modules, group ${root.index + 1}` : "copied modules",
            { kind: "subflow", index: root.index },
          )
        : rootChain(root.kind === "bag" ? "modules" : "main flow", null, {
            mainFlow: hasTrigger && root.kind === "flow",
          });
    push(stack, root.modules, chain);
  }

  for (let cursor = stack.at(-1); cursor; cursor = stack.at(-1)) {
    const index = cursor.next++;
    if (cursor.next >= cursor.list.length) stack.pop();
    const module: unknown = cursor.list[index];
    if (!isModule(module)) {
      skipped++;
      continue;
    }
    const { chain } = cursor;
    const moduleId = module.module;
    const { app, name } = splitModuleId(moduleId);
    const metadata = isObject(module.metadata) ? module.metadata : null;
    const parameters = isObject(module.parameters) ? module.parameters : null;
    const role = roleOf(module, moduleId, chain.mainFlow && index === 0, chain);
    const kindWord = role === "router" ? "router" : role === "if-else" ? "if-else" : "module";
    const word = `${kindWord} ${idLabel(module.id, index + 1)}`;
    const step = (flowSteps[index] ??= { kind: "flow", index });
    const { connections, webhook } = referencesOf(parameters, metadata);
    const designer = isObject(metadata?.designer) ? metadata.designer : null;
    const self = modules.length;
    parents.push(chain.parentIndex);
    modules.push({
      key: "",
      parentKey: null,
      id: typeof module.id === "number" || typeof module.id === "string" ? module.id : null,
      module: moduleId,
      app,
      name,
      version: typeof module.version === "number" ? module.version : null,
      role,
      path: append(chain.steps, step),
      // The chain's words already say "… ›" when its path was cut; a module only adds a step.
      pathText:
        chain.steps.length >= MAX_PATH_STEPS && !chain.truncated
          ? `… › ${chain.prefix}${word}`
          : chain.prefix + word,
      depth: chain.depth,
      label: labelOf(designer),
      position: positionOf(designer),
      connections,
      webhook,
      filterName: filterNameOf(module),
      fieldNames: fieldNamesOf(parameters, module.mapper, connections, webhook),
      disabled: chain.disabled,
    });
    pushChildren(module, chain, step, word, self, stack);
  }

  return { modules, warnings: assignKeys(modules, parents, skipped) };
}

/**
 * Puts what hangs off a module on the stack, last first, so it is visited in this order: error
 * handler, routes, branches, tools, then any other member holding modules.
 */
function pushChildren(
  module: JsonObject,
  chain: Chain,
  step: PathStep,
  word: string,
  self: number,
  stack: Cursor[],
) {
  const base = stack.length;
  if (Array.isArray(module.onerror) && module.onerror.length > 0) {
    push(
      stack,
      module.onerror,
      childChain(chain, step, word, self, { kind: "onerror" }, "error handler", {
        inErrorHandler: true,
      }),
    );
  }
  for (const [member, kind] of CONTAINERS) {
    const list = module[member];
    if (!Array.isArray(list)) continue;
    for (let i = 0; i < list.length; i++) {
      const entry: unknown = list[i];
      if (!isObject(entry) || !Array.isArray(entry.flow)) continue;
      const childStep: PathStep =
        kind === "branch"
          ? { kind, index: i, ...(typeof entry.label === "string" ? { label: entry.label } : {}) }
          : kind === "tool"
            ? { kind, index: i, ...(typeof entry.name === "string" ? { name: entry.name } : {}) }
            : { kind, index: i };
      const disabled = chain.disabled || entry.disabled === true;
      push(
        stack,
        entry.flow,
        childChain(chain, step, word, self, childStep, `${kind} ${i + 1}`, { disabled }),
      );
    }
  }
  // Nesting the format description does not name: any other member holding modules, either
  // directly or as a list of `{ flow }` entries.
  for (const member in module) {
    const value = module[member];
    // Most members are not arrays: tested first, it spares a set lookup per member.
    if (!Array.isArray(value) || value.length === 0 || KNOWN_MEMBERS.has(member)) continue;
    if (value.some(isModule)) {
      push(stack, value, childChain(chain, step, word, self, null, member));
      continue;
    }
    value.forEach((entry: unknown, i) => {
      if (isObject(entry) && Array.isArray(entry.flow))
        push(
          stack,
          entry.flow,
          childChain(chain, step, word, self, { kind: "route", index: i }, `${member} ${i + 1}`),
        );
    });
  }
  // Pushed in visiting order, then turned around: the first child ends on top of the stack.
  for (let low = base, high = stack.length - 1; low < high; low++, high--) {
    const swap = stack[low] as Cursor;
    stack[low] = stack[high] as Cursor;
    stack[high] = swap;
  }
}

/** Keys: the module id when present and unique, else a place-based key. Set in place. */
function assignKeys(modules: ScenarioModule[], parents: number[], skipped: number): ReadWarning[] {
  // Ids are counted by value, small integer ids in an array (a 50 MB blueprint has 50,000 of
  // them: no string or hash per id). A string that spells a number counts as that number, so
  // that 5 and "5" (the same key text) are seen as duplicates.
  const small: number[] = [];
  const other = new Map<number | string, number>();
  const countOf = (id: number | string, add: number): number => {
    const value = typeof id === "string" && String(Number(id)) === id ? Number(id) : id;
    if (typeof value === "number" && Number.isInteger(value) && value >= 0 && value < 1 << 24) {
      return (small[value] = (small[value] ?? 0) + add);
    }
    const count = (other.get(value) ?? 0) + add;
    if (add) other.set(value, count);
    return count;
  };
  for (const module of modules) if (module.id !== null) countOf(module.id, 1);
  modules.forEach((module, index) => {
    module.key =
      module.id !== null && countOf(module.id, 0) === 1 ? String(module.id) : `at-${index + 1}`;
  });
  modules.forEach((module, index) => {
    const parent = parents[index] ?? -1;
    module.parentKey = parent === -1 ? null : (modules[parent]?.key ?? null);
  });
  const warnings: ReadWarning[] = [];
  const duplicates = [
    ...new Set(
      modules.flatMap((module) =>
        module.id !== null && countOf(module.id, 0) > 1 ? [String(module.id)] : [],
      ),
    ),
  ];
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
