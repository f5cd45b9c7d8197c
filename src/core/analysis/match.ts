/**
 * Which catalog entries speak of which modules and connections. The catalog is indexed once
 * (a 50 MB blueprint has tens of thousands of modules: no scan of every entry per module).
 */
import type { Catalog, CatalogEntry, IdStatus } from "../catalog/model";
import type { ConnectionRef, ScenarioModule } from "../blueprint/model";
import type { Confidence, MatchKind, UserRules } from "./report";

export interface Match {
  entry: CatalogEntry;
  module: ScenarioModule;
  /** The connection concerned, for connection-level entries matched on a connection. */
  connection: ConnectionRef | null;
  /** What the finding is about: a module id, a connection type or an app. */
  subject: string;
  confidence: Confidence;
  matchedBy: MatchKind;
}

const SURE: ReadonlySet<IdStatus> = new Set(["confirmed-export", "seen-public-code"]);
const confidenceOf = (status: IdStatus): Confidence => (SURE.has(status) ? "confirmed" : "likely");

function versionAllows(range: string | null, version: number | null): boolean {
  if (range === null || range === "*") return true;
  if (version === null) return true; // unknown version: let the match stand
  const bound = /^(<=|<|>=|>)?\s*(\d+)$/.exec(range.trim());
  if (!bound) return true;
  const limit = Number(bound[2]);
  switch (bound[1]) {
    case "<=":
      return version <= limit;
    case "<":
      return version < limit;
    case ">=":
      return version >= limit;
    case ">":
      return version > limit;
    default:
      return version === limit;
  }
}

export interface CatalogIndex {
  matchModule(module: ScenarioModule): Match[];
}

export function indexCatalog(catalog: Catalog, rules: UserRules): CatalogIndex {
  const byModuleId = new Map<
    string,
    { entry: CatalogEntry; versions: string | null; idStatus: IdStatus }[]
  >();
  const byApp = new Map<string, CatalogEntry[]>();
  const byConnectionType = new Map<string, { entry: CatalogEntry; idStatus: IdStatus }[]>();
  const patterns: { entry: CatalogEntry; pattern: string }[] = [];
  const mapped = new Map<string, CatalogEntry[]>();
  const push = <K, V>(map: Map<K, V[]>, key: K, value: V) => {
    const list = map.get(key);
    if (list) list.push(value);
    else map.set(key, [value]);
  };

  for (const entry of catalog.entries) {
    for (const matcher of entry.match.modules) {
      if (matcher.moduleId)
        push(byModuleId, matcher.moduleId, {
          entry,
          versions: matcher.versions,
          idStatus: matcher.idStatus,
        });
    }
    if (entry.match.wholeApp) for (const app of entry.app.appIds) push(byApp, app, entry);
    for (const type of entry.match.connectionTypes) {
      if (type.accountType)
        push(byConnectionType, type.accountType, { entry, idStatus: type.idStatus });
    }
    for (const pattern of entry.match.namePatterns)
      patterns.push({ entry, pattern: pattern.toLowerCase() });
  }
  const entries = new Map(catalog.entries.map((entry) => [entry.id, entry]));
  for (const { moduleId, entryId } of rules.mapped) {
    const entry = entries.get(entryId);
    if (entry) push(mapped, moduleId, entry);
  }

  type Static = Omit<Match, "module" | "connection">;
  /** Matches that depend only on the module id and version, computed once per distinct pair. */
  const staticCache = new Map<string, Static[]>();
  const staticMatches = (module: ScenarioModule): Static[] => {
    const cacheKey = `${module.module}@${module.version ?? ""}`;
    const cached = staticCache.get(cacheKey);
    if (cached) return cached;
    const found: Static[] = [];
    const has = (entry: CatalogEntry) => found.some((match) => match.entry === entry);
    for (const entry of mapped.get(module.module) ?? []) {
      found.push({
        entry,
        subject: subjectFor(entry, module),
        confidence: "confirmed",
        matchedBy: "user-rule",
      });
    }
    for (const hit of byModuleId.get(module.module) ?? []) {
      if (has(hit.entry) || !versionAllows(hit.versions, module.version)) continue;
      found.push({
        entry: hit.entry,
        subject: subjectFor(hit.entry, module),
        confidence: confidenceOf(hit.idStatus),
        matchedBy: "module-id",
      });
    }
    for (const entry of byApp.get(module.app) ?? []) {
      if (!has(entry))
        found.push({
          entry,
          subject: module.app,
          confidence: "likely",
          matchedBy: "module-prefix",
        });
    }
    const id = module.module.toLowerCase();
    for (const { entry, pattern } of patterns) {
      if (id.includes(pattern) && !has(entry)) {
        found.push({
          entry,
          subject: subjectFor(entry, module),
          confidence: "likely",
          matchedBy: "name-pattern",
        });
      }
    }
    staticCache.set(cacheKey, found);
    return found;
  };

  return {
    matchModule(module) {
      const matches: Match[] = [];
      for (const connection of module.connections) {
        // The type in use when the export says; otherwise any type the module accepts (likely).
        const candidates = connection.type ? [connection.type] : connection.acceptedTypes;
        for (const type of candidates) {
          for (const hit of byConnectionType.get(type) ?? []) {
            if (matches.some((match) => match.entry === hit.entry && match.subject === type))
              continue;
            const sure = connection.type === type && SURE.has(hit.idStatus);
            matches.push({
              module,
              connection,
              entry: hit.entry,
              subject: type,
              confidence: sure ? "confirmed" : "likely",
              matchedBy: "connection-type",
            });
          }
        }
      }
      for (const match of staticMatches(module)) {
        // A name pattern is the last resort: not when the connection already matched the entry.
        if (match.matchedBy === "name-pattern" && matches.some((m) => m.entry === match.entry))
          continue;
        matches.push({ ...match, module, connection: null });
      }
      return matches;
    },
  };
}

/** Findings gather modules by what they share: the connector's app, else the module id. */
function subjectFor(entry: CatalogEntry, module: ScenarioModule): string {
  return entry.level === "connector" ? module.app : module.module;
}
