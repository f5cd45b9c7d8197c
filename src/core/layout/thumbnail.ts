/**
 * Where every module and link of a scenario goes in a thumbnail (the wizard's small picture of
 * where a step's modules are); computed once per scenario from the picture's layout, which the
 * analysis worker has already made (core/layout/picture.ts): no second layout on the page. A
 * thumbnail is about 320 × 96 px, so a large scenario is drawn as a grid of points, one per
 * occupied cell: each step's copy then stays a few thousand shapes at most instead of one per
 * module (100,000 modules in 20 steps were two million SVG elements and a 5 s task).
 */
import { mergeIntoCells, positionBounds, type Cells } from "./cells";
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
/** Bounds of the layout's positions, with 0,0 always inside (the pictures start at the origin). */
function boundsOf(xy: Float64Array) {
  const { left, top, right, bottom } = positionBounds(xy);
  return {
    minX: Math.min(0, left),
    minY: Math.min(0, top),
    maxX: Math.max(0, right),
    maxY: Math.max(0, bottom),
  };
}

/** Each module its own point, the links between them once each (no merging). */
function eachModule(layout: PictureLayout): Cells {
  const count = layout.predecessor.length;
  const cells = Array.from({ length: count }, (_, at) => ({
    x: layout.xy[2 * at]!,
    y: layout.xy[2 * at + 1]!,
  }));
  const links: Cells["links"] = [];
  layout.predecessor.forEach((before, at) => {
    if (before >= 0 && before !== at) links.push({ from: before, to: at });
  });
  return { cellOf: Int32Array.from({ length: count }, (_, at) => at), cells, links };
}

export function thumbnailGeometry(layout: PictureLayout): ThumbnailGeometry {
  const { minX, minY, maxX, maxY } = boundsOf(layout.xy);
  const modules = layout.predecessor.length;
  const merge = modules > THUMBNAIL_EACH_MODULE;
  // At least one unit: a scenario whose modules all sit on the origin still has one cell.
  const cell = Math.max(maxX - minX, maxY - minY, CELLS_ACROSS) / CELLS_ACROSS;
  const merged = merge
    ? mergeIntoCells(layout.xy, layout.predecessor, cell, { x: minX, y: minY })
    : eachModule(layout);
  const points = merged.cells.map(({ x, y }, index) => ({ id: String(index), x, y }));
  const links = merged.links.map(({ from, to }) => {
    const [a, b] = [points[from]!, points[to]!];
    return { id: `${from}-${to}`, x1: a.x, y1: a.y, x2: b.x, y2: b.y };
  });
  const radius = merge ? Math.max(THUMBNAIL_RADIUS, cell / 2) : THUMBNAIL_RADIUS;
  const padding = radius * 2;
  const left = minX - padding;
  const top = minY - padding;
  const viewBox = `${left} ${top} ${maxX - left + padding} ${maxY - top + padding}`;
  return { points, pointOf: merged.cellOf, links, viewBox, radius, modules };
}
