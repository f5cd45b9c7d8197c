/**
 * Level of detail of the picture: which modules carry a label at a given zoom. When every cell
 * has room for its label, all do. Further out, labels are placed in order of importance (the
 * selected module, the affected ones, their neighbours, then the rest in flow order) wherever
 * they overlap no label already placed, and the others stay compact marks; zooming in makes room
 * for more. Labels keep their on-screen size, so this is decided in screen pixels.
 */
import type { ScenarioLink } from "./chains";
import { CELL_WIDTH, NODE_GEOMETRY } from "./compact";
import type { Positions } from "./layout";

/** A label on screen: at least this wide, three lines of 12 px type high. */
export const LABEL_WIDTH_PX = 76;
export const LABEL_HEIGHT_PX = 44;
/** Room on each side of the circle for the module number and the severity mark. */
const BESIDE_PX = 30;

/** Zoom at and above which a cell is as wide as a label: every module is labelled. */
export const ALL_LABELS_ZOOM = LABEL_WIDTH_PX / CELL_WIDTH;

export function labelsAll(zoom: number): boolean {
  return zoom >= ALL_LABELS_ZOOM;
}

/** Every module, most important first: selected, affected, next to an affected one, the rest. */
export function labelPriority(
  keys: string[],
  affected: ReadonlySet<string>,
  links: ScenarioLink[],
  selected: string | null,
): string[] {
  const neighbours = new Set<string>();
  for (const link of links) {
    if (affected.has(link.source)) neighbours.add(link.target);
    if (affected.has(link.target)) neighbours.add(link.source);
  }
  const rank = (key: string) =>
    key === selected ? 0 : affected.has(key) ? 1 : neighbours.has(key) ? 2 : 3;
  return keys
    .map((key, index) => ({ key, index, rank: rank(key) }))
    .sort((a, b) => a.rank - b.rank || a.index - b.index)
    .map((entry) => entry.key);
}

interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/** Boxes bucketed by screen area, so a thousand labels are placed in linear time. */
class Occupancy {
  private readonly buckets = new Map<string, Box[]>();

  private *cells(box: Box): Generator<string> {
    for (
      let x = Math.floor(box.left / LABEL_WIDTH_PX);
      x <= Math.floor(box.right / LABEL_WIDTH_PX);
      x++
    ) {
      for (
        let y = Math.floor(box.top / LABEL_HEIGHT_PX);
        y <= Math.floor(box.bottom / LABEL_HEIGHT_PX);
        y++
      ) {
        yield `${x},${y}`;
      }
    }
  }

  overlaps(box: Box, except?: Box): boolean {
    for (const cell of this.cells(box)) {
      for (const other of this.buckets.get(cell) ?? []) {
        if (other === except) continue;
        if (
          other.left < box.right &&
          box.left < other.right &&
          other.top < box.bottom &&
          box.top < other.bottom
        ) {
          return true;
        }
      }
    }
    return false;
  }

  add(box: Box): void {
    for (const cell of this.cells(box)) {
      const list = this.buckets.get(cell);
      if (list) list.push(box);
      else this.buckets.set(cell, [box]);
    }
  }
}

/**
 * The modules labelled at `zoom`, from `order` (see labelPriority). The selected and affected
 * modules (`firstClass`) are always labelled, even where their labels overlap (far out, a
 * dense cluster of affected modules would otherwise lose some names); the rest take only free
 * room, clear of other labels and of other modules' circles, so a label never hides a mark.
 */
export function chooseLabels(
  order: string[],
  positions: Positions,
  zoom: number,
  firstClass: ReadonlySet<string>,
): Set<string> {
  if (labelsAll(zoom)) return new Set(order);
  const { width, circle } = NODE_GEOMETRY;
  const circles = new Occupancy();
  const circleOf = new Map<string, Box>();
  for (const key of order) {
    const point = positions.get(key);
    if (!point) continue;
    const left = (point.x + (width - circle) / 2) * zoom;
    const top = point.y * zoom;
    const box = { left, top, right: left + circle * zoom, bottom: top + circle * zoom };
    circleOf.set(key, box);
    circles.add(box);
  }
  const labels = new Occupancy();
  const chosen = new Set<string>();
  for (const key of order) {
    const point = positions.get(key);
    if (!point) continue;
    // From the number left of the circle to the mark right of it, down to the label's end.
    const centre = (point.x + width / 2) * zoom;
    const half = Math.max(LABEL_WIDTH_PX, (width - 4) * zoom, circle * zoom + 2 * BESIDE_PX) / 2;
    const box = {
      left: centre - half,
      top: point.y * zoom,
      right: centre + half,
      bottom: (point.y + circle + 4) * zoom + LABEL_HEIGHT_PX,
    };
    if (!firstClass.has(key) && (labels.overlaps(box) || circles.overlaps(box, circleOf.get(key))))
      continue;
    labels.add(box);
    chosen.add(key);
  }
  return chosen;
}
