// A large blueprint made of real modules: the main flows of the fixture exports, copied with
// fresh ids into the routes of routers until the text reaches the requested size. Module sizes,
// metadata (restore, expect, interface), connections, filters and nesting are therefore those of
// real exports (about 12 KB per module on average), unlike generate-blueprint.ts, whose small
// modules (about 1 KB each) make a dense worst case.
import { fixtureFiles, fixtureText } from "../../test/fixtures";

type Json = unknown;

/** Gives every module (any object with a string `module`) a fresh id, in place, iteratively. */
function renumber(value: Json, next: () => number): void {
  const stack: Json[] = [value];
  for (let item = stack.pop(); item !== undefined; item = stack.pop()) {
    if (Array.isArray(item)) stack.push(...(item as Json[]));
    else if (typeof item === "object" && item !== null) {
      const object = item as Record<string, Json>;
      if (typeof object.module === "string") object.id = next();
      for (const [key, member] of Object.entries(object)) {
        // Mapper, parameters and metadata hold user data, not modules.
        if (key !== "mapper" && key !== "parameters" && key !== "metadata") stack.push(member);
      }
    }
  }
}

/** The main flows of the fixtures that are full exports, as JSON text. */
function realFlows(): string[] {
  const flows: string[] = [];
  for (const file of fixtureFiles()) {
    if (file.includes(".broken.")) continue;
    const document = JSON.parse(fixtureText(file)) as { flow?: Json };
    if (Array.isArray(document.flow) && document.flow.length > 0)
      flows.push(JSON.stringify(document.flow));
  }
  return flows;
}

/** A Fusion blueprint of about `targetBytes`, made of copies of real scenarios' modules. */
export function corpusBlueprint(targetBytes: number): string {
  const flows = realFlows();
  let id = 0;
  const next = () => ++id;
  const routers: string[] = [];
  let size = 0;
  for (let copy = 0; size < targetBytes; copy += 3) {
    const routes = [0, 1, 2].map((offset) => {
      const flow = JSON.parse(flows[(copy + offset) % flows.length] ?? "[]") as Json;
      renumber(flow, next);
      return { flow };
    });
    const router = JSON.stringify({
      id: next(),
      module: "builtin:BasicRouter",
      version: 1,
      mapper: null,
      metadata: { designer: { x: routers.length * 300, y: 0 } },
      routes,
    });
    size += router.length;
    routers.push(router);
  }
  const metadata = { version: 1, zone: "app.workfrontfusion.com", designer: { orphans: [] } };
  return `{"name":"Generated from real modules","flow":[${routers.join(",")}],"metadata":${JSON.stringify(metadata)}}`;
}
