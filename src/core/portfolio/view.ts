/** What the portfolio table shows: its rows filtered, searched and sorted as the user asks. */
import { SEVERITIES, type Severity } from "../analysis/report";
import { entryName, type PortfolioEntry } from "./entry";
import { worstSeverity } from "./summary";

export type PortfolioSort = "urgency" | "name" | "deadline";
export const PORTFOLIO_SORTS: readonly PortfolioSort[] = ["urgency", "name", "deadline"];

export interface PortfolioQuery {
  sort: PortfolioSort;
  /** Only scenarios with at least one finding of this severity. */
  severity: Severity | null;
  /** Only scenarios that use this app id. */
  app: string | null;
  /** Only scenarios touched by this catalog entry. */
  change: string | null;
  /** Words the scenario or file name must contain (any case). */
  search: string;
}

export const ALL_SCENARIOS: PortfolioQuery = {
  sort: "urgency",
  severity: null,
  app: null,
  change: null,
  search: "",
};

/** 0 for a broken file (it needs a look first), then expired … info, then no finding. */
function urgencyRank(entry: PortfolioEntry): number {
  if (!entry.summary.ok) return 0;
  const worst = worstSeverity(entry.summary.counts);
  return worst === null ? SEVERITIES.length + 1 : SEVERITIES.indexOf(worst) + 1;
}

const deadlineOf = (entry: PortfolioEntry) =>
  entry.summary.ok ? (entry.summary.nearestDeadline ?? "9999") : "9999";

/** By name, the same order in every language (so a shared CSV and the page agree). */
const byName = (a: PortfolioEntry, b: PortfolioEntry) =>
  entryName(a).localeCompare(entryName(b), "en", { sensitivity: "base", numeric: true }) ||
  a.id.localeCompare(b.id);

const COMPARE: Record<PortfolioSort, (a: PortfolioEntry, b: PortfolioEntry) => number> = {
  urgency: (a, b) => {
    const rank = urgencyRank(a) - urgencyRank(b);
    if (rank !== 0) return rank;
    const worst = a.summary.ok ? worstSeverity(a.summary.counts) : null;
    const more =
      worst && a.summary.ok && b.summary.ok ? b.summary.counts[worst] - a.summary.counts[worst] : 0;
    return more || deadlineOf(a).localeCompare(deadlineOf(b)) || byName(a, b);
  },
  name: byName,
  deadline: (a, b) => deadlineOf(a).localeCompare(deadlineOf(b)) || byName(a, b),
};

function matches(entry: PortfolioEntry, query: PortfolioQuery): boolean {
  const { summary } = entry;
  const words = query.search.trim().toLowerCase();
  if (words && !`${entryName(entry)} ${entry.fileName}`.toLowerCase().includes(words)) return false;
  if (query.severity === null && query.app === null && query.change === null) return true;
  if (!summary.ok) return false;
  if (query.severity !== null && summary.counts[query.severity] === 0) return false;
  if (query.app !== null && !summary.apps.includes(query.app)) return false;
  if (query.change !== null && !summary.findings.some((f) => f.entryId === query.change))
    return false;
  return true;
}

export function portfolioView<T extends PortfolioEntry>(
  entries: readonly T[],
  query: PortfolioQuery,
): T[] {
  return entries.filter((entry) => matches(entry, query)).sort(COMPARE[query.sort]);
}

/** The apps and changes the filters offer: those present in the portfolio, sorted. */
export function filterChoices(entries: readonly PortfolioEntry[]) {
  const apps = new Set<string>();
  const changes = new Map<string, { entryId: string; ref: string; app: string }>();
  for (const { summary } of entries) {
    if (!summary.ok) continue;
    for (const app of summary.apps) apps.add(app);
    for (const { entryId, ref, app } of summary.findings)
      changes.set(entryId, { entryId, ref, app });
  }
  return {
    apps: [...apps].sort(),
    changes: [...changes.values()].sort((a, b) =>
      a.ref.localeCompare(b.ref, "en", { numeric: true }),
    ),
  };
}
