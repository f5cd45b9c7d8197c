/**
 * Where each module sits in the picture. The editor's own positions (`metadata.designer` x/y)
 * when every module has one and no two overlap; otherwise a tidy left-to-right tree: a chain
 * runs along a row, each route, branch or error handler opens the rows below, and orphans are
 * set apart under the scenario. Iterative, so a 1,000-module chain does not exhaust the stack.
 */
import type { ScenarioModule } from "../blueprint/model";
import { readChains, type ChainInfo } from "./chains";

/** A Map, not an object: keys are blueprint text and may be "constructor" or "__proto__". */
export type Positions = Map<string, { x: number; y: number }>;

/** Distance between columns and rows of the automatic layout (a node is about 200 × 70). */
export const COLUMN_WIDTH = 260;
export const ROW_HEIGHT = 120;

export function layoutScenario(
  modules: ScenarioModule[],
  chains: () => ChainInfo = () => readChains(modules),
): Positions {
  return designerPositions(modules) ?? tidyLayout(modules, chains());
}

function designerPositions(modules: ScenarioModule[]): Positions | null {
  if (modules.length === 0) return null;
  const positions: Positions = new Map();
  const taken = new Set<string>();
  for (const module of modules) {
    if (!module.position) return null;
    const { x, y } = module.position;
    if (!Number.isFinite(x) || !Number.isFinite(y)) return null;
    const spot = `${x},${y}`;
    // Hand-written files often put every module at 0,0: that is no layout at all.
    if (taken.has(spot)) return null;
    taken.add(spot);
    positions.set(module.key, { x, y });
  }
  return positions;
}

function tidyLayout(modules: ScenarioModule[], chains: ChainInfo): Positions {
  const roots = modules.filter((module) => chains.predecessor.get(module.key) == null);
  // Scenario first, orphans after it, each group in flow order.
  const ordered = [
    ...roots.filter((root) => !chains.orphan.has(root.key)),
    ...roots.filter((root) => chains.orphan.has(root.key)),
  ].map((root) => root.key);

  const rows = subtreeRows(ordered, chains);
  const positions: Positions = new Map();
  let nextRow = 0;
  let inOrphans = false;
  for (const root of ordered) {
    if (chains.orphan.has(root) && !inOrphans) {
      inOrphans = true;
      if (nextRow > 0) nextRow += 1; // an empty row sets the orphans apart
    }
    placeTree(root, nextRow, chains, rows, positions);
    nextRow += rows.get(root) ?? 1;
  }
  // A cycle in odd input would leave modules unplaced: park them on a last row.
  let column = 0;
  for (const module of modules) {
    if (!positions.has(module.key)) {
      positions.set(module.key, { x: column++ * COLUMN_WIDTH, y: (nextRow + 1) * ROW_HEIGHT });
    }
  }
  return positions;
}

/** Rows each subtree needs: one for a leaf, the sum of its children's otherwise. */
function subtreeRows(roots: string[], chains: ChainInfo): Map<string, number> {
  const rows = new Map<string, number>();
  const stack: { key: string; expanded: boolean }[] = roots.map((key) => ({
    key,
    expanded: false,
  }));
  const seen = new Set<string>();
  while (stack.length > 0) {
    const top = stack.pop()!;
    const children = chains.successors.get(top.key) ?? [];
    if (top.expanded) {
      const sum = children.reduce((total, child) => total + (rows.get(child) ?? 0), 0);
      rows.set(top.key, Math.max(1, sum));
      continue;
    }
    if (seen.has(top.key)) continue;
    seen.add(top.key);
    stack.push({ key: top.key, expanded: true });
    for (const child of children) if (!seen.has(child)) stack.push({ key: child, expanded: false });
  }
  return rows;
}

function placeTree(
  root: string,
  firstRow: number,
  chains: ChainInfo,
  rows: Map<string, number>,
  positions: Positions,
): void {
  const stack = [{ key: root, column: 0, row: firstRow }];
  while (stack.length > 0) {
    const { key, column, row } = stack.pop()!;
    if (positions.has(key)) continue;
    positions.set(key, { x: column * COLUMN_WIDTH, y: row * ROW_HEIGHT });
    let childRow = row;
    for (const child of chains.successors.get(key) ?? []) {
      stack.push({ key: child, column: column + 1, row: childRow });
      childRow += rows.get(child) ?? 1;
    }
  }
}
