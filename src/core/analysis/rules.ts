/**
 * The user's choices as they are stored and exported, and how older ones are read. Until
 * version 2, "This does not apply" was a bare rule key that hid the match in every scenario;
 * such choices are migrated to dismissals in every scenario (what the user chose then), so none
 * is lost and none widens. New dismissals apply to one scenario unless the user says otherwise.
 */
import type { Dismissal, UserRules } from "./report";

/** Rules as stored before version 2: dismissals were bare rule keys. */
interface LegacyRules {
  confirmed: string[];
  dismissed: string[];
  mapped: UserRules["mapped"];
}

export type StoredRules = UserRules | LegacyRules;

const isStringArray = (value: unknown): value is string[] =>
  Array.isArray(value) && value.every((item) => typeof item === "string");

const isDismissal = (value: unknown): value is Dismissal =>
  typeof value === "object" &&
  value !== null &&
  typeof (value as Dismissal).ruleKey === "string" &&
  ((value as Dismissal).scenario === null || typeof (value as Dismissal).scenario === "string");

/** Choices in the current or an older format (a type guard: storage refuses anything else). */
export function isStoredRules(value: unknown): value is StoredRules {
  if (typeof value !== "object" || value === null) return false;
  const rules = value as Record<string, unknown>;
  const dismissed = rules.dismissed;
  return (
    isStringArray(rules.confirmed) &&
    Array.isArray(dismissed) &&
    (dismissed.every((item) => typeof item === "string") ||
      dismissed.every((item) => isDismissal(item))) &&
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

/** Stored choices in the current format: a bare key (old format) means "in every scenario". */
export function migrateRules(stored: StoredRules): UserRules {
  return {
    confirmed: stored.confirmed,
    dismissed: stored.dismissed.map((item) =>
      typeof item === "string" ? { ruleKey: item, scenario: null } : item,
    ),
    mapped: stored.mapped,
  };
}

const FILE_KIND = "api-change-desk/rules";

/** The exported file: the rules with a marker, so a random JSON file is not taken for them. */
export function rulesFile(rules: UserRules): string {
  return JSON.stringify({ kind: FILE_KIND, version: 2, rules }, null, 2);
}

/** Rules from an exported file of any version (or bare rules), or null when the text holds none. */
export function parseRulesFile(text: string): UserRules | null {
  try {
    const value: unknown = JSON.parse(text);
    const inner =
      typeof value === "object" &&
      value !== null &&
      (value as { kind?: unknown }).kind === FILE_KIND
        ? (value as { rules?: unknown }).rules
        : value;
    return isStoredRules(inner) ? migrateRules(inner) : null;
  } catch {
    return null;
  }
}

const sameDismissal = (a: Dismissal, b: Dismissal) =>
  a.ruleKey === b.ruleKey && a.scenario === b.scenario;

/** Imported choices join the existing ones; a key confirmed in one and dismissed in the other keeps the import's word. */
export function mergeRules(current: UserRules, imported: UserRules): UserRules {
  const importedDismissed = new Set(imported.dismissed.map((d) => d.ruleKey));
  const confirmed = [
    ...new Set([
      ...current.confirmed.filter((key) => !importedDismissed.has(key)),
      ...imported.confirmed,
    ]),
  ];
  const dismissed = [
    ...current.dismissed.filter(
      (d) =>
        !imported.confirmed.includes(d.ruleKey) &&
        !imported.dismissed.some((i) => sameDismissal(i, d)),
    ),
    ...imported.dismissed,
  ];
  const mapped = [
    ...current.mapped.filter((m) => !imported.mapped.some((n) => n.moduleId === m.moduleId)),
    ...imported.mapped,
  ];
  return { confirmed, dismissed, mapped };
}

/** The rules without any choice about `ruleKey` (confirmation or dismissal, in any scope). */
export function withoutChoice(rules: UserRules, ruleKey: string): UserRules {
  return {
    ...rules,
    confirmed: rules.confirmed.filter((key) => key !== ruleKey),
    dismissed: rules.dismissed.filter((d) => d.ruleKey !== ruleKey),
  };
}

/** "This does not apply", in one scenario (`scenario`) or, when null, in every scenario. */
export function dismissIn(rules: UserRules, ruleKey: string, scenario: string | null): UserRules {
  const rest = withoutChoice(rules, ruleKey);
  return { ...rest, dismissed: [...rest.dismissed, { ruleKey, scenario }] };
}
