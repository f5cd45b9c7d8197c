/**
 * The catalog's evidence rules applied to one module: what its connections show (the type in
 * use, the account's e-mail domain in the connection label) against the entry's rules, in the
 * entry's order; the first rule that holds decides. The matcher knows no app by name: every
 * special case is a rule in the catalog, with its source.
 */
import type { ScenarioModule } from "../blueprint/model";
import type { CatalogEntry, EvidenceCondition, EvidenceRule } from "../catalog/model";
import type { Evidence } from "./report";

/** An e-mail address in a connection label ("My Google connection (ann@example.com)"). */
const ADDRESS = /[\p{L}\p{N}._%+-]+@((?:[\p{L}\p{N}-]+\.)+[\p{L}]{2,})/iu;

/** The domain of the account a connection label shows, lower-cased, or null. */
export function accountDomain(label: string | null): string | null {
  const found = label ? ADDRESS.exec(label) : null;
  return found?.[1] ? found[1].toLowerCase() : null;
}

export interface Judgement {
  rule: EvidenceRule;
  evidence: Evidence;
}

function holds(condition: EvidenceCondition, module: ScenarioModule): Evidence["value"] | false {
  const types = module.connections.flatMap((c) => (c.type ? [c.type] : []));
  const domains = module.connections.flatMap((c) => accountDomain(c.label) ?? []);
  switch (condition.kind) {
    case "connection-type-in":
      return types.find((type) => condition.types.includes(type)) ?? false;
    case "connection-type-not-in":
      return (types.length > 0 && types.find((type) => !condition.types.includes(type))) || false;
    case "account-domain-in":
      return domains.find((domain) => condition.domains.includes(domain)) ?? false;
    case "account-domain-not-in": {
      // The domain is the user's company: the finding says "another domain", never which.
      const other = domains.some((domain) => !condition.domains.includes(domain));
      return other ? null : false;
    }
    case "account-not-shown":
      return domains.length === 0 ? null : false;
  }
}

/** The first of the entry's rules that holds for this module, with the value it saw; null when none does. */
export function judge(entry: CatalogEntry, module: ScenarioModule): Judgement | null {
  for (const rule of entry.match.evidence) {
    const value = holds(rule.when, module);
    if (value !== false) return { rule, evidence: { code: rule.code, value } };
  }
  return null;
}
