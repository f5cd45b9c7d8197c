/** Builds ScenarioModule values for the layout tests (only the members the layout reads matter). */
import type { PathStep, ScenarioModule } from "../blueprint/model";

export function testModule(
  key: string,
  path: PathStep[],
  parentKey: string | null = null,
  extra: Partial<ScenarioModule> = {},
): ScenarioModule {
  return {
    key,
    id: Number(key) || null,
    module: "util:SetVariable2",
    app: "util",
    name: "SetVariable2",
    version: 1,
    role: "action",
    path,
    pathText: "",
    depth: path.length,
    parentKey,
    label: null,
    position: null,
    connections: [],
    webhook: null,
    filterName: null,
    fieldNames: [],
    disabled: false,
    ...extra,
  };
}

export const flow = (index: number): PathStep => ({ kind: "flow", index });
export const route = (index: number): PathStep => ({ kind: "route", index });
