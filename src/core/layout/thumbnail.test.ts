import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { CATALOG } from "../catalog/index";
import { diagnoseBlueprint } from "../diagnosis/diagnose";
import { scenarioLinks } from "./chains";
import { flow, testModule } from "./test-modules";
import { THUMBNAIL_EACH_MODULE, thumbnailGeometry } from "./thumbnail";

describe("thumbnail of a scenario", () => {
  it("draws each module and link of the 77-module fixture", () => {
    const text = readFileSync(
      "test/fixtures/blueprints/001-cricket-responder-bot-77mods.json",
      "utf8",
    );
    const outcome = diagnoseBlueprint(text, CATALOG, { today: "2026-11-29" });
    if (!outcome.ok) throw new Error("001 does not read");
    const { modules } = outcome.scenario;
    const geometry = thumbnailGeometry(modules);
    expect(geometry.points).toHaveLength(modules.length);
    expect(geometry.modules).toBe(modules.length);
    expect(new Set(geometry.pointOf.values()).size).toBe(modules.length);
    expect(geometry.links).toHaveLength(scenarioLinks(modules).length);
  });

  it("merges a large scenario into a grid of cells and still places every module", () => {
    const count = 100_000;
    const modules = Array.from({ length: count }, (_, index) =>
      testModule(String(index + 1), [flow(index)], null, {
        position: { x: (index % 40) * 300, y: Math.floor(index / 40) * 200 },
      }),
    );
    const geometry = thumbnailGeometry(modules);
    expect(count).toBeGreaterThan(THUMBNAIL_EACH_MODULE);
    expect(geometry.modules).toBe(count);
    expect(geometry.pointOf.size).toBe(count);
    expect(geometry.points.length).toBeLessThanOrEqual(61 * 61);
    expect(geometry.links.length).toBeLessThan(2 * geometry.points.length);
    // The last module's point lies where the module is, within one cell.
    const last = geometry.points[geometry.pointOf.get(String(count))!]!;
    const cell = (Math.floor((count - 1) / 40) * 200) / 60;
    expect(Math.abs(last.x - 39 * 300)).toBeLessThanOrEqual(cell);
    expect(Math.abs(last.y - Math.floor((count - 1) / 40) * 200)).toBeLessThanOrEqual(cell);
  });
});
