import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { moduleBadges } from "../analysis/badges";
import { CATALOG } from "../catalog/index";
import { diagnoseBlueprint } from "../diagnosis/diagnose";
import { inCells, positionBounds } from "./cells";
import { HUGE_SCENARIO, WINDOW_CELL } from "./huge-picture";
import { layoutBuffers, pictureLayout, readPictureLayout } from "./picture";

/** A real scenario (the Workfront fixture, affected by a catalog change) copied side by side. */
function repeatedScenario(copies: number) {
  const blueprint = JSON.parse(
    readFileSync("test/fixtures/blueprints/054-qstrauss-fusion-workfront.json", "utf8"),
  ) as { flow: { id: number; metadata?: { designer?: { x: number; y: number } } }[] };
  const flow = Array.from({ length: copies }, (_, copy) =>
    blueprint.flow.map((module, at) => ({
      ...module,
      id: copy * blueprint.flow.length + at + 1,
      metadata: {
        ...module.metadata,
        designer: { x: (copy % 20) * 2000 + at * 300, y: Math.floor(copy / 20) * 400 },
      },
    })),
  ).flat();
  const outcome = diagnoseBlueprint(JSON.stringify({ ...blueprint, flow }), CATALOG, {
    today: "2026-11-30",
  });
  if (!outcome.ok) throw new Error("the repeated fixture does not read");
  return outcome;
}

describe("the huge picture computed with the layout", () => {
  it("is left out up to HUGE_SCENARIO modules", () => {
    const { scenario, report } = repeatedScenario(2);
    expect(scenario.modules.length).toBeLessThanOrEqual(HUGE_SCENARIO);
    expect(pictureLayout(scenario.modules, moduleBadges(report.findings)).huge).toBeNull();
  });

  const { scenario, report } = repeatedScenario(Math.ceil(HUGE_SCENARIO / 2) + 10);
  const { modules } = scenario;
  const badges = moduleBadges(report.findings);
  const sent = pictureLayout(modules, badges);
  // What the page receives: a structured clone, with the buffers transferred.
  const layout = structuredClone(sent, { transfer: layoutBuffers(sent) });
  const huge = layout.huge!;
  const { positions } = readPictureLayout(modules, layout);

  it("files every module in the window cell its position is in, once", () => {
    expect(modules.length).toBeGreaterThan(HUGE_SCENARIO);
    const filed = [...huge.cells.values()].flat();
    expect(filed.sort((a, b) => a - b)).toEqual(modules.map((_, at) => at));
    for (const [cell, members] of huge.cells) {
      for (const at of members) {
        const { x, y } = positions.get(modules[at]!.key)!;
        expect(`${Math.floor(x / WINDOW_CELL)},${Math.floor(y / WINDOW_CELL)}`).toBe(cell);
      }
    }
    const first = inCells(huge.cells, { column: 0, row: 0 }, { column: 0, row: 0 });
    expect(first).toContain(0);
  });

  it("bounds every position", () => {
    const bounds = positionBounds(layout.xy);
    for (const { x, y } of positions.values()) {
      expect(x).toBeGreaterThanOrEqual(bounds.left);
      expect(x).toBeLessThanOrEqual(bounds.right);
      expect(y).toBeGreaterThanOrEqual(bounds.top);
      expect(y).toBeLessThanOrEqual(bounds.bottom);
    }
  });

  it("draws an overview of far fewer marks, affected modules standing for their cells", () => {
    const { overview } = huge;
    expect(badges.size).toBeGreaterThan(0);
    expect(overview.keys.length).toBeGreaterThan(1);
    expect(overview.keys.length).toBeLessThan(modules.length / 4);
    // Every affected module shares its cell with a mark that is affected too.
    const marked = overview.keys.filter((key) => badges.has(key));
    expect(marked.length).toBeGreaterThan(0);
    for (const link of overview.links) {
      expect(overview.positions.has(link.source)).toBe(true);
      expect(overview.positions.has(link.target)).toBe(true);
      expect(link.source).not.toBe(link.target);
    }
  });
});

describe("reading the layout of the modules around the view only", () => {
  it("gives their positions and the links between them, nothing else", () => {
    const { scenario, report } = repeatedScenario(2);
    const { modules } = scenario;
    const layout = pictureLayout(modules, moduleBadges(report.findings));
    const all = readPictureLayout(modules, layout);
    const only = [0, 1, 2, modules.length - 1];
    const some = readPictureLayout(modules, layout, only);
    const keys = only.map((at) => modules[at]!.key);
    expect([...some.positions.keys()]).toEqual(keys);
    for (const key of keys) expect(some.positions.get(key)).toEqual(all.positions.get(key));
    expect(some.links).toEqual(
      all.links.filter((link) => keys.includes(link.source) && keys.includes(link.target)),
    );
  });
});
