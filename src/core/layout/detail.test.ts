import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { CATALOG } from "../catalog/index";
import { diagnoseBlueprint } from "../diagnosis/diagnose";
import { scenarioLinks } from "./chains";
import { compactPositions } from "./compact";
import { ALL_LABELS_ZOOM, chooseLabels, labelPriority, labelsAll } from "./detail";
import { layoutScenario } from "./layout";

function fixture(file: string) {
  const text = readFileSync(`test/fixtures/blueprints/${file}`, "utf8");
  const outcome = diagnoseBlueprint(text, CATALOG, { today: "2026-11-29" });
  if (!outcome.ok) throw new Error(`${file} does not read`);
  const { modules } = outcome.scenario;
  const keys = modules.map((m) => m.key);
  const affected = new Set(outcome.report.findings.flatMap((finding) => finding.moduleKeys));
  return {
    keys,
    affected,
    links: scenarioLinks(modules),
    positions: compactPositions(keys, layoutScenario(modules)),
  };
}

describe("level of detail on the 77-module scenario", () => {
  const { keys, affected, links, positions } = fixture("001-cricket-responder-bot-77mods.json");
  // Module 7 (Google Sheets) is not affected; the catalog flags the Slack modules.
  const order = labelPriority(keys, affected, links, "7");
  const first = [...affected][0]!;

  it("puts the selected module first, then the affected ones, then their neighbours", () => {
    expect(affected.has("7")).toBe(false);
    expect(affected.size).toBeGreaterThan(1);
    expect(order[0]).toBe("7");
    expect(new Set(order.slice(1, affected.size + 1))).toEqual(affected);
    const link = links.find(
      (l) =>
        (l.source === first && !affected.has(l.target)) ||
        (l.target === first && !affected.has(l.source)),
    )!;
    const neighbour = link.source === first ? link.target : link.source;
    expect(order.indexOf(neighbour)).toBe(
      affected.size + 1 + order.slice(affected.size + 1).indexOf(neighbour),
    );
    expect(order.indexOf(neighbour)).toBeLessThan(order.length - 10);
    expect([...order].sort()).toEqual([...keys].sort());
  });

  it("labels every module once each cell has room", () => {
    expect(labelsAll(ALL_LABELS_ZOOM)).toBe(true);
    expect(chooseLabels(order, positions, ALL_LABELS_ZOOM, affected).size).toBe(keys.length);
  });

  it("zoomed out, keeps the selected and affected modules labelled and the rest as marks", () => {
    const far = chooseLabels(order, positions, 0.2, new Set([...affected, "7"]));
    expect(far.has("7")).toBe(true);
    const nothingSelected = labelPriority(keys, affected, links, null);
    expect(chooseLabels(nothingSelected, positions, 0.2, affected).has(nothingSelected[0]!)).toBe(
      true,
    );
    expect(affected.has(nothingSelected[0]!)).toBe(true);
    expect(far.size).toBeLessThan(keys.length / 2);
  });

  it("labels more modules as the user zooms in", () => {
    const sizes = [0.2, 0.3, 0.4, 0.5].map(
      (zoom) => chooseLabels(order, positions, zoom, affected).size,
    );
    for (let index = 1; index < sizes.length; index++) {
      expect(sizes[index]).toBeGreaterThanOrEqual(sizes[index - 1]!);
    }
    expect(sizes[3]).toBeGreaterThan(sizes[0]!);
  });

  it("keeps every affected module and the selected one labelled however far out", () => {
    const firstClass = new Set([...affected, "7"]);
    for (const zoom of [0.02, 0.05, 0.1, 0.2]) {
      const chosen = chooseLabels(order, positions, zoom, firstClass);
      expect([...firstClass].filter((key) => !chosen.has(key))).toEqual([]);
    }
  });
});
