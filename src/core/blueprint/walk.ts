/**
 * Walks every module of a located scenario, iteratively (an explicit stack: 10,000 levels of
 * nesting must not overflow the call stack), in flow order: a module, then what hangs off it
 * (its error handler, routes, branches, tools), then the next module of its chain.
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

/** Paths keep their last steps only: a 10,000-deep scenario must not cost depth² memory. */
const MAX_PATH_STEPS = 64;

interface Place {
  steps: PathStep[];
  words: string[];
  /** Steps were dropped from the front (very deep nesting). */
  truncated: boolean;
  depth: number;
  parentIndex: number;
  disabled: boolean;
  inErrorHandler: boolean;
  orphan: boolean;
}

interface Visit extends Place {
  module: JsonObject;
  firstOfMainFlow: boolean;
}

interface Raw extends Omit<ScenarioModule, "key" | "parentKey"> {
  parentIndex: number;
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

function extend(
  place: Place,
  step: PathStep,
  word: string,
): Pick<Place, "steps" | "words" | "truncated"> {
  const full = place.steps.length >= MAX_PATH_STEPS;
  return {
    steps: full ? [...place.steps.slice(1), step] : [...place.steps, step],
    words: full ? [...place.words.slice(1), word] : [...place.words, word],
    truncated: place.truncated || full,
  };
}

const label = (id: unknown, fallback: string) =>
  typeof id === "number" || typeof id === "string" ? String(id) : fallback;

export function walkScenario(located: LocatedScenario): {
  modules: ScenarioModule[];
  warnings: ReadWarning[];
} {
  const raw: Raw[] = [];
  const stack: Visit[] = [];
  let skipped = 0;

  /** Pushes a chain's modules so that its first module is visited first. */
  const pushChain = (modules: unknown, base: Place, opts: { mainFlow?: boolean } = {}) => {
    if (!Array.isArray(modules)) return;
    for (let index = modules.length - 1; index >= 0; index--) {
      const module: unknown = modules[index];
      if (!isModule(module)) {
        skipped++;
        continue;
      }
      stack.push({
        ...base,
        module,
        firstOfMainFlow: opts.mainFlow === true && index === 0,
        ...extend(base, { kind: "flow", index }, ""), // the module's own word is set on visit
      });
    }
  };

  const root: Place = {
    steps: [],
    words: [],
    truncated: false,
    depth: 0,
    parentIndex: -1,
    disabled: false,
    inErrorHandler: false,
    orphan: false,
  };
  const orphanChains = located.metadata?.designer;
  const orphans =
    isObject(orphanChains) && Array.isArray(orphanChains.orphans) ? orphanChains.orphans : [];
  // Pushed first so they come last: orphans after the scenario itself.
  for (let chain = orphans.length - 1; chain >= 0; chain--) {
    const orphan = {
      ...root,
      orphan: true,
      ...extend(
        { ...root, orphan: true },
        { kind: "orphans", chain },
        `orphans, chain ${chain + 1}`,
      ),
    };
    const modules: unknown = orphans[chain];
    pushChain(Array.isArray(modules) ? modules : [modules], orphan);
  }
  for (let r = located.roots.length - 1; r >= 0; r--) {
    const rootChain = located.roots[r];
    if (!rootChain) continue;
    const base =
      rootChain.kind === "subflow"
        ? {
            ...root,
            ...extend(
              root,
              { kind: "subflow", index: rootChain.index },
              located.roots.length > 1
                ? `copied modules, group ${rootChain.index + 1}`
                : "copied modules",
            ),
          }
        : { ...root, words: [rootChain.kind === "bag" ? "modules" : "main flow"] };
    pushChain(rootChain.modules, base, {
      mainFlow:
        rootChain.kind === "flow" &&
        located.shape !== "single-module" &&
        located.shape !== "module-array",
    });
  }

  for (let visit = stack.pop(); visit; visit = stack.pop()) {
    const { module } = visit;
    const moduleId = module.module as string;
    const colon = moduleId.indexOf(":");
    const metadata = isObject(module.metadata) ? module.metadata : null;
    const role = roleOf(module, moduleId, visit);
    const lastStep = visit.steps.at(-1);
    const position = lastStep && "index" in lastStep ? lastStep.index + 1 : 1;
    const idText = label(module.id, `#${position}`);
    const ownWord = `${role === "router" ? "router" : role === "if-else" ? "if-else" : "module"} ${idText}`;
    const words = [...visit.words.slice(0, -1), ownWord].filter(Boolean);
    const connections = connectionsOf(module, metadata);
    const webhook = webhookOf(module, metadata);
    const designer = designerOf(metadata);
    const index = raw.length;
    raw.push({
      id: typeof module.id === "number" || typeof module.id === "string" ? module.id : null,
      module: moduleId,
      app: colon === -1 ? moduleId : moduleId.slice(0, colon),
      name: colon === -1 ? "" : moduleId.slice(colon + 1),
      version: typeof module.version === "number" ? module.version : null,
      role,
      path: visit.steps,
      pathText: (visit.truncated ? "… › " : "") + words.join(" › "),
      depth: visit.depth,
      parentIndex: visit.parentIndex,
      label: designer.label,
      position: designer.position,
      connections,
      webhook,
      filterName: filterNameOf(module),
      fieldNames: fieldNamesOf(module, connections, webhook),
      disabled: visit.disabled,
    });

    // Children, pushed in reverse so they are visited in this order: error handler, routes,
    // branches, tools, then any other member that holds modules.
    const here: Place = {
      steps: visit.steps,
      words,
      truncated: visit.truncated,
      depth: visit.depth + 1,
      parentIndex: index,
      disabled: visit.disabled,
      inErrorHandler: visit.inErrorHandler,
      orphan: visit.orphan,
    };
    const containers: (() => void)[] = [];
    if (Array.isArray(module.onerror)) {
      containers.push(() =>
        pushChain(module.onerror, {
          ...here,
          inErrorHandler: true,
          ...extend(here, { kind: "onerror" }, "error handler"),
        }),
      );
    }
    for (const [member, kind, word] of [
      ["routes", "route", "route"],
      ["branches", "branch", "branch"],
      ["tools", "tool", "tool"],
    ] as const) {
      const list = module[member];
      if (!Array.isArray(list)) continue;
      list.forEach((entry: unknown, i) => {
        if (!isObject(entry)) return;
        const step: PathStep =
          kind === "branch"
            ? { kind, index: i, ...(typeof entry.label === "string" ? { label: entry.label } : {}) }
            : kind === "tool"
              ? { kind, index: i, ...(typeof entry.name === "string" ? { name: entry.name } : {}) }
              : { kind, index: i };
        const place = {
          ...here,
          disabled: here.disabled || entry.disabled === true,
          ...extend(here, step, `${word} ${i + 1}`),
        };
        containers.push(() => pushChain(entry.flow, place));
      });
    }
    // Nesting the format description does not name yet: any other member holding modules.
    for (const [member, value] of Object.entries(module)) {
      if (KNOWN_MEMBERS.has(member) || !Array.isArray(value)) continue;
      if (value.some(isModule)) {
        containers.push(() =>
          pushChain(value, { ...here, ...extend(here, { kind: "flow", index: 0 }, member) }),
        );
      } else {
        value.forEach((entry: unknown, i) => {
          if (isObject(entry) && Array.isArray(entry.flow)) {
            containers.push(() =>
              pushChain(entry.flow, {
                ...here,
                ...extend(here, { kind: "route", index: i }, `${member} ${i + 1}`),
              }),
            );
          }
        });
      }
    }
    for (let c = containers.length - 1; c >= 0; c--) containers[c]?.();
  }

  return finish(raw, skipped);
}

/** Keys: the module id when present and unique, else a path-based key. */
function finish(
  raw: Raw[],
  skipped: number,
): { modules: ScenarioModule[]; warnings: ReadWarning[] } {
  const seen = new Map<string, number>();
  for (const module of raw) {
    if (module.id !== null) seen.set(String(module.id), (seen.get(String(module.id)) ?? 0) + 1);
  }
  const keys = raw.map((module, index) =>
    module.id !== null && seen.get(String(module.id)) === 1 ? String(module.id) : `at-${index + 1}`,
  );
  const modules = raw.map(({ parentIndex, ...module }, index): ScenarioModule => ({
    ...module,
    key: keys[index] ?? `at-${index + 1}`,
    parentKey: parentIndex === -1 ? null : (keys[parentIndex] ?? null),
  }));
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
  return { modules, warnings };
}
