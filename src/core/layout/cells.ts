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

/**
 * The points of `xy` (point i at xy[2i], xy[2i + 1]) bucketed by square cells of `size`, as
 * point indices, to find the ones in a rectangle quickly.
 */
export function bucketByCell(xy: ArrayLike<number>, size: number): Map<string, number[]> {
  const buckets = new Map<string, number[]>();
  for (let at = 0; 2 * at < xy.length; at++) {
    const spot = `${Math.floor(xy[2 * at]! / size)},${Math.floor(xy[2 * at + 1]! / size)}`;
    const list = buckets.get(spot);
    if (list) list.push(at);
    else buckets.set(spot, [at]);
  }
  return buckets;
}

/** The members of the cells from `first` to `last` (column, row), both included. */
export function inCells<T>(
  buckets: ReadonlyMap<string, T[]>,
  first: { column: number; row: number },
  last: { column: number; row: number },
): T[] {
  const members: T[] = [];
  for (let column = first.column; column <= last.column; column++) {
    for (let row = first.row; row <= last.row; row++) {
      const list = buckets.get(`${column},${row}`);
      if (list) for (const member of list) members.push(member);
    }
  }
  return members;
}

/**
 * The overview of a scenario of thousands of modules: one mark per occupied cell of `size`,
 * standing for its most urgent module (lowest `rank`, then the first), at the cell's centre
 * minus `offset` (where a module's own position would be), and the links between cells. Module
 * i sits at xy[2i], xy[2i + 1] and follows module predecessor[i] (-1: none). Read from the
 * arrays, with numbered cells: 100,000 point objects and cell names took 300 ms.
 */
export function overviewCells(
  keys: readonly string[],
  xy: ArrayLike<number>,
  predecessor: ArrayLike<number>,
  size: number,
  rank: (at: number) => number,
  offset: { x: number; y: number },
) {
  // Cells numbered column × ROWS + row, as long as a scenario has fewer than ROWS / 2 rows.
  const ROWS = 2 ** 20;
  const cellOf = new Float64Array(keys.length);
  const markOf = new Map<number, { at: number; rank: number }>();
  for (let at = 0; at < keys.length; at++) {
    const column = Math.floor((xy[2 * at]! + offset.x) / size);
    const row = Math.floor((xy[2 * at + 1]! + offset.y) / size);
    const cell = column * ROWS + row;
    cellOf[at] = cell;
    const mark = markOf.get(cell);
    const urgency = rank(at);
    if (!mark) markOf.set(cell, { at, rank: urgency });
    else if (urgency < mark.rank) [mark.at, mark.rank] = [at, urgency];
  }
  const positions = new Map<string, { x: number; y: number }>();
  for (const [cell, { at }] of markOf) {
    const column = Math.round(cell / ROWS);
    const row = cell - column * ROWS;
    positions.set(keys[at]!, {
      x: (column + 0.5) * size - offset.x,
      y: (row + 0.5) * size - offset.y,
    });
  }
  const links: ScenarioLink[] = [];
  const seen = new Set<string>();
  for (let at = 0; at < keys.length; at++) {
    const before = predecessor[at]!;
    if (before < 0 || cellOf[before] === cellOf[at]) continue;
    const source = keys[markOf.get(cellOf[before]!)!.at]!;
    const target = keys[markOf.get(cellOf[at]!)!.at]!;
    const id = `${source}->${target}`;
    if (seen.has(id)) continue;
    seen.add(id);
    links.push({ id, source, target, kind: "flow" });
  }
  return { keys: [...positions.keys()], positions, links };
}
