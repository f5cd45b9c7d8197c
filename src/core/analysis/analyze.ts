/**
 * Scenario + catalog + today + the user's rules → the report: inventory and findings, sorted by
 * severity then flow order. Deterministic: `today` is a parameter, the clock is never read.
 */
import type { Platform, Scenario } from "../blueprint/model";
import type { Catalog } from "../catalog/model";
import { indexCatalog, type Match } from "./match";
import {
  NO_RULES,
  SEVERITIES,
  type AppUsage,
  type Confidence,
  type ConnectionUsage,
  type Evidence,
  type Finding,
  type Report,
  type Severity,
  type UserRules,
} from "./report";
import { deadlineOf, urgencyOf } from "./severity";

export function analyze(
  scenario: Scenario,
  catalog: Catalog,
  today: string,
  rules: UserRules = NO_RULES,
): Report {
  const index = indexCatalog(catalog, rules);
  // Modules come in flow order, so each group's matches do too: no sorting needed later.
  // Groups are keyed entry → subject (no key string built per match on a large scenario); the
  // modules the evidence clears form their own group under the same subject.
  type Group = { id: string; position: number; matches: Match[]; cleared: boolean };
  const groups = new Map<string, Map<string, Group>>();
  const covered = new Set<string>();

  scenario.modules.forEach((module, position) => {
    for (const match of index.matchModule(module)) {
      let bySubject = groups.get(match.entry.id);
      if (!bySubject) {
        bySubject = new Map<string, Group>();
        groups.set(match.entry.id, bySubject);
      }
      const cleared = match.verdict === "not-affected";
      const key = cleared ? `${match.subject}|${CLEARED}` : match.subject;
      const group = bySubject.get(key);
      if (group) group.matches.push(match);
      else
        bySubject.set(key, {
          id: `${match.entry.id}|${key}`,
          position,
          matches: [match],
          cleared,
        });
      covered.add(module.module);
    }
  });

  const scenarioScope = scopeOf(scenario);
  const confirmed = new Set(rules.confirmed);
  const dismissedHere = new Map<string, "scenario" | "all">();
  for (const choice of rules.dismissed) {
    if (choice.scenario === null) dismissedHere.set(choice.ruleKey, "all");
    else if (choice.scenario === scenarioScope && !dismissedHere.has(choice.ruleKey))
      dismissedHere.set(choice.ruleKey, "scenario");
  }
  const findings: Finding[] = [];
  const dismissed: Finding[] = [];
  const cleared: Finding[] = [];
  const positions = new Map<string, number>();
  for (const group of [...groups.values()].flatMap((bySubject) => [...bySubject.values()])) {
    const { id, position, matches } = group;
    const first = matches[0];
    if (!first) continue;
    positions.set(id, position);
    const { entry } = first;
    // A match the evidence clears needs no word on whose documentation states the change.
    const platformNote = !group.cleared && !documents(entry.documentedFor, scenario.platform);
    // The deciding match: a rule's verdict first, then a confirmed match, then the first.
    const deciding =
      matches.find((match) => match.verdict === "affected") ??
      matches.find((match) => match.verdict === null && match.confidence === "confirmed") ??
      matches.find((match) => match.verdict === "check") ??
      first;
    const sure = !platformNote && confidenceOfMatch(deciding) === "confirmed";
    const userConfirmed = !group.cleared && !sure && confirmed.has(id);
    const connections = matches.flatMap((match) => (match.connection ? [match.connection] : []));
    const evidence = uniqueEvidence([
      ...deciding.evidence,
      ...distinct(matches),
      ...(platformNote
        ? [{ code: "documented-for" as const, value: entry.documentedFor.join(",") }]
        : []),
    ]);
    const urgency = urgencyOf(entry, today);
    const finding: Finding = {
      id,
      entryId: entry.id,
      ref: entry.ref,
      level: entry.level,
      category: entry.category,
      severity: urgency.severity,
      urgency: urgency.reason,
      confidence: sure || userConfirmed ? "confirmed" : "likely",
      matchedBy: deciding.matchedBy,
      evidence,
      documentedFor: entry.documentedFor,
      platformNote,
      dismissal: group.cleared ? null : (dismissedHere.get(id) ?? null),
      ruleKey: id,
      moduleKeys: [...new Set(matches.map((match) => match.module.key))],
      connection:
        connections.length > 0
          ? {
              type: connections.find((c) => c.type)?.type ?? first.subject,
              ids: [...new Set(connections.map((c) => c.id))],
              labels: [...new Set(connections.flatMap((c) => (c.label ? [c.label] : [])))],
            }
          : null,
      deadline: deadlineOf(entry),
      userConfirmed,
    };
    (group.cleared ? cleared : finding.dismissal ? dismissed : findings).push(finding);
  }

  const rank = (severity: Severity) => SEVERITIES.indexOf(severity);
  const firstPosition = (finding: Finding) => positions.get(finding.id) ?? 0;
  const sort = (list: Finding[]) =>
    list.sort(
      (a, b) =>
        rank(a.severity) - rank(b.severity) ||
        firstPosition(a) - firstPosition(b) ||
        a.id.localeCompare(b.id),
    );
  sort(findings);
  sort(dismissed);
  sort(cleared);

  const counts = Object.fromEntries(SEVERITIES.map((severity) => [severity, 0])) as Record<
    Severity,
    number
  >;
  for (const finding of findings) counts[finding.severity]++;

  return {
    scenarioName: scenario.name,
    platform: scenario.platform,
    shape: scenario.shape,
    today,
    inventory: inventoryOf(scenario, covered),
    findings,
    dismissed,
    cleared,
    scenarioScope,
    counts,
    warnings: scenario.warnings,
  };
}

const CLEARED = "not-affected";

/** A rule's verdict decides; without one, what matched. */
function confidenceOfMatch(match: Match): Confidence {
  if (match.verdict === "affected") return "confirmed";
  if (match.verdict === "check") return "likely";
  return match.confidence;
}

/** Integromat is Make before 2022; a blueprint without a zone could be from either platform. */
function documents(documentedFor: Platform[], platform: Platform): boolean {
  return documentedFor.includes(platform === "integromat" ? "make" : platform);
}

/** The matches' evidence objects, each once (the matcher shares them between modules). */
function distinct(matches: Match[]): Evidence[] {
  const seen = new Set<Evidence>();
  for (const match of matches) for (const item of match.evidence) seen.add(item);
  return [...seen];
}

function uniqueEvidence(list: Evidence[]): Evidence[] {
  const seen = new Set<string>();
  return list.filter((item) => {
    const key = `${item.code}:${item.value ?? ""}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/**
 * What "this scenario" means for a choice: its name (kept across exports and upgrades), else,
 * for an unnamed one, a short hash of its module ids.
 */
export function scopeOf(scenario: Scenario): string {
  const name = scenario.name?.trim();
  if (name) return `name:${name}`;
  const ids = [...new Set(scenario.modules.map((module) => module.module))].sort().join(",");
  let hash = 0x811c9dc5; // FNV-1a, 32 bits
  for (let i = 0; i < ids.length; i++) hash = Math.imul(hash ^ ids.charCodeAt(i), 0x01000193);
  return `modules:${(hash >>> 0).toString(16)}`;
}

function inventoryOf(scenario: Scenario, covered: Set<string>): Report["inventory"] {
  // Sets while counting: a large scenario has thousands of connections of one type.
  const apps = new Map<string, { modules: number; versions: Set<number> }>();
  const connections = new Map<
    string,
    {
      type: string | null;
      ids: Set<number | string | null>;
      labels: Set<string>;
      moduleKeys: string[];
    }
  >();
  const unknown = new Set<string>();
  for (const module of scenario.modules) {
    let usage = apps.get(module.app);
    if (!usage) apps.set(module.app, (usage = { modules: 0, versions: new Set() }));
    usage.modules++;
    if (module.version !== null) usage.versions.add(module.version);
    for (const connection of module.connections) {
      const key = connection.type ?? `?${connection.acceptedTypes.join(",")}`;
      let entry = connections.get(key);
      if (!entry) {
        entry = { type: connection.type, ids: new Set(), labels: new Set(), moduleKeys: [] };
        connections.set(key, entry);
      }
      entry.ids.add(connection.id);
      if (connection.label) entry.labels.add(connection.label);
      entry.moduleKeys.push(module.key);
    }
    if (!covered.has(module.module)) unknown.add(module.module);
  }
  const appUsage: AppUsage[] = [...apps].map(([app, usage]) => ({
    app,
    modules: usage.modules,
    versions: [...usage.versions].sort((a, b) => a - b),
  }));
  const connectionUsage: ConnectionUsage[] = [...connections.values()].map((usage) => ({
    ...usage,
    ids: [...usage.ids],
    labels: [...usage.labels],
  }));
  return {
    modules: scenario.modules.length,
    apps: appUsage.sort((a, b) => b.modules - a.modules || a.app.localeCompare(b.app)),
    connections: connectionUsage,
    unknownModuleIds: [...unknown].sort(),
  };
}
