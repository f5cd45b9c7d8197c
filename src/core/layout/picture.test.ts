import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { readBlueprint } from "../blueprint/read";
import { readChains, scenarioLinks } from "./chains";
import { compactPositions } from "./compact";
import { layoutScenario } from "./layout";
import { layoutBuffers, pictureLayout, readPictureLayout } from "./picture";

describe("pictureLayout, as it reaches the page", () => {
  const folder = "test/fixtures/blueprints";
  for (const file of readdirSync(folder).filter((name) => name.endsWith(".json"))) {
    const read = readBlueprint(readFileSync(join(folder, file), "utf8"));
    if (!read.ok) continue; // the broken files have nothing to lay out
    it(`${file}: gives the picture the same positions, link kinds and links`, () => {
      const { modules } = read.scenario;
      const layout = pictureLayout(modules, new Map());
      // What the page receives: a structured clone, with the buffers transferred.
      const received = structuredClone(layout, { transfer: layoutBuffers(layout) });
      const placement = readPictureLayout(modules, received);
      const keys = modules.map((module) => module.key);
      expect(placement.positions).toEqual(compactPositions(keys, layoutScenario(modules)));
      expect(placement.kind).toEqual(readChains(modules).kind);
      expect(placement.links).toEqual(scenarioLinks(modules));
    });
  }
});
