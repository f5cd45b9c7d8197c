/**
 * The user's confirm/dismiss choices about likely matches: kept in localStorage under "rules",
 * shared with other tabs, exported and imported as a JSON file.
 */
import { useCallback, useEffect, useState } from "react";
import { NO_RULES, type UserRules } from "../../core/analysis/report";
import { onStoredChange, readStored, writeStored, type StorageProblem } from "../../app/storage";

const KEY = "rules";
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

function load(): { rules: UserRules; problem: StorageProblem | null } {
  const stored = readStored(KEY, isUserRules);
  return stored.ok
    ? { rules: stored.value ?? NO_RULES, problem: null }
    : { rules: NO_RULES, problem: stored.problem };
}

export function useRules() {
  const [state, setState] = useState(load);

  useEffect(() => onStoredChange(KEY, () => setState(load())), []);

  const update = useCallback((change: (rules: UserRules) => UserRules) => {
    setState((previous) => {
      const rules = change(previous.rules);
      const outcome = writeStored(KEY, rules);
      return { rules, problem: outcome.ok ? null : outcome.problem };
    });
  }, []);

  const without = (rules: UserRules, ruleKey: string): UserRules => ({
    ...rules,
    confirmed: rules.confirmed.filter((key) => key !== ruleKey),
    dismissed: rules.dismissed.filter((key) => key !== ruleKey),
  });

  return {
    rules: state.rules,
    problem: state.problem,
    confirm: (ruleKey: string) =>
      update((rules) => ({
        ...without(rules, ruleKey),
        confirmed: [...without(rules, ruleKey).confirmed, ruleKey],
      })),
    dismiss: (ruleKey: string) =>
      update((rules) => ({
        ...without(rules, ruleKey),
        dismissed: [...without(rules, ruleKey).dismissed, ruleKey],
      })),
    restore: (ruleKey: string) => update((rules) => without(rules, ruleKey)),
    importRules: (imported: UserRules) => update((rules) => mergeRules(rules, imported)),
  };
}
