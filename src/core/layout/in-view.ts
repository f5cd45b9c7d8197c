/**
 * Which modules a view of the picture shows: the order in which a large scenario's picture
 * mounts them when the user zooms in out of the overview, a batch per frame.
 */
import { NODE_GEOMETRY } from "./compact";

/** The picture's pan and zoom, as xyflow gives it: screen = picture × zoom + x, y. */
export interface View {
  x: number;
  y: number;
  zoom: number;
}

/**
 * The modules whose box overlaps a view `width` × `height` screen pixels, nearest the view's
 * centre first (where the user zoomed in).
 */
export function keysInView(
  positions: ReadonlyMap<string, { x: number; y: number }>,
  view: View,
  width: number,
  height: number,
): string[] {
  const left = -view.x / view.zoom;
  const top = -view.y / view.zoom;
  const right = left + width / view.zoom;
  const bottom = top + height / view.zoom;
  const centreX = (left + right - NODE_GEOMETRY.width) / 2;
  const centreY = (top + bottom - NODE_GEOMETRY.height) / 2;
  const inView: { key: string; distance: number }[] = [];
  for (const [key, { x, y }] of positions) {
    if (x + NODE_GEOMETRY.width <= left || x >= right) continue;
    if (y + NODE_GEOMETRY.height <= top || y >= bottom) continue;
    inView.push({ key, distance: (x - centreX) ** 2 + (y - centreY) ** 2 });
  }
  return inView.sort((a, b) => a.distance - b.distance).map(({ key }) => key);
}
