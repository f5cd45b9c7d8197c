/**
 * Merges the modules of a very large scenario into a grid of square cells, one point per
 * occupied cell, for the pictures that cannot draw every module: the overview of a scenario of
 * thousands of modules and the wizard's thumbnails (core/layout/thumbnail). Links become links
 * between cells.
 */
import type { ScenarioLink } from "./chains";

/** The box of every position of `xy` (module i at xy[2i], xy[2i + 1]); a loop, not a spread. */
export function positionBounds(xy: ArrayLike<number>) {
  const bounds = { left: Infinity, top: Infinity, right: -Infinity, bottom: -Infinity };
  for (let at = 0; 2 * at < xy.length; at++) {
    bounds.left = Math.min(bounds.left, xy[2 * at]!);
    bounds.top = Math.min(bounds.top, xy[2 * at + 1]!);
    bounds.right = Math.max(bounds.right, xy[2 * at]!);
    bounds.bottom = Math.max(bounds.bottom, xy[2 * at + 1]!);
  }
  return bounds;
}

/** Points merged into square cells: each point's cell, the cells, the links between cells. */
export interface Cells {
  /** The cell each point is in (an index into `cells`), indexed like the points. */
  cellOf: Int32Array;
  /** The occupied cells, in the order of their first point, each at its centre. */
  cells: { x: number; y: number }[];
  /** A link per pair of different cells that a point and the one it follows join, once each. */
  links: { from: number; to: number }[];
}

/** Cells numbered column × ROWS + row: a scenario has far fewer than ROWS / 2 rows of cells. */
const ROWS = 2 ** 20;

/**
 * Points of `xy` (point i at xy[2i], xy[2i + 1]) merged into square cells of `size` counted from
 * `origin`; point i follows point predecessor[i] (-1: none). Read from the arrays with numbered
 * cells: 100,000 point objects and cell names took 300 ms.
 */
export function mergeIntoCells(
  xy: ArrayLike<number>,
  predecessor: ArrayLike<number>,
  size: number,
  origin: { x: number; y: number },
): Cells {
  const count = predecessor.length;
  const cellOf = new Int32Array(count);
  const cells: Cells["cells"] = [];
  const numbered = new Map<number, number>();
  for (let at = 0; at < count; at++) {
    const column = Math.floor((xy[2 * at]! - origin.x) / size);
    const row = Math.floor((xy[2 * at + 1]! - origin.y) / size);
    let cell = numbered.get(column * ROWS + row);
    if (cell === undefined) {
      cell = cells.length;
      numbered.set(column * ROWS + row, cell);
      cells.push({
        x: origin.x + (column + 0.5) * size,
        y: origin.y + (row + 0.5) * size,
      });
    }
    cellOf[at] = cell;
  }
  const links: Cells["links"] = [];
  const seen = new Set<number>();
  for (let at = 0; at < count; at++) {
    const before = predecessor[at]!;
    if (before < 0) continue;
    const [from, to] = [cellOf[before]!, cellOf[at]!];
    if (from === to || seen.has(from * cells.length + to)) continue;
    seen.add(from * cells.length + to);
    links.push({ from, to });
  }
  return { cellOf, cells, links };
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
 * i sits at xy[2i], xy[2i + 1] and follows module predecessor[i] (-1: none).
 */
export function overviewCells(
  keys: readonly string[],
  xy: ArrayLike<number>,
  predecessor: ArrayLike<number>,
  size: number,
  rank: (at: number) => number,
  offset: { x: number; y: number },
) {
  const merged = mergeIntoCells(xy, predecessor, size, { x: -offset.x, y: -offset.y });
  const marks = merged.cells.map(() => ({ at: -1, rank: Infinity }));
  for (let at = 0; at < keys.length; at++) {
    const mark = marks[merged.cellOf[at]!]!;
    const urgency = rank(at);
    if (urgency < mark.rank) [mark.at, mark.rank] = [at, urgency];
  }
  const markKeys = marks.map(({ at }) => keys[at]!);
  // Cells counted from -offset: a cell's centre there is where its mark's module would sit.
  const positions = new Map(merged.cells.map(({ x, y }, cell) => [markKeys[cell]!, { x, y }]));
  const links: ScenarioLink[] = merged.links.map(({ from, to }) => {
    const [source, target] = [markKeys[from]!, markKeys[to]!];
    return { id: `${source}->${target}`, source, target, kind: "flow" };
  });
  return { keys: markKeys, positions, links };
}
