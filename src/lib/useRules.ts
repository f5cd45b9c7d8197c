/**
 * The user's confirm/dismiss choices about likely matches: kept in localStorage under "rules",
 * shared with other tabs; Diagnose and Upgrade both read them.
 */
import { useCallback, useEffect, useState } from "react";
import { NO_RULES, type UserRules } from "../core/analysis/report";
import { isUserRules, mergeRules } from "../core/analysis/user-rules";
import { onStoredChange, readStored, writeStored, type StorageProblem } from "./storage";

const KEY = "rules";

/** The choices as stored; none when storage says nothing usable. */
export function storedRules(): UserRules {
  return readStored(KEY, isUserRules).value ?? NO_RULES;
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
