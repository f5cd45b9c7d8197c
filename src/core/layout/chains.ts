/**
 * How the modules of a scenario hang together, read from their paths: which module comes
 * before which, and in what kind of route. The blueprint nests flows (routes, branches, error
 * handlers, agent tools, orphans); a module's path ends with its index in its own chain, and the
 * first module of a chain hangs off `parentKey` (the router, if-else, agent or failing module).
 */
import type { PathStep, ScenarioModule } from "../blueprint/model";

/** The kind of route a link belongs to, as the picture and its legend show it. */
export type LinkKind = "flow" | "route" | "branch" | "error" | "tool" | "orphan";

export interface ScenarioLink {
  id: string;
  source: string;
  target: string;
  kind: LinkKind;
}

export interface ChainInfo {
  /** The module before this one (previous in its chain, else the module its chain hangs off). */
  predecessor: Map<string, string | null>;
  /** Modules that follow each module, continuation first, then routes/branches/tools, handlers last. */
  successors: Map<string, string[]>;
  kind: Map<string, LinkKind>;
  orphan: Set<string>;
}

function kindOf(chain: PathStep[]): LinkKind {
  let kind: LinkKind = "flow";
  for (const step of chain) {
    if (step.kind === "orphans") return "orphan";
    if (step.kind === "route") kind = "route";
    else if (step.kind === "branch") kind = "branch";
    else if (step.kind === "onerror") kind = "error";
    else if (step.kind === "tool") kind = "tool";
  }
  return kind;
}

// Handlers go last so a failing module's normal continuation stays on its row.
const ORDER: Record<LinkKind, number> = {
  flow: 0,
  orphan: 0,
  route: 1,
  branch: 1,
  tool: 1,
  error: 2,
};

export function readChains(modules: ScenarioModule[]): ChainInfo {
  const byChain = new Map<string, Map<number, string>>();
  const place = new Map<string, { chain: string; index: number }>();
  const known = new Set(modules.map((module) => module.key));
  const kind = new Map<string, LinkKind>();
  const orphan = new Set<string>();

  for (const module of modules) {
    const last = module.path.at(-1);
    const chainSteps = last?.kind === "flow" ? module.path.slice(0, -1) : module.path;
    const chain = JSON.stringify(chainSteps);
    const index = last?.kind === "flow" ? last.index : 0;
    let members = byChain.get(chain);
    if (!members) byChain.set(chain, (members = new Map<number, string>()));
    members.set(index, module.key);
    place.set(module.key, { chain, index });
    const linkKind = kindOf(chainSteps);
    kind.set(module.key, linkKind);
    if (linkKind === "orphan" || module.role === "orphan") orphan.add(module.key);
  }

  const predecessor = new Map<string, string | null>();
  const successors = new Map<string, string[]>(modules.map((module) => [module.key, []]));
  for (const module of modules) {
    const { chain, index } = place.get(module.key)!;
    const previous = byChain.get(chain)?.get(index - 1);
    const parent =
      module.parentKey !== null && known.has(module.parentKey) ? module.parentKey : null;
    const before = previous ?? parent;
    predecessor.set(module.key, before);
    if (before !== null) successors.get(before)!.push(module.key);
  }
  for (const [key, next] of successors) {
    const continuation = (target: string) =>
      predecessor.get(target) === key && place.get(target)!.chain === place.get(key)!.chain;
    next.sort(
      (a, b) =>
        (continuation(a) ? -1 : ORDER[kind.get(a)!]) - (continuation(b) ? -1 : ORDER[kind.get(b)!]),
    );
  }
  return { predecessor, successors, kind, orphan };
}

/** Every link of the picture: one per module that has a predecessor. */
export function scenarioLinks(
  modules: ScenarioModule[],
  chains = readChains(modules),
): ScenarioLink[] {
  const links: ScenarioLink[] = [];
  for (const module of modules) {
    const source = chains.predecessor.get(module.key);
    if (source == null) continue;
    links.push({
      id: `${source}->${module.key}`,
      source,
      target: module.key,
      kind: chains.kind.get(module.key) ?? "flow",
    });
  }
  return links;
}
