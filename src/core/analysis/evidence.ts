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
  const found = label?.includes("@") ? ADDRESS.exec(label) : null;
  return found?.[1] ? found[1].toLowerCase() : null;
}

export interface Judgement {
  rule: EvidenceRule;
  evidence: Evidence;
}

/** What a module's connections show: the types in use, and (read only if a rule asks) the accounts' domains. */
class Seen {
  readonly types: string[] = [];
  private found: string[] | null = null;
  constructor(private readonly module: ScenarioModule) {
    for (const connection of module.connections)
      if (connection.type) this.types.push(connection.type);
  }
  get domains(): string[] {
    this.found ??= this.module.connections.flatMap((c) => accountDomain(c.label) ?? []);
    return this.found;
  }
}

function holds(condition: EvidenceCondition, seen: Seen): Evidence["value"] | false {
  switch (condition.kind) {
    case "connection-type-in":
      return seen.types.find((type) => condition.types.includes(type)) ?? false;
    case "connection-type-not-in":
      return seen.types.find((type) => !condition.types.includes(type)) ?? false;
    case "account-domain-in":
      return seen.domains.find((domain) => condition.domains.includes(domain)) ?? false;
    case "account-domain-not-in":
      // The domain is the user's company: the finding says "another domain", never which.
      return seen.domains.some((domain) => !condition.domains.includes(domain)) ? null : false;
    case "account-not-shown":
      return seen.domains.length === 0 ? null : false;
  }
}

/** One evidence object per rule and value (a large scenario judges thousands of modules). */
const interned = new WeakMap<EvidenceRule, Map<string | null, Evidence>>();
function evidenceOf(rule: EvidenceRule, value: string | null): Evidence {
  let byValue = interned.get(rule);
  if (!byValue) interned.set(rule, (byValue = new Map<string | null, Evidence>()));
  let evidence = byValue.get(value);
  if (!evidence) byValue.set(value, (evidence = { code: rule.code, value }));
  return evidence;
}

/** The first of the entry's rules that holds for this module, with the value it saw; null when none does. */
export function judge(entry: CatalogEntry, module: ScenarioModule): Judgement | null {
  const seen = new Seen(module);
  for (const rule of entry.match.evidence) {
    const value = holds(rule.when, seen);
    if (value !== false) return { rule, evidence: evidenceOf(rule, value) };
  }
  return null;
}
