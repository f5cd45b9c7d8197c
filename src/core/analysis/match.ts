/**
 * Which catalog entries speak of which modules and connections. The catalog is indexed once
 * (a 50 MB blueprint has tens of thousands of modules: no scan of every entry per module).
 */
import type { Catalog, CatalogEntry, IdStatus } from "../catalog/model";
import type { ConnectionRef, ScenarioModule } from "../blueprint/model";
import { judge, type Judgement } from "./evidence";
import type { Confidence, Evidence, MatchKind, UserRules } from "./report";
import type { EvidenceVerdict } from "../catalog/model";

export interface Match {
  entry: CatalogEntry;
  module: ScenarioModule;
  /** The connection concerned, for connection-level entries matched on a connection. */
  connection: ConnectionRef | null;
  /** What the finding is about: a module id, a connection type or an app. */
  subject: string;
  confidence: Confidence;
  matchedBy: MatchKind;
  /** The catalog rule's verdict on what the blueprint shows, when one of the entry's rules held. */
  verdict: EvidenceVerdict | null;
  /** The deciding rule's reason first, then what matched. */
  evidence: Evidence[];
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
  matchModule(module: ScenarioModule): readonly Match[];
}

const NO_MATCHES: readonly Match[] = [];

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

  type Static = Omit<Match, "module" | "connection" | "verdict" | "evidence"> & {
    evidence: Evidence;
  };
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
        evidence: { code: "user-rule", value: module.module },
      });
    }
    for (const hit of byModuleId.get(module.module) ?? []) {
      if (has(hit.entry) || !versionAllows(hit.versions, module.version)) continue;
      found.push({
        entry: hit.entry,
        subject: subjectFor(hit.entry, module),
        confidence: confidenceOf(hit.idStatus),
        matchedBy: "module-id",
        evidence: { code: "module-id", value: moduleIdWithVersion(module) },
      });
    }
    for (const entry of byApp.get(module.app) ?? []) {
      if (!has(entry))
        found.push({
          entry,
          subject: subjectFor(entry, module),
          confidence: "likely",
          matchedBy: "module-prefix",
          evidence: { code: "app-prefix", value: module.app },
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
          evidence: { code: "name-pattern", value: pattern },
        });
      }
    }
    staticCache.set(cacheKey, found);
    return found;
  };

  /** One evidence object per distinct reason: a large scenario repeats a few thousand times. */
  const typeEvidence = new Map<string, Evidence>();
  const connectionEvidence = (code: Evidence["code"], type: string): Evidence => {
    const key = `${code}:${type}`;
    let evidence = typeEvidence.get(key);
    if (!evidence) typeEvidence.set(key, (evidence = { code, value: type }));
    return evidence;
  };

  return {
    matchModule(module) {
      const statics = staticMatches(module);
      // Most modules of a large scenario match nothing: no work beyond the cached lookup.
      if (statics.length === 0 && module.connections.length === 0) return NO_MATCHES;
      const matches: Match[] = [];
      // The entries' evidence rules, judged once per entry for this module (rarely more than one).
      const judged: Judged[] = [];
      for (const connection of module.connections) {
        // The type in use when the export says; otherwise any type the module accepts (likely).
        const candidates = connection.type ? [connection.type] : connection.acceptedTypes;
        for (const type of candidates) {
          for (const hit of byConnectionType.get(type) ?? []) {
            if (matches.some((match) => match.entry === hit.entry && match.subject === type))
              continue;
            const inUse = connection.type === type;
            const sure = inUse && SURE.has(hit.idStatus);
            matches.push(
              matchOf(
                hit.entry,
                module,
                connection,
                type,
                sure ? "confirmed" : "likely",
                "connection-type",
                connectionEvidence(inUse ? "connection-type" : "accepted-connection-type", type),
                judged,
              ),
            );
          }
        }
      }
      for (const match of statics) {
        // A name pattern is the last resort: not when the connection already matched the entry.
        if (match.matchedBy === "name-pattern" && matches.some((m) => m.entry === match.entry))
          continue;
        // The cache is per module id; a connection change's subject is this module's connection.
        const subject =
          match.entry.level === "connection" ? subjectFor(match.entry, module) : match.subject;
        matches.push(
          matchOf(
            match.entry,
            module,
            null,
            subject,
            match.confidence,
            match.matchedBy,
            match.evidence,
            judged,
          ),
        );
      }
      return matches;
    },
  };
}

type Judged = { entry: CatalogEntry; judgement: Judgement | null };

/** A match with the verdict of its entry's evidence rules (judged once per module and entry). */
function matchOf(
  entry: CatalogEntry,
  module: ScenarioModule,
  connection: ConnectionRef | null,
  subject: string,
  confidence: Confidence,
  matchedBy: MatchKind,
  base: Evidence,
  judged: Judged[],
): Match {
  let judgement: Judgement | null = null;
  if (entry.match.evidence.length > 0) {
    const known = judged.find((item) => item.entry === entry);
    judgement = known ? known.judgement : judge(entry, module);
    if (!known) judged.push({ entry, judgement });
  }
  // One object shape for every match (a large scenario has tens of thousands).
  return {
    entry,
    module,
    connection,
    subject,
    confidence,
    matchedBy,
    verdict: judgement ? judgement.rule.verdict : null,
    evidence: judgement ? [judgement.evidence, base] : [base],
  };
}

/**
 * Findings gather modules by what they share: the connector's app; for a connection change, the
 * connection type (in use, else accepted), else the app; for a module change, the module id.
 */
function subjectFor(entry: CatalogEntry, module: ScenarioModule): string {
  if (entry.level === "connector") return module.app;
  if (entry.level === "connection") {
    const connection = module.connections[0];
    return connection?.type ?? connection?.acceptedTypes[0] ?? module.app;
  }
  return module.module;
}

const moduleIdWithVersion = (module: ScenarioModule) =>
  module.version === null ? module.module : `${module.module}@${module.version}`;
