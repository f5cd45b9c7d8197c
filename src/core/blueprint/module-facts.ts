/**
 * What one module object says about itself: connection, webhook, label, position, filter and
 * field names (blueprint format §2, §6, §7). Tolerant of every missing or odd member.
 */
import type { ConnectionRef, ModuleRole, WebhookRef } from "./model";
import { isObject, type JsonObject } from "./shape";

const str = (value: unknown): string | null => (typeof value === "string" ? value : null);
const idValue = (value: unknown): number | string | null =>
  typeof value === "number" || typeof value === "string" ? value : null;

/** The UI cache for a parameter: `restore.parameters.<name>`, or flat `restore.<name>` (Integromat era). */
function restored(metadata: JsonObject | null, name: string): JsonObject | null {
  const restore = isObject(metadata?.restore) ? metadata.restore : null;
  if (!restore) return null;
  const nested = isObject(restore.parameters) ? restore.parameters[name] : undefined;
  if (isObject(nested)) return nested;
  const flat = restore[name];
  return isObject(flat) ? flat : null;
}

/**
 * Remembers the last results of a pure function of a string. A scenario repeats the same few
 * module ids and connection types thousands of times: one shared result each saves memory and
 * time on a 50 MB blueprint. Results are plain data that nobody mutates.
 */
function memoize<T>(compute: (key: string) => T): (key: string) => T {
  const cache = new Map<string, T>();
  return (key) => {
    let value = cache.get(key);
    if (value === undefined) {
      if (cache.size >= 4096) cache.clear();
      value = compute(key);
      cache.set(key, value);
    }
    return value;
  };
}

/** `account:a, b` → ["a", "b"]; plain `account` (Integromat era) → []. */
const acceptedTypes = memoize((type: string): string[] => {
  const types: string[] = [];
  if (!type.startsWith("account:")) return types;
  for (const part of type.slice("account:".length).split(",")) {
    const trimmed = part.trim();
    if (trimmed) types.push(trimmed);
  }
  return types;
});

/** `<app>:<Name>`, split at the first colon (format §3). */
export const splitModuleId = memoize((id: string): { app: string; name: string } => {
  const colon = id.indexOf(":");
  return colon === -1
    ? { app: id, name: "" }
    : { app: id.slice(0, colon), name: id.slice(colon + 1) };
});

/** A connection as declared (`account:<types>`), with its id, chosen type and label. */
function connection(
  name: string,
  type: string,
  parameters: JsonObject | null,
  metadata: JsonObject | null,
): ConnectionRef {
  const cache = restored(metadata, name);
  const data = isObject(cache?.data) ? cache.data : null;
  const inUse = str(data?.connection);
  return {
    parameter: name,
    id: idValue(parameters?.[name]),
    acceptedTypes: acceptedTypes(type),
    type: inUse && inUse !== "undefined" ? inUse : null,
    label: str(cache?.label),
  };
}

/** A parameter declared with type `kind` or `kind:…`. */
const declaredAs = (type: string, kind: "account" | "hook") =>
  type.startsWith(kind) && (type.length === kind.length || type[kind.length] === ":");

function webhook(
  name: string,
  type: string | null,
  parameters: JsonObject | null,
  metadata: JsonObject | null,
): WebhookRef {
  return {
    parameter: name,
    id: idValue(parameters?.[name]),
    type: type?.startsWith("hook:") ? type.slice("hook:".length) : null,
    label: str(restored(metadata, name)?.label),
  };
}

/**
 * The connections and the webhook a module uses, found by the types declared in
 * `metadata.parameters[]` (`account:…`, `hook:…`), whatever the parameters' names (format §7,
 * §7.2); by the conventional names when nothing is declared (hand-written files). One pass.
 */
export function referencesOf(
  parameters: JsonObject | null,
  metadata: JsonObject | null,
): { connections: ConnectionRef[]; webhook: WebhookRef | null } {
  const connections: ConnectionRef[] = [];
  let hook: WebhookRef | null = null;
  const declarations = metadata?.parameters;
  if (Array.isArray(declarations)) {
    for (const item of declarations) {
      if (!isObject(item)) continue;
      const { name, type } = item;
      if (typeof name !== "string" || typeof type !== "string") continue;
      if (declaredAs(type, "account"))
        connections.push(connection(name, type, parameters, metadata));
      else if (!hook && declaredAs(type, "hook")) hook = webhook(name, type, parameters, metadata);
    }
  }
  if (parameters && connections.length === 0 && "__IMTCONN__" in parameters)
    connections.push(connection("__IMTCONN__", "account", parameters, metadata));
  if (parameters && !hook) {
    if ("hook" in parameters) hook = webhook("hook", null, parameters, metadata);
    else if ("__IMTHOOK__" in parameters) hook = webhook("__IMTHOOK__", null, parameters, metadata);
  }
  return { connections, webhook: hook };
}

/** `metadata.designer.name`: the user's own label for the module. */
export const labelOf = (designer: JsonObject | null): string | null => str(designer?.name);

/** `metadata.designer.{x, y}`: the module's place on the editor's canvas. */
export function positionOf(designer: JsonObject | null): { x: number; y: number } | null {
  const x = designer?.x;
  const y = designer?.y;
  return typeof x === "number" && typeof y === "number" && Number.isFinite(x) && Number.isFinite(y)
    ? { x, y }
    : null;
}

export function filterNameOf(module: JsonObject): string | null {
  const name = isObject(module.filter) ? str(module.filter.name) : null;
  return name && name.trim() ? name : null;
}

/** Connection and webhook parameters are references, not fields to re-check. */
function isReference(key: string, connections: ConnectionRef[], webhook: WebhookRef | null) {
  if (key === "__IMTCONN__" || key === "__IMTHOOK__" || key === webhook?.parameter) return true;
  for (const connection of connections) if (connection.parameter === key) return true;
  return false;
}

/** Names (never values) of mapped fields and parameters: what to re-check after an upgrade. */
export function fieldNamesOf(
  parameters: JsonObject | null,
  mapper: unknown,
  connections: ConnectionRef[],
  webhook: WebhookRef | null,
): string[] {
  const names = parameters ? Object.keys(parameters) : [];
  let kept = 0;
  for (const key of names) if (!isReference(key, connections, webhook)) names[kept++] = key;
  names.length = kept;
  if (isObject(mapper)) {
    const fromParameters = names.length;
    for (const key of Object.keys(mapper)) {
      if (isReference(key, connections, webhook)) continue;
      // A name both in parameters and in the mapper is listed once.
      if (fromParameters > 0 && names.lastIndexOf(key, fromParameters - 1) !== -1) continue;
      names.push(key);
    }
  }
  return names;
}

const DIRECTIVES = new Set([
  "builtin:Resume",
  "builtin:Ignore",
  "builtin:Commit",
  "builtin:Break",
  "builtin:Rollback",
]);

/** The module's role from its id, its members and where it sits. */
export function roleOf(
  module: JsonObject,
  id: string,
  firstOfMainFlow: boolean,
  place: { inErrorHandler: boolean; orphan: boolean },
): ModuleRole {
  if (Array.isArray(module.routes) || id === "builtin:BasicRouter") return "router";
  if (Array.isArray(module.branches) || id === "builtin:BasicIfElse") return "if-else";
  if (id === "builtin:BasicMerge") return "merge";
  if (DIRECTIVES.has(id)) return "directive";
  if (id === "placeholder:Placeholder") return "placeholder";
  if (place.orphan) return "orphan";
  if (place.inErrorHandler) return "error-handler";
  return firstOfMainFlow ? "trigger" : "action";
}
