import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import type { ScenarioModule } from "../blueprint/model";
import { CATALOG } from "../catalog/index";
import { diagnoseBlueprint } from "../diagnosis/diagnose";
import { scenarioLinks } from "./chains";
import { layoutBuffers, pictureLayout, readPictureLayout } from "./picture";
import { flow, testModule } from "./test-modules";
import { THUMBNAIL_EACH_MODULE, thumbnailGeometry } from "./thumbnail";

/** The layout as the page receives it from the worker: cloned, its buffers transferred. */
function receivedLayout(modules: ScenarioModule[]) {
  const layout = pictureLayout(modules, new Map());
  return structuredClone(layout, { transfer: layoutBuffers(layout) });
}

describe("thumbnail of a scenario, from the worker's picture layout", () => {
  const text = readFileSync(
    "test/fixtures/blueprints/001-cricket-responder-bot-77mods.json",
    "utf8",
  );
  const outcome = diagnoseBlueprint(text, CATALOG, { today: "2026-11-29" });
  if (!outcome.ok) throw new Error("001 does not read");
  const { modules } = outcome.scenario;

  it("draws each module and link of the 77-module fixture", () => {
    const geometry = thumbnailGeometry(receivedLayout(modules));
    expect(geometry.points).toHaveLength(modules.length);
    expect(geometry.modules).toBe(modules.length);
    expect(new Set(geometry.pointOf).size).toBe(modules.length);
    expect(geometry.links).toHaveLength(scenarioLinks(modules).length);
  });

  it("puts each module and link where the Diagnose picture puts them", () => {
    const layout = receivedLayout(modules);
    const geometry = thumbnailGeometry(layout);
    const placement = readPictureLayout(modules, layout);
    for (const [at, module] of modules.entries()) {
      const point = geometry.points[geometry.pointOf[at]!]!;
      expect({ key: module.key, x: point.x, y: point.y }).toEqual({
        key: module.key,
        ...placement.positions.get(module.key),
      });
    }
    const drawn = geometry.links.map((link) => [link.x1, link.y1, link.x2, link.y2]);
    const expected = placement.links.map((link) => {
      const from = placement.positions.get(link.source)!;
      const to = placement.positions.get(link.target)!;
      return [from.x, from.y, to.x, to.y];
    });
    expect(drawn).toEqual(expected);
  });

  it("merges a large scenario into a grid of cells and still places every module", () => {
    const count = 100_000;
    const chain = Array.from({ length: count }, (_, index) =>
      testModule(String(index + 1), [flow(index)], null, {
        position: { x: (index % 40) * 300, y: Math.floor(index / 40) * 200 },
      }),
    );
    const layout = receivedLayout(chain);
    const geometry = thumbnailGeometry(layout);
    expect(count).toBeGreaterThan(THUMBNAIL_EACH_MODULE);
    expect(geometry.modules).toBe(count);
    expect(geometry.pointOf).toHaveLength(count);
    expect(new Set(geometry.pointOf).size).toBe(geometry.points.length);
    expect(geometry.points.length).toBeLessThanOrEqual(61 * 61);
    // One line per pair of cells a link crosses, never two.
    const pairs = geometry.links.map((link) => `${link.x1},${link.y1}>${link.x2},${link.y2}`);
    expect(new Set(pairs).size).toBe(pairs.length);
    expect(geometry.links.length).toBeLessThan(2 * geometry.points.length);
    // Every module's point is the centre of the cell it lies in: within half a cell of it.
    const xs = [0, ...layout.xy.filter((_, index) => index % 2 === 0)];
    const ys = [0, ...layout.xy.filter((_, index) => index % 2 === 1)];
    const spread = (values: number[]) =>
      values.reduce((a, b) => Math.max(a, b)) - values.reduce((a, b) => Math.min(a, b));
    const cell = Math.max(spread(xs), spread(ys)) / 60;
    for (let at = 0; at < count; at += 997) {
      const point = geometry.points[geometry.pointOf[at]!]!;
      expect(Math.abs(point.x - layout.xy[2 * at]!)).toBeLessThanOrEqual(cell / 2);
      expect(Math.abs(point.y - layout.xy[2 * at + 1]!)).toBeLessThanOrEqual(cell / 2);
    }
  });
});
