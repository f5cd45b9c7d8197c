/**
 * Where every module and link of a scenario goes in a thumbnail (the wizard's small picture of
 * where a step's modules are); computed once per scenario from the picture's layout, which the
 * analysis worker has already made (core/layout/picture.ts): no second layout on the page. A
 * thumbnail is about 320 × 96 px, so a large scenario is drawn as a grid of points, one per
 * occupied cell: each step's copy then stays a few thousand shapes at most instead of one per
 * module (100,000 modules in 20 steps were two million SVG elements and a 5 s task).
 */
import type { PictureLayout } from "./picture";

export interface ThumbnailGeometry {
  /** The points drawn: one per module, or one per occupied cell of a large scenario. */
  points: { id: string; x: number; y: number }[];
  /** The point each module is drawn as (an index into `points`), indexed like the modules. */
  pointOf: Int32Array;
  links: { id: string; x1: number; y1: number; x2: number; y2: number }[];
  viewBox: string;
  /** Radius of a point, in picture units (a cell's half width when modules are merged). */
  radius: number;
  modules: number;
}

export const THUMBNAIL_RADIUS = 44;
/** Up to this many modules, each is its own point. */
export const THUMBNAIL_EACH_MODULE = 1500;
/** Cells along the longer side of a large scenario's thumbnail. */
const CELLS_ACROSS = 60;
/** Cells along either side of the grid (a module on the far edge starts one more). */
const GRID_SIDE = CELLS_ACROSS + 1;

/** Bounds of the layout's positions, with 0,0 always inside (the pictures start at the origin). */
function boundsOf(xy: Float64Array) {
  let minX = 0;
  let minY = 0;
  let maxX = 0;
  let maxY = 0;
  for (let at = 0; at < xy.length; at += 2) {
    minX = Math.min(minX, xy[at]!);
    maxX = Math.max(maxX, xy[at]!);
    minY = Math.min(minY, xy[at + 1]!);
    maxY = Math.max(maxY, xy[at + 1]!);
  }
  return { minX, minY, maxX, maxY };
}

/**
 * The point of each module (indexed like the layout) and the points: the modules themselves, or,
 * given a cell's `size`, one point per occupied cell at its centre (cells counted from the
 * bounds' top left). Typed arrays throughout: 100,000 modules take a few milliseconds.
 */
function pointsOf(xy: Float64Array, bounds: ReturnType<typeof boundsOf>, size: number | null) {
  const count = xy.length / 2;
  const pointOf = new Int32Array(count);
  const points: ThumbnailGeometry["points"] = [];
  if (size === null) {
    for (let at = 0; at < count; at++) {
      pointOf[at] = at;
      points.push({ id: String(at), x: xy[2 * at]!, y: xy[2 * at + 1]! });
    }
    return { pointOf, points };
  }
  const cellPoint = new Int32Array(GRID_SIDE * GRID_SIDE).fill(-1);
  const cellOf = (value: number, min: number) =>
    Math.min(GRID_SIDE - 1, Math.floor((value - min) / size));
  for (let at = 0; at < count; at++) {
    const column = cellOf(xy[2 * at]!, bounds.minX);
    const row = cellOf(xy[2 * at + 1]!, bounds.minY);
    const cell = row * GRID_SIDE + column;
    if (cellPoint[cell] === -1) {
      cellPoint[cell] = points.length;
      points.push({
        id: `${column},${row}`,
        x: bounds.minX + (column + 0.5) * size,
        y: bounds.minY + (row + 0.5) * size,
      });
    }
    pointOf[at] = cellPoint[cell]!;
  }
  return { pointOf, points };
}

export function thumbnailGeometry(layout: PictureLayout): ThumbnailGeometry {
  const bounds = boundsOf(layout.xy);
  const { minX, minY, maxX, maxY } = bounds;
  const modules = layout.predecessor.length;
  const merge = modules > THUMBNAIL_EACH_MODULE;
  // At least one unit: a scenario whose modules all sit on the origin still has one cell.
  const cell = Math.max(maxX - minX, maxY - minY, CELLS_ACROSS) / CELLS_ACROSS;
  const { pointOf, points } = pointsOf(layout.xy, bounds, merge ? cell : null);
  // A link per module that follows another, once per pair of points (merged cells share many).
  const links: ThumbnailGeometry["links"] = [];
  const seen = new Set<number>();
  layout.predecessor.forEach((before, at) => {
    if (before < 0) return;
    const from = pointOf[before]!;
    const to = pointOf[at]!;
    const pair = from * points.length + to;
    if (from === to || seen.has(pair)) return;
    seen.add(pair);
    const a = points[from]!;
    const b = points[to]!;
    links.push({ id: `${from}-${to}`, x1: a.x, y1: a.y, x2: b.x, y2: b.y });
  });
  const radius = merge ? Math.max(THUMBNAIL_RADIUS, cell / 2) : THUMBNAIL_RADIUS;
  const padding = radius * 2;
  const left = minX - padding;
  const top = minY - padding;
  const viewBox = `${left} ${top} ${maxX - left + padding} ${maxY - top + padding}`;
  return { points, pointOf, links, viewBox, radius, modules };
}
