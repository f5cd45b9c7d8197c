/**
 * Plan + the report and scenario of the blueprint re-exported after the upgrade → which steps
 * are done, which are still to do, and what is new. Steps that nothing in a blueprint can show
 * (backup, changes outside Fusion) stay with the user.
 */
import type { Scenario } from "../blueprint/model";
import type { Comparison, DoneCondition, Plan, Report } from "./report";

export function compareAfterUpgrade(
  plan: Plan,
  after: Report,
  afterScenario: Scenario,
): Comparison {
  const findings = new Set(after.findings.map((finding) => finding.id));
  const modules = new Set(afterScenario.modules.map((module) => `${module.key}|${module.module}`));
  const connectionTypes = new Set(
    afterScenario.modules.flatMap((module) => module.connections.map((c) => c.type)),
  );
  const holds = (condition: DoneCondition): boolean => {
    switch (condition.kind) {
      case "finding-gone":
        return !findings.has(condition.findingId);
      case "module-gone":
        return !modules.has(`${condition.moduleKey}|${condition.moduleId}`);
      case "connection-type-gone":
        return !connectionTypes.has(condition.connectionType);
      case "manual":
        return false;
    }
  };
  const known = new Set(plan.steps.flatMap((step) => step.findingIds));
  return {
    steps: plan.steps.map((step) => ({
      stepId: step.id,
      status: step.doneWhen.length > 0 && step.doneWhen.every(holds) ? "done" : "todo",
    })),
    newFindings: after.findings.filter((finding) => !known.has(finding.id)),
  };
}
