/**
 * Where every module and link of a scenario goes in a thumbnail (the wizard's small picture of
 * where a step's modules are); computed once per scenario. A thumbnail is about 320 × 96 px, so
 * a large scenario is drawn as a grid of points, one per occupied cell (core/layout/cells):
 * each step's copy then stays a few thousand shapes at most instead of one per module (100,000
 * modules in 20 steps were two million SVG elements and a 5 s task).
 */
import type { ScenarioModule } from "../blueprint/model";
import { boundsOf, mergeIntoCells, type Placed } from "./cells";
import { scenarioLinks } from "./chains";
import { layoutScenario } from "./layout";

export interface ThumbnailGeometry {
  /** The points drawn: one per module, or one per occupied cell of a large scenario. */
  points: { id: string; x: number; y: number }[];
  /** The point each module is drawn as (an index into `points`). */
  pointOf: Map<string, number>;
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

export function thumbnailGeometry(modules: ScenarioModule[]): ThumbnailGeometry {
  const positions = layoutScenario(modules);
  const placed: Placed[] = modules.flatMap((module) => {
    const at = positions.get(module.key) ?? module.position;
    return at ? [{ key: module.key, x: at.x, y: at.y }] : [];
  });
  const { minX, minY, maxX, maxY } = boundsOf(placed);
  const links = scenarioLinks(modules);
  const merge = placed.length > THUMBNAIL_EACH_MODULE;
  const cell = Math.max(maxX - minX, maxY - minY) / CELLS_ACROSS;
  const cells = merge ? mergeIntoCells(placed, links, cell, { x: minX, y: minY }) : null;
  const points = cells?.points ?? placed.map(({ key, x, y }) => ({ id: key, x, y }));
  const pointOf = cells?.pointOf ?? new Map(placed.map(({ key }, index) => [key, index]));
  const line = (id: string, from: number | undefined, to: number | undefined) => {
    const a = from === undefined ? undefined : points[from];
    const b = to === undefined ? undefined : points[to];
    return a && b ? [{ id, x1: a.x, y1: a.y, x2: b.x, y2: b.y }] : [];
  };
  const drawn = cells
    ? cells.links.flatMap((link) => line(link.id, link.from, link.to))
    : links.flatMap((link) => line(link.id, pointOf.get(link.source), pointOf.get(link.target)));
  const radius = merge ? Math.max(THUMBNAIL_RADIUS, cell / 2) : THUMBNAIL_RADIUS;
  const padding = radius * 2;
  const left = minX - padding;
  const top = minY - padding;
  const viewBox = `${left} ${top} ${maxX - left + padding} ${maxY - top + padding}`;
  return { points, pointOf, links: drawn, viewBox, radius, modules: modules.length };
}
