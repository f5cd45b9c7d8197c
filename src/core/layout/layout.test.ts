import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { readBlueprint } from "../blueprint/read";
import { scenarioLinks } from "./chains";
import { COLUMN_WIDTH, layoutScenario, ROW_HEIGHT } from "./layout";
import { flow, route, testModule } from "./test-modules";

// trigger 1 → router 2 → route 0: 3 → 4 ; route 1: 5 (5 has an error handler 6) ; orphan 7 → 8
const scenario = [
  testModule("1", [flow(0)]),
  testModule("2", [flow(1)], null, { role: "router" }),
  testModule("3", [flow(1), route(0), flow(0)], "2"),
  testModule("4", [flow(1), route(0), flow(1)], "2"),
  testModule("5", [flow(1), route(1), flow(0)], "2"),
  testModule("6", [flow(1), route(1), flow(0), { kind: "onerror" }, flow(0)], "5"),
  testModule("7", [{ kind: "orphans", chain: 0 }, flow(0)], null, { role: "orphan" }),
  testModule("8", [{ kind: "orphans", chain: 0 }, flow(1)], null, { role: "orphan" }),
];

const cell = (column: number, row: number) => ({ x: column * COLUMN_WIDTH, y: row * ROW_HEIGHT });

describe("layoutScenario without designer positions", () => {
  const positions = layoutScenario(scenario);

  it("runs the main chain along the first row", () => {
    expect(positions.get("1")).toEqual(cell(0, 0));
    expect(positions.get("2")).toEqual(cell(1, 0));
  });

  it("opens one row per route, the first route on the router's row", () => {
    expect(positions.get("3")).toEqual(cell(2, 0));
    expect(positions.get("4")).toEqual(cell(3, 0));
    expect(positions.get("5")).toEqual(cell(2, 1));
  });

  it("puts an error handler after its module, on the next free row", () => {
    expect(positions.get("6")).toEqual(cell(3, 1));
  });

  it("sets orphans apart below the scenario, one empty row between", () => {
    expect(positions.get("7")).toEqual(cell(0, 3));
    expect(positions.get("8")).toEqual(cell(1, 3));
  });

  it("gives every module a distinct place", () => {
    const spots = [...positions.values()].map(({ x, y }) => `${x},${y}`);
    expect(new Set(spots).size).toBe(scenario.length);
  });
});

describe("layoutScenario with designer positions", () => {
  it("keeps the editor's positions when every module has a distinct one", () => {
    const placed = scenario.map((module, index) => ({
      ...module,
      position: { x: index * 300, y: -index * 10 },
    }));
    const positions = layoutScenario(placed);
    expect(positions.get("4")).toEqual({ x: 900, y: -30 });
    expect(positions.get("8")).toEqual({ x: 2100, y: -70 });
  });

  it("lays out automatically when positions are missing or all the same", () => {
    const stacked = scenario.map((module) => ({ ...module, position: { x: 0, y: 0 } }));
    expect(layoutScenario(stacked).get("5")).toEqual(cell(2, 1));
    const partial = scenario.map((module, index) =>
      index === 0 ? module : { ...module, position: { x: index, y: index } },
    );
    expect(layoutScenario(partial).get("5")).toEqual(cell(2, 1));
  });
});

describe("large scenarios", () => {
  it("lays out a 5,000-module chain without recursion limits", () => {
    const chain = Array.from({ length: 5000 }, (_, index) =>
      testModule(`${index + 1}`, [flow(index)]),
    );
    const positions = layoutScenario(chain);
    expect(positions.get("5000")).toEqual(cell(4999, 0));
  });
});

describe("scenarioLinks", () => {
  it("links each module to the one before it, with the kind of route", () => {
    const links = scenarioLinks(scenario).map(
      ({ source, target, kind }) => `${source}>${target}:${kind}`,
    );
    expect(links).toEqual([
      "1>2:flow",
      "2>3:route",
      "3>4:route",
      "2>5:route",
      "5>6:error",
      "7>8:orphan",
    ]);
  });
});

describe("every fixture blueprint", () => {
  const folder = "test/fixtures/blueprints";
  for (const file of readdirSync(folder).filter((name) => name.endsWith(".json"))) {
    const read = readBlueprint(readFileSync(join(folder, file), "utf8"));
    if (!read.ok) continue; // the broken files have nothing to lay out
    it(`${file}: places every module and links all but the chain starts`, () => {
      const { modules } = read.scenario;
      const positions = layoutScenario(modules);
      expect([...positions.keys()].sort()).toEqual(modules.map((m) => m.key).sort());
      const links = scenarioLinks(modules);
      const targets = new Set(links.map((link) => link.target));
      expect(targets.size).toBe(links.length);
      for (const link of links) expect(positions.get(link.source)).toBeDefined();
    });
  }
});
