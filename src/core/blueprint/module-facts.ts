/**
 * What one module object says about itself: connection, webhook, label, position, filter and
 * field names (blueprint format §2, §6, §7). Tolerant of every missing or odd member.
 */
import type { ConnectionRef, ModuleRole, WebhookRef } from "./model";
import { isObject, type JsonObject } from "./shape";

const str = (value: unknown): string | null => (typeof value === "string" ? value : null);
const idValue = (value: unknown): number | string | null =>
  typeof value === "number" || typeof value === "string" ? value : null;

/** `{ name, type }` declarations of a module's parameters (`metadata.parameters`). */
function declarations(metadata: JsonObject | null): { name: string; type: string }[] {
  const list = metadata?.parameters;
  if (!Array.isArray(list)) return [];
  const out: { name: string; type: string }[] = [];
  for (const item of list) {
    if (isObject(item) && typeof item.name === "string" && typeof item.type === "string") {
      out.push({ name: item.name, type: item.type });
    }
  }
  return out;
}

/** The UI cache for a parameter: `restore.parameters.<name>`, or flat `restore.<name>` (Integromat era). */
function restored(metadata: JsonObject | null, name: string): JsonObject | null {
  const restore = isObject(metadata?.restore) ? metadata.restore : null;
  if (!restore) return null;
  const nested = isObject(restore.parameters) ? restore.parameters[name] : undefined;
  if (isObject(nested)) return nested;
  const flat = restore[name];
  return isObject(flat) ? flat : null;
}

export function connectionsOf(module: JsonObject, metadata: JsonObject | null): ConnectionRef[] {
  const parameters = isObject(module.parameters) ? module.parameters : {};
  const declared = declarations(metadata).filter(
    (d) => d.type === "account" || d.type.startsWith("account:"),
  );
  // Hand-written files often declare nothing: the conventional name still marks a connection.
  if (declared.length === 0 && "__IMTCONN__" in parameters)
    declared.push({ name: "__IMTCONN__", type: "account" });
  return declared.map(({ name, type }) => {
    const cache = restored(metadata, name);
    const data = isObject(cache?.data) ? cache.data : null;
    const inUse = str(data?.connection);
    return {
      parameter: name,
      id: idValue(parameters[name]),
      acceptedTypes: type.startsWith("account:")
        ? type
            .slice("account:".length)
            .split(",")
            .map((t) => t.trim())
            .filter(Boolean)
        : [],
      type: inUse && inUse !== "undefined" ? inUse : null,
      label: str(cache?.label),
    };
  });
}

export function webhookOf(module: JsonObject, metadata: JsonObject | null): WebhookRef | null {
  const parameters = isObject(module.parameters) ? module.parameters : {};
  const declared = declarations(metadata).find(
    (d) => d.type === "hook" || d.type.startsWith("hook:"),
  );
  const name =
    declared?.name ?? (["hook", "__IMTHOOK__"] as const).find((key) => key in parameters);
  if (!name) return null;
  return {
    parameter: name,
    id: idValue(parameters[name]),
    type: declared?.type.startsWith("hook:") ? declared.type.slice("hook:".length) : null,
    label: str(restored(metadata, name)?.label),
  };
}

export function designerOf(metadata: JsonObject | null): {
  label: string | null;
  position: { x: number; y: number } | null;
} {
  const designer = isObject(metadata?.designer) ? metadata.designer : null;
  const x = designer?.x;
  const y = designer?.y;
  return {
    label: str(designer?.name),
    position:
      typeof x === "number" && typeof y === "number" && Number.isFinite(x) && Number.isFinite(y)
        ? { x, y }
        : null,
  };
}

export function filterNameOf(module: JsonObject): string | null {
  const name = isObject(module.filter) ? str(module.filter.name) : null;
  return name && name.trim() ? name : null;
}

const CONNECTION_OR_HOOK = new Set(["__IMTCONN__", "__IMTHOOK__"]);

/** Names (never values) of mapped fields and parameters: what to re-check after an upgrade. */
export function fieldNamesOf(
  module: JsonObject,
  connections: ConnectionRef[],
  webhook: WebhookRef | null,
): string[] {
  const skip = new Set([
    ...CONNECTION_OR_HOOK,
    ...connections.map((c) => c.parameter),
    ...(webhook ? [webhook.parameter] : []),
  ]);
  const names = new Set<string>();
  for (const source of [module.parameters, module.mapper]) {
    if (isObject(source)) for (const key of Object.keys(source)) if (!skip.has(key)) names.add(key);
  }
  return [...names];
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
