/**
 * The user's confirm/dismiss choices about likely matches as data: validation of what storage or
 * an imported file holds, the export file format, and merging an import into current choices.
 */
import type { UserRules } from "./report";

const FILE_KIND = "api-change-desk/rules";

const isStringArray = (value: unknown): value is string[] =>
  Array.isArray(value) && value.every((item) => typeof item === "string");

export function isUserRules(value: unknown): value is UserRules {
  if (typeof value !== "object" || value === null) return false;
  const rules = value as Record<string, unknown>;
  return (
    isStringArray(rules.confirmed) &&
    isStringArray(rules.dismissed) &&
    Array.isArray(rules.mapped) &&
    rules.mapped.every(
      (item: unknown) =>
        typeof item === "object" &&
        item !== null &&
        typeof (item as { moduleId?: unknown }).moduleId === "string" &&
        typeof (item as { entryId?: unknown }).entryId === "string",
    )
  );
}

/** The exported file: the rules with a marker, so a random JSON file is not taken for them. */
export function rulesFile(rules: UserRules): string {
  return JSON.stringify({ kind: FILE_KIND, version: 1, rules }, null, 2);
}

/** Rules from an exported file (or bare rules), or null when the text holds none. */
export function parseRulesFile(text: string): UserRules | null {
  try {
    const value: unknown = JSON.parse(text);
    const inner =
      typeof value === "object" &&
      value !== null &&
      (value as { kind?: unknown }).kind === FILE_KIND
        ? (value as { rules?: unknown }).rules
        : value;
    return isUserRules(inner) ? inner : null;
  } catch {
    return null;
  }
}

const unique = (items: string[]) => [...new Set(items)];

/** Imported choices join the existing ones; a key confirmed in one and dismissed in the other keeps the import's word. */
export function mergeRules(current: UserRules, imported: UserRules): UserRules {
  const confirmed = unique([
    ...current.confirmed.filter((key) => !imported.dismissed.includes(key)),
    ...imported.confirmed,
  ]);
  const dismissed = unique([
    ...current.dismissed.filter((key) => !imported.confirmed.includes(key)),
    ...imported.dismissed,
  ]);
  const mapped = [
    ...current.mapped.filter((m) => !imported.mapped.some((n) => n.moduleId === m.moduleId)),
    ...imported.mapped,
  ];
  return { confirmed, dismissed, mapped };
}
