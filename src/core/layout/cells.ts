/**
 * Merges the modules of a very large scenario into a grid of square cells, one point per
 * occupied cell, for the picture that cannot draw every module: the overview of a scenario of
 * thousands of modules (the wizard's thumbnails merge from typed arrays: core/layout/thumbnail).
 * Links become links between cells.
 */
import type { ScenarioLink } from "./chains";

export interface Placed {
  key: string;
  x: number;
  y: number;
}

export interface Cells {
  /** One point per occupied cell, at the cell's centre (`id` names the cell). */
  points: { id: string; x: number; y: number }[];
  /** The modules of each point, in the order given. */
  members: string[][];
  /** The point each module is in (an index into `points`). */
  pointOf: Map<string, number>;
  /** Links between different points, once each (`id` "from-to"). */
  links: { id: string; from: number; to: number }[];
}

/** `size`: a cell's side, in picture units, with cells counted from `origin`. */
export function mergeIntoCells(
  placed: Placed[],
  links: readonly ScenarioLink[],
  size: number,
  origin: { x: number; y: number },
): Cells {
  const points: Cells["points"] = [];
  const members: string[][] = [];
  const pointOf = new Map<string, number>();
  const pointAt = new Map<string, number>();
  for (const { key, x, y } of placed) {
    const column = Math.floor((x - origin.x) / size);
    const row = Math.floor((y - origin.y) / size);
    const spot = `${column},${row}`;
    let index = pointAt.get(spot);
    if (index === undefined) {
      index = points.length;
      points.push({
        id: spot,
        x: origin.x + (column + 0.5) * size,
        y: origin.y + (row + 0.5) * size,
      });
      members.push([]);
      pointAt.set(spot, index);
    }
    members[index]!.push(key);
    pointOf.set(key, index);
  }
  const merged: Cells["links"] = [];
  const seen = new Set<string>();
  for (const link of links) {
    const from = pointOf.get(link.source);
    const to = pointOf.get(link.target);
    if (from === undefined || to === undefined || from === to) continue;
    const id = `${from}-${to}`;
    if (seen.has(id)) continue;
    seen.add(id);
    merged.push({ id, from, to });
  }
  return { points, members, pointOf, links: merged };
}

/** Modules bucketed by square cells of `size`, to find the ones in a rectangle quickly. */
export function bucketByCell(
  positions: ReadonlyMap<string, { x: number; y: number }>,
  size: number,
): Map<string, string[]> {
  const buckets = new Map<string, string[]>();
  for (const [key, { x, y }] of positions) {
    const spot = `${Math.floor(x / size)},${Math.floor(y / size)}`;
    const list = buckets.get(spot);
    if (list) list.push(key);
    else buckets.set(spot, [key]);
  }
  return buckets;
}

/** The modules of the cells from `first` to `last` (column, row), both included. */
export function keysInCells(
  buckets: ReadonlyMap<string, string[]>,
  first: { column: number; row: number },
  last: { column: number; row: number },
): string[] {
  const keys: string[] = [];
  for (let column = first.column; column <= last.column; column++) {
    for (let row = first.row; row <= last.row; row++) {
      const list = buckets.get(`${column},${row}`);
      if (list) keys.push(...list);
    }
  }
  return keys;
}

/**
 * The overview of a scenario of thousands of modules: one mark per occupied cell of `size`,
 * standing for its most urgent module (lowest `rank`, then the first), at the cell's centre
 * minus `offset` (where a module's own position would be), and the links between cells.
 */
export function overviewCells(
  keys: string[],
  positions: ReadonlyMap<string, { x: number; y: number }>,
  links: readonly ScenarioLink[],
  size: number,
  rank: (key: string) => number,
  offset: { x: number; y: number },
) {
  const placed = keys.flatMap((key) => {
    const at = positions.get(key);
    return at ? [{ key, x: at.x + offset.x, y: at.y + offset.y }] : [];
  });
  const cells = mergeIntoCells(placed, links, size, { x: 0, y: 0 });
  const marks = cells.members.map((members) =>
    members.reduce((best, key) => (rank(key) < rank(best) ? key : best)),
  );
  const at = new Map(
    marks.map((key, index) => {
      const point = cells.points[index]!;
      return [key, { x: point.x - offset.x, y: point.y - offset.y }];
    }),
  );
  const between: ScenarioLink[] = cells.links.map((link) => ({
    id: link.id,
    source: marks[link.from]!,
    target: marks[link.to]!,
    kind: "flow",
  }));
  return { keys: marks, positions: at, links: between };
}
