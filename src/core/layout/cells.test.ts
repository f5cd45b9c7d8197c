import { describe, expect, it } from "vitest";
import { bucketByCell, keysInCells, overviewCells } from "./cells";
import type { ScenarioLink } from "./chains";

// A chain of 10,000 modules on a 100-column grid, 300 × 200 apart, as the designer spaces them.
const keys = Array.from({ length: 10_000 }, (_, index) => String(index + 1));
const positions = new Map(
  keys.map((key, index) => [key, { x: (index % 100) * 300, y: Math.floor(index / 100) * 200 }]),
);
const links: ScenarioLink[] = keys
  .slice(1)
  .map((key, index) => ({ id: `l${key}`, source: keys[index]!, target: key, kind: "flow" }));

describe("cells of a very large scenario", () => {
  it("finds exactly the modules in a block of cells", () => {
    const buckets = bucketByCell(positions, 1200);
    const found = keysInCells(buckets, { column: 0, row: 0 }, { column: 1, row: 0 });
    const expected = keys.filter((key) => {
      const { x, y } = positions.get(key)!;
      return x < 2400 && y < 1200;
    });
    expect(new Set(found)).toEqual(new Set(expected));
    expect(found).toHaveLength(8 * 6);
  });

  it("draws one mark per cell, standing for its most urgent module", () => {
    const urgent = new Set(["205", "9999"]);
    const overview = overviewCells(
      keys,
      positions,
      links,
      3000,
      (key) => (urgent.has(key) ? 0 : 1),
      {
        x: 0,
        y: 0,
      },
    );
    expect(overview.keys.length).toBeLessThan(keys.length / 50);
    expect(overview.keys).toContain("205");
    expect(overview.keys).toContain("9999");
    for (const link of overview.links) {
      expect(overview.positions.has(link.source) && overview.positions.has(link.target)).toBe(true);
      expect(link.source).not.toBe(link.target);
    }
  });
});
