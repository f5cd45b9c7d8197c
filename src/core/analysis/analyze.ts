/**
 * Scenario + catalog + today + the user's rules → the report: inventory and findings, sorted by
 * severity then flow order. Deterministic: `today` is a parameter, the clock is never read.
 */
import type { Scenario } from "../blueprint/model";
import type { Catalog } from "../catalog/model";
import { indexCatalog, type Match } from "./match";
import {
  NO_RULES,
  SEVERITIES,
  type AppUsage,
  type ConnectionUsage,
  type Finding,
  type Report,
  type Severity,
  type UserRules,
} from "./report";
import { deadlineOf, severityOf } from "./severity";

export function analyze(
  scenario: Scenario,
  catalog: Catalog,
  today: string,
  rules: UserRules = NO_RULES,
): Report {
  const index = indexCatalog(catalog, rules);
  // Modules come in flow order, so each group's matches do too: no sorting needed later.
  // Groups are keyed entry → subject (no key string built per match on a large scenario).
  const groups = new Map<string, Map<string, { id: string; position: number; matches: Match[] }>>();
  const covered = new Set<string>();

  scenario.modules.forEach((module, position) => {
    for (const match of index.matchModule(module)) {
      let bySubject = groups.get(match.entry.id);
      if (!bySubject) {
        bySubject = new Map<string, { id: string; position: number; matches: Match[] }>();
        groups.set(match.entry.id, bySubject);
      }
      const group = bySubject.get(match.subject);
      if (group) group.matches.push(match);
      else
        bySubject.set(match.subject, {
          id: `${match.entry.id}|${match.subject}`,
          position,
          matches: [match],
        });
      covered.add(module.module);
    }
  });

  const confirmed = new Set(rules.confirmed);
  const dismissedKeys = new Set(rules.dismissed);
  const findings: Finding[] = [];
  const dismissed: Finding[] = [];
  const positions = new Map<string, number>();
  for (const { id, position, matches } of [...groups.values()].flatMap((bySubject) => [
    ...bySubject.values(),
  ])) {
    const first = matches[0];
    if (!first) continue;
    positions.set(id, position);
    const { entry } = first;
    const sure = matches.some((match) => match.confidence === "confirmed");
    const userConfirmed = !sure && confirmed.has(id);
    const connections = matches.flatMap((match) => (match.connection ? [match.connection] : []));
    const finding: Finding = {
      id,
      entryId: entry.id,
      ref: entry.ref,
      level: entry.level,
      category: entry.category,
      severity: severityOf(entry, today),
      confidence: sure || userConfirmed ? "confirmed" : "likely",
      matchedBy: (matches.find((match) => match.confidence === "confirmed") ?? first).matchedBy,
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
    (dismissedKeys.has(id) ? dismissed : findings).push(finding);
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
    counts,
    warnings: scenario.warnings,
  };
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
