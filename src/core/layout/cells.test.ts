import { describe, expect, it } from "vitest";
import { bucketByCell, inCells, overviewCells } from "./cells";

// A chain of 10,000 modules on a 100-column grid, 300 × 200 apart, as the designer spaces them.
const keys = Array.from({ length: 10_000 }, (_, index) => String(index + 1));
const positions = new Map(
  keys.map((key, index) => [key, { x: (index % 100) * 300, y: Math.floor(index / 100) * 200 }]),
);

const xy = new Float64Array(keys.flatMap((key) => [positions.get(key)!.x, positions.get(key)!.y]));

describe("cells of a very large scenario", () => {
  it("finds exactly the modules in a block of cells", () => {
    const xy = new Float64Array(
      keys.flatMap((key) => [positions.get(key)!.x, positions.get(key)!.y]),
    );
    const buckets = bucketByCell(xy, 1200);
    const found = inCells(buckets, { column: 0, row: 0 }, { column: 1, row: 0 }).map(
      (at) => keys[at],
    );
    const expected = keys.filter((key) => {
      const { x, y } = positions.get(key)!;
      return x < 2400 && y < 1200;
    });
    expect(new Set(found)).toEqual(new Set(expected));
    expect(found).toHaveLength(8 * 6);
  });

  it("draws one mark per cell, standing for its most urgent module", () => {
    const urgent = new Set(["205", "9999"]);
    const predecessor = keys.map((_, at) => at - 1);
    const overview = overviewCells(
      keys,
      xy,
      predecessor,
      3000,
      (at) => (urgent.has(keys[at]!) ? 0 : 1),
      {
        x: 0,
        y: 0,
      },
    );
    // 100 columns × 300 and 100 rows × 200 in cells of 3,000: 10 × 7 cells.
    expect(overview.keys).toHaveLength(70);
    expect(overview.keys).toContain("205");
    expect(overview.keys).toContain("9999");
    // Module 205 is at column 4, row 2: its mark sits at its cell's centre.
    expect(overview.positions.get("205")).toEqual({ x: 1500, y: 1500 });
    for (const link of overview.links) {
      expect(overview.positions.has(link.source) && overview.positions.has(link.target)).toBe(true);
      expect(link.source).not.toBe(link.target);
    }
    // The chain goes through every cell in turn: each step to another cell is one link.
    expect(overview.links.length).toBeGreaterThanOrEqual(69);
  });
});
