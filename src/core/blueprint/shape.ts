/**
 * Finds the scenario inside a parsed JSON document: a full export, an API or template wrapper,
 * a clipboard copy, or bare modules (blueprint format §1). Says what was found when it is none.
 */
import type { BlueprintShape, FoundItems, FoundValue } from "./model";

type Json = unknown;
export type JsonObject = Record<string, unknown>;

export interface LocatedScenario {
  shape: BlueprintShape;
  name: string | null;
  metadata: JsonObject | null;
  /** Chains of modules to walk, with the path step that leads to each. */
  roots: { kind: "flow" | "subflow" | "bag"; index: number; modules: unknown[] }[];
}

export const isObject = (value: unknown): value is JsonObject =>
  typeof value === "object" && value !== null && !Array.isArray(value);

export const isModule = (value: unknown): value is JsonObject & { module: string } =>
  isObject(value) && typeof value.module === "string";

/**
 * A module standing on its own (a fragment, not inside a flow) must look like one: its `module`
 * is `<app>:<Name>`. Without that, `{ "name": "pkg", "module": "dist/index.js" }` (a package.json)
 * would read as a scenario.
 */
const isLoneModule = (value: unknown): boolean => isModule(value) && value.module.includes(":");

const text = (value: unknown): string | null => (typeof value === "string" ? value : null);

/** Module members that hold user data and editor caches, never modules (format, "How counts were made"). */
const NOT_NESTING = new Set(["mapper", "parameters", "metadata", "filter"]);
/** How far the fallback search looks into an unknown document (members visited). */
const SEARCH_LIMIT = 100_000;

/** How deep wrappers may nest (`response.blueprint`, a blueprint serialized as a string…). */
const MAX_UNWRAP = 4;

export function locateScenario(document: Json): LocatedScenario | { found: FoundValue } {
  let current = document;
  let outerName: string | null = null;
  let wrapped: BlueprintShape | null = null;
  for (let level = 0; level <= MAX_UNWRAP; level++) {
    // Some APIs hand the blueprint over as a JSON string inside the wrapper.
    if (typeof current === "string" && /^\s*[[{]/.test(current)) {
      try {
        current = JSON.parse(current) as unknown;
      } catch {
        return { found: { kind: "text" } };
      }
    }
    if (Array.isArray(current)) {
      const modules = current.filter(isLoneModule);
      if (modules.length > 0)
        return {
          shape: wrapped ?? "module-array",
          name: outerName,
          metadata: null,
          roots: [{ kind: "flow", index: 0, modules: current }],
        };
      return { found: describe(current) };
    }
    if (!isObject(current)) return { found: describe(current) };
    const name: string | null = text(current.name) ?? outerName;
    const metadata = isObject(current.metadata) ? current.metadata : null;
    if (Array.isArray(current.flow)) {
      return {
        shape: wrapped ?? "export",
        name,
        metadata,
        roots: [{ kind: "flow", index: 0, modules: current.flow }],
      };
    }
    if (Array.isArray(current.subflows)) {
      const roots = current.subflows.flatMap((subflow, index) =>
        isObject(subflow) && Array.isArray(subflow.flow)
          ? [{ kind: "subflow" as const, index, modules: subflow.flow }]
          : [],
      );
      if (roots.length > 0) return { shape: wrapped ?? "clipboard", name, metadata, roots };
    }
    if (isObject(current.response) && "blueprint" in current.response) {
      outerName = name;
      wrapped ??= "api-response";
      current = current.response.blueprint;
      continue;
    }
    if (
      "blueprint" in current &&
      (isObject(current.blueprint) || typeof current.blueprint === "string")
    ) {
      outerName = name;
      wrapped ??= "wrapper";
      current = current.blueprint;
      continue;
    }
    if (Array.isArray(current.modules) && current.modules.some(isModule)) {
      return {
        shape: wrapped ?? "modules-key",
        name,
        metadata,
        roots: [{ kind: "flow", index: 0, modules: current.modules }],
      };
    }
    if (isLoneModule(current)) {
      return {
        shape: wrapped ?? "single-module",
        name: outerName,
        metadata: null,
        roots: [{ kind: "flow", index: 0, modules: [current] }],
      };
    }
    const members = Object.values(current).filter(isLoneModule);
    if (members.length > 0) {
      return {
        shape: wrapped ?? "module-bag",
        name: outerName,
        metadata: null,
        roots: [{ kind: "bag", index: 0, modules: members }],
      };
    }
    return searchDeeper(current) ?? { found: describe(current) };
  }
  return { found: { kind: "nested" } };
}

/**
 * Last resort for documents of no known shape (hand-written files put a scenario under any key):
 * the first object holding a `flow` of modules, breadth first, read as a wrapped export; else
 * every module found, outermost only, read as a bag of modules.
 */
function searchDeeper(document: JsonObject): LocatedScenario | null {
  const queue: unknown[] = [document];
  const modules: JsonObject[] = [];
  for (let next = 0; next < queue.length && next < SEARCH_LIMIT; next++) {
    const value = queue[next];
    if (Array.isArray(value)) {
      for (const item of value) if (typeof item === "object" && item !== null) queue.push(item);
      continue;
    }
    if (!isObject(value)) continue;
    if (value !== document && Array.isArray(value.flow) && value.flow.some(isModule)) {
      return {
        shape: "wrapper",
        name: text(value.name) ?? text(document.name),
        metadata: isObject(value.metadata) ? value.metadata : null,
        roots: [{ kind: "flow", index: 0, modules: value.flow }],
      };
    }
    if (isLoneModule(value)) {
      modules.push(value); // its nesting is the walker's
      continue;
    }
    for (const key in value) {
      const member = value[key];
      if (typeof member === "object" && member !== null && !NOT_NESTING.has(key))
        queue.push(member);
    }
  }
  if (modules.length === 0) return null;
  return {
    shape: "module-bag",
    name: text(document.name),
    metadata: null,
    roots: [{ kind: "bag", index: 0, modules }],
  };
}

/** What a non-blueprint JSON value is, as data (the UI and `foundInEnglish` word it). */
function describe(value: unknown): FoundValue {
  if (value === null) return { kind: "null" };
  if (Array.isArray(value)) {
    const kinds = new Set(
      value.map((item): FoundItems =>
        item === null ? "null" : Array.isArray(item) ? "array" : (typeof item as FoundItems),
      ),
    );
    return {
      kind: "array",
      count: value.length,
      items: kinds.size === 1 ? [...kinds][0]! : "mixed",
    };
  }
  if (typeof value === "object") return { kind: "object", keys: Object.keys(value) };
  if (typeof value === "string") return { kind: "string" };
  return { kind: typeof value === "number" ? "number" : "boolean" };
}

/** The English words for what was found, for the error's message (the CLI prints it). */
export function foundInEnglish(found: FoundValue): string {
  switch (found.kind) {
    case "text":
      return "a text that is not a blueprint";
    case "nested":
      return "wrappers nested too deep to hold a blueprint";
    case "null":
      return "null";
    case "array": {
      if (found.count === 0) return "an empty JSON array";
      const kind = found.items === "mixed" ? "mixed value" : found.items;
      const plural = kind === "object" ? "objects" : kind === "array" ? "arrays" : `${kind}s`;
      return `a JSON array of ${found.count} ${found.count === 1 ? kind : plural} (none of them a module)`;
    }
    case "object": {
      if (found.keys.length === 0) return "an empty JSON object";
      return `a JSON object with the keys ${shownKeys(found.keys)} (no flow of modules and no <app>:<Name> module)`;
    }
    default:
      return `a JSON ${found.kind}`;
  }
}

/** The first keys of a found object, for a sentence ("name, module, main, …"). */
export function shownKeys(keys: string[]): string {
  return `${keys.slice(0, 6).join(", ")}${keys.length > 6 ? ", …" : ""}`;
}
