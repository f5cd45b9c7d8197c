import { describe, expect, it } from "vitest";
import { NODE_GEOMETRY } from "./compact";
import { keysInView } from "./in-view";

// 1,000 modules on a 40-column grid, 300 × 200 apart, as the designer spaces them.
const positions = new Map(
  Array.from({ length: 1000 }, (_, index) => [
    String(index + 1),
    { x: (index % 40) * 300, y: Math.floor(index / 40) * 200 },
  ]),
);

describe("modules in a view of the picture", () => {
  it("finds exactly the modules whose box overlaps the view", () => {
    // At zoom 0.5, a 1200 × 800 view shows picture units 600–3000 across and 400–2000 down.
    const found = keysInView(positions, { x: -300, y: -200, zoom: 0.5 }, 1200, 800);
    const expected = [...positions].filter(
      ([, { x, y }]) =>
        x + NODE_GEOMETRY.width > 600 && x < 3000 && y + NODE_GEOMETRY.height > 400 && y < 2000,
    );
    expect(new Set(found)).toEqual(new Set(expected.map(([key]) => key)));
    expect(found).toHaveLength(8 * 8); // columns and rows 2–9
  });

  it("puts the modules nearest the view's centre first", () => {
    const found = keysInView(positions, { x: -300, y: -200, zoom: 0.5 }, 1200, 800);
    const centre = { x: 1800 - NODE_GEOMETRY.width / 2, y: 1200 - NODE_GEOMETRY.height / 2 };
    const distances = found.map((key) => {
      const { x, y } = positions.get(key)!;
      return (x - centre.x) ** 2 + (y - centre.y) ** 2;
    });
    expect(distances).toEqual([...distances].sort((a, b) => a - b));
    expect(positions.get(found[0]!)).toEqual({ x: 1800, y: 1200 });
  });

  it("finds none in a view beside the picture", () => {
    expect(keysInView(positions, { x: 5000, y: 0, zoom: 1 }, 1200, 800)).toEqual([]);
  });
});
