/**
 * The user's confirm/dismiss choices about likely matches: kept in localStorage under "rules",
 * shared with other tabs, exported and imported as a JSON file. Choices stored in an older
 * format are migrated when read (core/analysis/rules.ts) and written back in the new one.
 */
import { useCallback, useEffect, useState } from "react";
import { NO_RULES, type UserRules } from "../core/analysis/report";
import {
  dismissIn,
  isStoredRules,
  mergeRules,
  migrateRules,
  withoutChoice,
} from "../core/analysis/rules";
import { onStoredChange, readStored, writeStored, type StorageProblem } from "./storage";

const KEY = "rules";

/** The stored choices in the current format; none when storage says nothing usable. */
export function storedRules(): UserRules {
  const stored = readStored(KEY, isStoredRules).value;
  return stored ? migrateRules(stored) : NO_RULES;
}

function load(): { rules: UserRules; problem: StorageProblem | null; migrated: boolean } {
  const stored = readStored(KEY, isStoredRules);
  if (!stored.ok) return { rules: NO_RULES, problem: stored.problem, migrated: false };
  const rules = stored.value ? migrateRules(stored.value) : NO_RULES;
  const migrated = JSON.stringify(rules) !== JSON.stringify(stored.value ?? NO_RULES);
  return { rules, problem: null, migrated };
}

export function useRules() {
  const [state, setState] = useState(load);

  useEffect(() => onStoredChange(KEY, () => setState(load())), []);
  // Choices read in the old format are written back in the new one, once.
  useEffect(() => {
    if (state.migrated) writeStored(KEY, state.rules);
  }, [state.migrated, state.rules]);

  const update = useCallback((change: (rules: UserRules) => UserRules) => {
    setState((previous) => {
      const rules = change(previous.rules);
      const outcome = writeStored(KEY, rules);
      return { rules, problem: outcome.ok ? null : outcome.problem, migrated: false };
    });
  }, []);

  return {
    rules: state.rules,
    problem: state.problem,
    confirm: (ruleKey: string) =>
      update((rules) => {
        const rest = withoutChoice(rules, ruleKey);
        return { ...rest, confirmed: [...rest.confirmed, ruleKey] };
      }),
    /** "This does not apply": in the scenario `scope` names, or in every scenario when null. */
    dismiss: (ruleKey: string, scope: string | null) =>
      update((rules) => dismissIn(rules, ruleKey, scope)),
    restore: (ruleKey: string) => update((rules) => withoutChoice(rules, ruleKey)),
    importRules: (imported: UserRules) => update((rules) => mergeRules(rules, imported)),
  };
}
