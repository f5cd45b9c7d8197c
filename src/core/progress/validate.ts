/** Checks stored progress before use: storage may hold data from an older version or be edited. */
import type { ScenarioProgress, StepMark } from "./progress";

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value);

/** An instant as the app writes it (toISOString): "0" or "2026-13-45" are not. */
const isTimestamp = (value: unknown): value is string => {
  if (typeof value !== "string") return false;
  const date = new Date(value);
  return !Number.isNaN(date.getTime()) && date.toISOString() === value;
};

function isMark(value: unknown): value is StepMark {
  return (
    isObject(value) &&
    typeof value.done === "boolean" &&
    isTimestamp(value.at) &&
    (value.by === "user" || value.by === "verify")
  );
}

export function isScenarioProgress(value: unknown): value is ScenarioProgress {
  return (
    isObject(value) &&
    value.version === 1 &&
    typeof value.hash === "string" &&
    value.hash.length > 0 &&
    (value.scenarioName === null || typeof value.scenarioName === "string") &&
    Array.isArray(value.stepIds) &&
    value.stepIds.every((id) => typeof id === "string") &&
    isObject(value.marks) &&
    Object.values(value.marks).every(isMark) &&
    (value.resetAt === null || isTimestamp(value.resetAt)) &&
    isTimestamp(value.updatedAt)
  );
}
