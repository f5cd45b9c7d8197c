import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { readBlueprint } from "../blueprint/read";
import { bandsFor, CELL_HEIGHT, CELL_WIDTH, compactPositions } from "./compact";
import { ALL_LABELS_ZOOM } from "./detail";
import { layoutScenario, type Positions } from "./layout";

const folder = "test/fixtures/blueprints";

function laidOut(file: string) {
  const read = readBlueprint(readFileSync(`${folder}/${file}`, "utf8"));
  if (!read.ok) throw new Error(`${file} does not read`);
  const keys = read.scenario.modules.map((m) => m.key);
  const designer = layoutScenario(read.scenario.modules);
  return { keys, designer, compact: compactPositions(keys, designer) };
}

/** The zoom "fit to view" reaches in the picture of a 1280 × 800 window (up to 1,120 × 680, less 4 % margins). */
function fitZoom(positions: Positions): number {
  const points = [...positions.values()];
  const width =
    Math.max(...points.map((p) => p.x)) - Math.min(...points.map((p) => p.x)) + CELL_WIDTH;
  const height =
    Math.max(...points.map((p) => p.y)) - Math.min(...points.map((p) => p.y)) + CELL_HEIGHT;
  return Math.min(1075 / width, 650 / height);
}

describe("compactPositions on real blueprints", () => {
  for (const file of readdirSync(folder).filter(
    (name) => name.endsWith(".json") && !name.includes("broken"),
  )) {
    it(`${file}: one cell per module, the designer's left-to-right order kept`, () => {
      const { keys, designer, compact } = laidOut(file);
      const spots = keys.map((key) => `${compact.get(key)!.x},${compact.get(key)!.y}`);
      expect(new Set(spots).size).toBe(keys.length);
      for (const a of keys) {
        for (const b of keys) {
          // Reading order: further left in its band, or in a band above.
          if (designer.get(a)!.x + 150 <= designer.get(b)!.x) {
            expect(
              compact.get(a)!.x < compact.get(b)!.x || compact.get(a)!.y < compact.get(b)!.y,
            ).toBe(true);
          }
        }
      }
    });
  }

  it("fits the 10- and 21-module scenarios with every label readable", () => {
    for (const file of ["013-devops-cicd-pipeline.json", "008-dsm-apps-script-celonis.json"]) {
      const { compact, designer } = laidOut(file);
      expect(fitZoom(compact)).toBeGreaterThanOrEqual(ALL_LABELS_ZOOM);
      // The designer's own spacing alone would not.
      expect(fitZoom(designer) * (CELL_WIDTH / 300)).toBeLessThan(fitZoom(compact));
    }
  });

  it("wraps the 28-module scenario that spans 22 designer columns into bands that fit readably", () => {
    const { compact } = laidOut("010-law4us-placeholders-null-id.json");
    const columns = new Set([...compact.values()].map((p) => p.x)).size;
    expect(columns).toBeLessThan(22);
    expect(fitZoom(compact)).toBeGreaterThanOrEqual(ALL_LABELS_ZOOM);
  });

  it("cuts a long flat grid into bands and leaves a square one whole", () => {
    expect(bandsFor(22, 3)).toBeGreaterThan(1);
    expect(bandsFor(7, 3)).toBe(1);
  });

  it("packs the routes of the 77-module scenario into fewer lanes than designer rows", () => {
    const { compact, designer } = laidOut("001-cricket-responder-bot-77mods.json");
    const lanes = new Set([...compact.values()].map((p) => p.y)).size;
    const rows = new Set([...designer.values()].map((p) => p.y)).size;
    expect(lanes).toBeLessThan(rows);
  });
});
