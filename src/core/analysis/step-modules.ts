/**
 * Where each plan step's modules are in the scenario's list of modules: indexes, not keys. The
 * analysis worker computes them with the plan, so the page reaches a step's modules without a
 * lookup by key: hashing the 100,000 key strings it has just received was a long task of its
 * own (70–250 ms in Chromium). Typed arrays, transferred like the picture's layout.
 */
import type { ScenarioModule } from "../blueprint/model";
import type { Plan } from "./report";

/** One array per step, in the step's order; a key that names no module is left out. */
export function stepModuleIndexes(plan: Plan, modules: readonly ScenarioModule[]): Int32Array[] {
  const indexOf = new Map(modules.map((module, at) => [module.key, at]));
  return plan.steps.map((step) =>
    Int32Array.from(
      step.moduleKeys.flatMap((key) => {
        const at = indexOf.get(key);
        return at === undefined ? [] : [at];
      }),
    ),
  );
}
