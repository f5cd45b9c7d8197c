import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { stepModuleIndexes } from "../analysis/step-modules";
import { CATALOG } from "../catalog/index";
import { diagnoseBlueprint } from "../diagnosis/diagnose";
import { describePlan, planDescription, type DescribeOptions } from "./describe";
import { HANDOVER_WORDS_EN, type HandoverKey, type HandoverWords } from "./words";

const FOLDER = "test/fixtures/blueprints";
const TODAY = "2026-11-29";

function diagnosed(text: string) {
  const outcome = diagnoseBlueprint(text, CATALOG, { today: TODAY });
  if (!outcome.ok) throw new Error(outcome.error.message);
  return outcome;
}

/** `copies` copies of a real blueprint's flow side by side, numbered apart: a large scenario. */
function copiesOf(file: string, copies: number): string {
  const blueprint = JSON.parse(readFileSync(join(FOLDER, file), "utf8")) as {
    flow: { id: number }[];
  };
  const flow = Array.from({ length: copies }, (_, copy) =>
    blueprint.flow.map((module) => ({ ...structuredClone(module), id: copy * 1000 + module.id })),
  ).flat();
  return JSON.stringify({ ...blueprint, flow });
}

/** The words, counting how often each is used. */
function countedWords() {
  const used = new Map<HandoverKey, number>();
  const words = new Proxy(HANDOVER_WORDS_EN, {
    get(target, key: HandoverKey) {
      used.set(key, (used.get(key) ?? 0) + 1);
      return target[key];
    },
  }) as HandoverWords;
  return { words, used };
}

const options = (outcome: ReturnType<typeof diagnosed>): DescribeOptions => ({
  locale: "en",
  redact: true,
  report: outcome.report,
});

describe("stepModuleIndexes", () => {
  for (const file of readdirSync(FOLDER).filter((name) => name.endsWith(".json"))) {
    const outcome = diagnoseBlueprint(readFileSync(join(FOLDER, file), "utf8"), CATALOG, {
      today: TODAY,
    });
    if (!outcome.ok) continue;
    it(`${file}: points at each step's modules, in the step's order`, () => {
      const { plan, scenario } = outcome;
      const indexes = stepModuleIndexes(plan, scenario.modules);
      expect(indexes.map((step) => [...step].map((at) => scenario.modules[at]!.key))).toEqual(
        plan.steps.map((step) => step.moduleKeys),
      );
    });
  }
});

describe("a plan described on demand", () => {
  // 400 copies of a support scenario: steps of hundreds of modules sharing a few connections.
  const outcome = diagnosed(copiesOf("020-support-auto-responder.json", 400));
  const { plan, scenario } = outcome;

  it("words no module line until one is asked for, then each once", () => {
    const { words, used } = countedWords();
    const description = planDescription(plan, scenario, CATALOG, words, options(outcome));
    const modules = plan.steps.reduce((sum, step) => sum + step.moduleKeys.length, 0);
    expect(modules).toBeGreaterThan(1000);
    // Only each step's first module, which names the step ("Upgrade #7 …").
    expect(used.get("plan.module") ?? 0).toBeLessThanOrEqual(plan.steps.length);
    const before = used.get("plan.module") ?? 0;
    const biggest = description.steps.reduce((a, b) => (b.moduleCount > a.moduleCount ? b : a));
    expect(description.moduleLines(biggest.number - 1, 50)).toHaveLength(50);
    expect(used.get("plan.module")).toBe(before + 50);
    description.moduleLines(biggest.number - 1, 50);
    expect(used.get("plan.module")).toBe(before + 50);
    description.full();
    description.full();
    expect(used.get("plan.module")).toBe(before + modules);
  });

  it("gives the card's lines and the outline as the exports tell them", () => {
    const description = planDescription(plan, scenario, CATALOG, HANDOVER_WORDS_EN, {
      ...options(outcome),
      redact: false,
    });
    const shown = description.steps.map((_, index) => description.moduleLines(index, 50));
    const full = describePlan(plan, scenario, CATALOG, HANDOVER_WORDS_EN, {
      ...options(outcome),
      redact: false,
    });
    expect(shown).toEqual(full.map((step) => step.modules.slice(0, 50)));
    expect(description.steps).toEqual(full.map(({ modules: _, lines: __, ...outline }) => outline));
    expect(full.map((step) => step.modules.length)).toEqual(
      plan.steps.map((step) => step.moduleKeys.length),
    );
  });

  it("is made a piece at a time for an export, each piece a few hundred lines", () => {
    const { words, used } = countedWords();
    const sliced = planDescription(plan, scenario, CATALOG, words, options(outcome)).fullSliced();
    let pauses = 0;
    let most = 0;
    let before = used.get("plan.module") ?? 0;
    let step = sliced.next();
    for (; !step.done; step = sliced.next()) {
      pauses++;
      const made = used.get("plan.module") ?? 0;
      most = Math.max(most, made - before);
      before = made;
    }
    const lines = step.value.reduce((sum, described) => sum + described.lines.length, 0);
    expect(step.value).toEqual(
      describePlan(plan, scenario, CATALOG, HANDOVER_WORDS_EN, options(outcome)),
    );
    expect(pauses).toBeGreaterThan(lines / 500);
    expect(most).toBeLessThanOrEqual(500);
  });

  it("reads the worker's module indexes as it would look the keys up", () => {
    const indexes = stepModuleIndexes(plan, scenario.modules);
    const received = structuredClone(indexes, { transfer: indexes.map((step) => step.buffer) });
    const given = planDescription(plan, scenario, CATALOG, HANDOVER_WORDS_EN, {
      ...options(outcome),
      stepModules: received,
    });
    expect(given.full()).toEqual(
      describePlan(plan, scenario, CATALOG, HANDOVER_WORDS_EN, options(outcome)),
    );
  });

  it("lists a connection shared by hundreds of modules once, as one copy does", () => {
    const one = diagnosed(copiesOf("020-support-auto-responder.json", 1));
    const connections = (described: { connections: string[] }[]) =>
      described.map((step) => step.connections);
    const { words, used } = countedWords();
    const many = describePlan(plan, scenario, CATALOG, words, {
      ...options(outcome),
      redact: false,
    });
    expect(connections(many)).toEqual(
      connections(
        describePlan(one.plan, one.scenario, CATALOG, HANDOVER_WORDS_EN, {
          ...options(one),
          redact: false,
        }),
      ),
    );
    expect(connections(many).flat().length).toBeGreaterThan(0);
    // Worded once per distinct connection, not once per module that uses it.
    expect(used.get("plan.connection")).toBe(
      many.reduce(
        (sum, step) => sum + step.connections.filter((line) => !line.startsWith("Webhook")).length,
        0,
      ),
    );
  });
});
