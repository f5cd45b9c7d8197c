/**
 * Makes a laid-out scenario dense enough to read when it is fitted to the screen. The designer
 * leaves wide gaps (300 units between columns, 150 between rows) and router routes open rows
 * that are mostly empty, so a 20-module scenario can span a canvas where every label would be a
 * few pixels high. Positions are snapped to columns and rows (order kept, so the picture still
 * looks like the editor's), empty columns and rows disappear, and a row shares its lane with the
 * row above when no column holds a module of both. A scenario still much wider than the screen
 * is wrapped into bands, like lines of text.
 */
import type { Positions } from "./layout";

/** Cell of the compacted grid, in picture units: a module's circle and its three label lines. */
export const CELL_WIDTH = 150;
export const CELL_HEIGHT = 120;

/** Designer units within which two modules count as one column / one row. */
const SAME_COLUMN = 150;
const SAME_ROW = 100;

/** Groups sorted values: a new group starts `reach` or more after the first of the current one. */
function ranks(values: number[], reach: number): Map<number, number> {
  const sorted = [...new Set(values)].sort((a, b) => a - b);
  const rank = new Map<number, number>();
  let group = -1;
  let start = -Infinity;
  for (const value of sorted) {
    if (value - start >= reach) {
      group += 1;
      start = value;
    }
    rank.set(value, group);
  }
  return rank;
}

/** Width / height of the box the picture is fitted into (a desktop page: about 1,120 × 680). */
export const PICTURE_ASPECT = 1.65;

/** Most bands a wide scenario is wrapped into. */
const MAX_BANDS = 4;

/**
 * How many bands a grid of `columns` × `lanes` is cut into, like lines of text, so that it fills
 * a box of the given aspect best: the zoom at which it fits is the largest.
 */
export function bandsFor(columns: number, lanes: number, aspect = PICTURE_ASPECT): number {
  let best = 1;
  let bestZoom = 0;
  for (let bands = 1; bands <= Math.min(MAX_BANDS, columns); bands++) {
    const width = Math.ceil(columns / bands) * CELL_WIDTH;
    const height = (bands * lanes + (bands - 1)) * CELL_HEIGHT;
    const zoom = Math.min(aspect / width, 1 / height);
    // Wrap only for a clear gain: a band break is a jump in the flow.
    if (zoom > bestZoom * 1.15) {
      best = bands;
      bestZoom = zoom;
    }
  }
  return best;
}

export function compactPositions(
  keys: string[],
  positions: Positions,
  aspect = PICTURE_ASPECT,
): Positions {
  const placed = keys.filter((key) => positions.get(key) !== undefined);
  const columnOf = ranks(
    placed.map((key) => positions.get(key)!.x),
    SAME_COLUMN,
  );
  const rowOf = ranks(
    placed.map((key) => positions.get(key)!.y),
    SAME_ROW,
  );

  // Two modules snapped to one cell: the later one (by its y) gets a row of its own below.
  const cells = new Map<string, { column: number; row: number }>();
  const taken = new Set<string>();
  const byY = [...placed].sort((a, b) => positions.get(a)!.y - positions.get(b)!.y);
  for (const key of byY) {
    const column = columnOf.get(positions.get(key)!.x)!;
    let row = rowOf.get(positions.get(key)!.y)!;
    while (taken.has(`${column},${row}`)) row += 0.001;
    taken.add(`${column},${row}`);
    cells.set(key, { column, row });
  }

  const rows = [...new Set([...cells.values()].map((cell) => cell.row))].sort((a, b) => a - b);
  const columnsInRow = new Map<number, number[]>();
  for (const { column, row } of cells.values()) {
    const list = columnsInRow.get(row) ?? [];
    list.push(column);
    columnsInRow.set(row, list);
  }

  // Lanes: a row joins the lane of the row above when they have no column in common; otherwise
  // it opens the next lane. Vertical order is kept.
  const laneOf = new Map<number, number>();
  let lane = -1;
  let laneColumns = new Set<number>();
  for (const row of rows) {
    const columns = columnsInRow.get(row)!;
    const clashes = columns.some((column) => laneColumns.has(column));
    if (lane < 0 || clashes) {
      lane += 1;
      laneColumns = new Set();
    }
    for (const column of columns) laneColumns.add(column);
    laneOf.set(row, lane);
  }

  // A scenario much wider than the box is wrapped into bands, one under the other, an empty
  // lane between them.
  // A loop, not Math.max(...spread): 100,000 arguments overflow a worker's stack.
  let columns = 1;
  for (const cell of cells.values()) columns = Math.max(columns, cell.column + 1);
  const lanes = lane + 1;
  const bandWidth = Math.ceil(columns / bandsFor(columns, lanes, aspect));
  const compact: Positions = new Map();
  for (const [key, { column, row }] of cells) {
    const band = Math.floor(column / bandWidth);
    compact.set(key, {
      x: (column - band * bandWidth) * CELL_WIDTH,
      y: (band * (lanes + 1) + laneOf.get(row)!) * CELL_HEIGHT,
    });
  }
  return compact;
}

/** A module in its cell, in picture units: a small margin all round, the circle at the top centre. */
export const NODE_GEOMETRY = { width: CELL_WIDTH - 10, height: CELL_HEIGHT - 10, circle: 40 };
