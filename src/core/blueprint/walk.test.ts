import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Scenario } from "./model";
import { readBlueprint } from "./read";
import { fixtureBytes } from "../../../test/fixtures";

const read = (input: string | Uint8Array): Scenario => {
  const result = readBlueprint(input);
  if (!result.ok) throw new Error(result.error.message);
  return result.scenario;
};
const fixture = (file: string) => read(fixtureBytes(file));

describe("walking", () => {
  it("survives 10,000 levels of nested routers", () => {
    // Built as text: JSON.stringify itself would overflow the stack at this depth.
    const opening: string[] = [];
    for (let level = 1; level <= 10_000; level++) {
      opening.push(`[{"id":${level},"module":"builtin:BasicRouter","version":1,"routes":[{"flow":`);
    }
    const innermost = '[{"id":0,"module":"slack:CreateMessage","version":4}]';
    const text = `{"name":"deep","flow":${opening.join("")}${innermost}${"}]}]".repeat(10_000)}}`;
    const scenario = read(text);
    expect(scenario.modules).toHaveLength(10_001);
    const deepest = scenario.modules.at(-1);
    expect(deepest?.module).toBe("slack:CreateMessage");
    expect(deepest?.depth).toBe(10_000);
    expect(deepest?.pathText.startsWith("… › ")).toBe(true);
    expect(deepest?.parentKey).toBe("10000");
  });

  it("survives 10,000 levels of mixed nesting (handlers, branches, agent tools), and a deep broken file", () => {
    const kinds = [
      (inner: string, id: number) => `{"id":${id},"module":"a:b","onerror":${inner}}`,
      (inner: string, id: number) =>
        `{"id":${id},"module":"builtin:BasicIfElse","branches":[{"type":"else","flow":${inner}}]}`,
      (inner: string, id: number) =>
        `{"id":${id},"module":"ai-local-agent:RunLocalAIAgent","tools":[{"name":"t","flow":${inner}}]}`,
    ];
    let text = '[{"id":0,"module":"slack:CreateMessage"}]';
    for (let level = 1; level <= 10_000; level++) {
      text = `[${kinds[level % 3]?.(text, level) ?? ""}]`;
    }
    const scenario = read(`{"flow":${text}}`);
    expect(scenario.modules).toHaveLength(10_001);
    expect(scenario.modules.at(-1)).toMatchObject({ id: 0, depth: 10_000, parentKey: "1" });
    const broken = readBlueprint(`{"flow":${text.slice(0, -1)}`);
    expect(broken.ok ? null : broken.error).toMatchObject({ code: "invalid-json", line: 1 });
  });

  it("describes each module's place in words and in steps", () => {
    const scenario = read(
      JSON.stringify({
        flow: [
          { id: 1, module: "gateway:CustomWebHook", version: 1 },
          {
            id: 3,
            module: "builtin:BasicRouter",
            version: 1,
            routes: [
              { flow: [{ id: 5, module: "util:SetVariable2", version: 1 }] },
              { disabled: true, flow: [{ id: 7, module: "slack:CreateMessage", version: 4 }] },
            ],
          },
        ],
      }),
    );
    const seven = scenario.modules.find((m) => m.id === 7);
    expect(seven?.pathText).toBe("main flow › router 3 › route 2 › module 7");
    expect(seven?.path).toEqual([
      { kind: "flow", index: 1 },
      { kind: "route", index: 1 },
      { kind: "flow", index: 0 },
    ]);
    expect(seven?.disabled).toBe(true);
    expect(seven?.parentKey).toBe("3");
    expect(scenario.modules.map((m) => m.role)).toEqual(["trigger", "router", "action", "action"]);
    expect(scenario.modules.map((m) => m.id)).toEqual([1, 3, 5, 7]);
  });

  it("finds modules in error handlers, if-else branches, agent tools and orphans", () => {
    const handlers = fixture("005-rss-59mods-onerror-nozone.json").modules.filter((m) =>
      m.path.some((s) => s.kind === "onerror"),
    );
    expect(handlers.length).toBeGreaterThanOrEqual(20);
    expect(
      handlers.every(
        (m) => m.role === "error-handler" || m.role === "directive" || m.role === "router",
      ),
    ).toBe(true);
    const orphans = fixture("026-linkedin-brief-orphans-fr.json").modules.filter(
      (m) => m.role === "orphan",
    );
    expect(orphans.map((m) => m.module)).toContain("http:DownloadFile");
    const tools = fixture("050-make-skills-ai-agent.json").modules.filter((m) =>
      m.path.some((s) => s.kind === "tool"),
    );
    expect(tools.length).toBeGreaterThan(0);
    const ifElse = read(
      JSON.stringify({
        flow: [
          {
            id: 1,
            module: "builtin:BasicIfElse",
            version: 1,
            branches: [
              { type: "condition", label: "Big", flow: [{ id: 2, module: "a:b", version: 1 }] },
              { type: "else", flow: [{ id: 3, module: "c:d", version: 1 }] },
            ],
          },
        ],
      }),
    );
    expect(ifElse.modules.find((m) => m.id === 2)?.path[1]).toEqual({
      kind: "branch",
      index: 0,
      label: "Big",
    });
    expect(ifElse.modules[0]?.role).toBe("if-else");
  });

  it("reads connections, their types and labels, and webhooks", () => {
    const scenario = fixture("022-community-manager-imthook.json");
    const hook = scenario.modules.find((m) => m.webhook?.parameter === "__IMTHOOK__");
    expect(hook?.webhook?.type).toBe("google-sheets2");
    const withConnection = scenario.modules.filter((m) => m.connections.length > 0);
    expect(withConnection.length).toBeGreaterThan(0);
    expect(
      withConnection.every((m) => m.connections.every((c) => c.acceptedTypes.length > 0)),
    ).toBe(true);
    const undefinedType = fixture("036-create-invoice-and-send.json").modules.flatMap(
      (m) => m.connections,
    );
    expect(undefinedType.some((c) => c.type === null)).toBe(true);
    expect(undefinedType.every((c) => c.type !== "undefined")).toBe(true);
  });

  it("tolerates null ids, missing versions and missing metadata", () => {
    const placeholders = fixture("010-law4us-placeholders-null-id.json").modules.filter(
      (m) => m.module === "placeholder:Placeholder",
    );
    expect(placeholders.length).toBeGreaterThan(0);
    expect(
      placeholders.every((m) => m.id === null && m.version === null && m.key.startsWith("at-")),
    ).toBe(true);
    const bare = fixture("060-skool-scraper.json");
    expect(bare.modules.filter((m) => m.position === null).length).toBeGreaterThanOrEqual(12);
  });

  it("tolerates odd members and wrong types, and says what it skipped", () => {
    const scenario = read(
      JSON.stringify({
        name: 42,
        flow: [
          { id: 5, module: "gateway:CustomWebHook", version: "1", metadata: "x", parameters: [] },
          "not a module",
          { id: "5", module: "a:b", mapper: null, filter: { name: 3 } },
          {
            id: 7,
            module: "builtin:BasicRouter",
            routes: [
              { label: "no flow" },
              null,
              { flow: "x" },
              { flow: [{ id: 8, module: "c:d" }] },
            ],
            branches: "x",
            onerror: {},
            later: [{ id: 9, module: "e:f" }],
          },
        ],
        metadata: { designer: { orphans: [{ id: 10, module: "g:h" }] } },
      }),
    );
    expect(scenario.name).toBeNull();
    expect(scenario.modules.map((m) => m.id)).toEqual([5, "5", 7, 8, 9, 10]);
    // 5 and "5" would both be key "5": told apart by place, and reported.
    expect(scenario.modules.slice(0, 2).map((m) => m.key)).toEqual(["at-1", "at-2"]);
    expect(scenario.warnings.map((w) => w.code)).toEqual(["duplicate-ids", "unknown-members"]);
    expect(scenario.modules[0]?.version).toBeNull();
    expect(scenario.modules.find((m) => m.id === 8)?.pathText).toBe(
      "main flow › router 7 › route 4 › module 8",
    );
    expect(scenario.modules.find((m) => m.id === 9)).toMatchObject({
      parentKey: "7",
      pathText: "main flow › router 7 › later › module 9",
    });
    expect(scenario.modules.find((m) => m.id === 10)).toMatchObject({
      role: "orphan",
      path: [
        { kind: "orphans", chain: 0 },
        { kind: "flow", index: 0 },
      ],
    });
  });

  it("keeps field names, never field values", () => {
    const scenario = fixture("001-cricket-responder-bot-77mods.json");
    const names = scenario.modules.flatMap((m) => m.fieldNames);
    expect(names.length).toBeGreaterThan(0);
    expect(names.some((name) => name.includes("{{"))).toBe(false);
    expect(names).not.toContain("__IMTCONN__");
  });

  it("visits every module of any generated tree exactly once", () => {
    type Node = {
      id: number;
      module: string;
      version: number;
      routes?: { flow: Node[] }[];
      onerror?: Node[];
    };
    let next = 0;
    const { flow: tree } = fc.letrec<{ node: Node; flow: Node[] }>((tie) => ({
      node: fc.oneof(
        { maxDepth: 5, depthIdentifier: "tree" },
        // A fresh object each time: the test numbers the nodes in place.
        fc.constant(null).map((): Node => ({ id: 0, module: "app:Do", version: 1 })),
        fc.array(tie("flow"), { minLength: 1, maxLength: 3 }).map((flows): Node => ({
          id: 0,
          module: "builtin:BasicRouter",
          version: 1,
          routes: flows.map((flow) => ({ flow })),
        })),
        tie("flow").map((handler): Node => ({
          id: 0,
          module: "app:Do",
          version: 1,
          onerror: handler,
        })),
      ),
      flow: fc.array(tie("node"), { maxLength: 3, depthIdentifier: "tree" }),
    }));
    fc.assert(
      fc.property(tree, (flow) => {
        next = 0;
        const ids: number[] = [];
        const number = (nodes: Node[]) => {
          for (const node of nodes) {
            node.id = ++next;
            ids.push(node.id);
            node.routes?.forEach((route) => number(route.flow));
            if (node.onerror) number(node.onerror);
          }
        };
        number(flow);
        const scenario = read(JSON.stringify({ flow }));
        expect(scenario.modules.map((m) => m.id).sort((a, b) => Number(a) - Number(b))).toEqual(
          ids,
        );
      }),
      { numRuns: 200 },
    );
  });

  it("never throws on modules whose members have any type, and still finds them all", () => {
    const junk = fc.jsonValue({ maxDepth: 3 });
    const declarations = fc.array(
      fc.record({
        name: fc.oneof(fc.constant("__IMTCONN__"), fc.constant("hook"), junk),
        type: fc.oneof(fc.constant("account:google,slack2"), fc.constant("hook:x"), junk),
      }),
      { maxLength: 3 },
    );
    const members = fc.record(
      {
        version: junk,
        parameters: junk,
        mapper: junk,
        filter: junk,
        metadata: fc.oneof(
          junk,
          fc.record(
            { designer: junk, restore: junk, parameters: declarations },
            { requiredKeys: [] },
          ),
        ),
      },
      { requiredKeys: [] },
    );
    type Tree = {
      module: string;
      id?: number;
      routes?: { flow: unknown[] }[];
      onerror?: unknown[];
    };
    const node = (routes: unknown[][], extra: object, handler: boolean): Tree => ({
      ...extra,
      module: "app:Do",
      ...(routes.length > 0 ? { routes: routes.map((flow) => ({ flow })) } : {}),
      ...(handler ? { onerror: [{ module: "builtin:Ignore" }] } : {}),
    });
    const { flow: tree } = fc.letrec<{ node: Tree; flow: unknown[] }>((tie) => ({
      node: fc.oneof(
        { maxDepth: 4, depthIdentifier: "tree" },
        fc.tuple(members, fc.boolean()).map(([extra, handler]) => node([], extra, handler)),
        fc
          .tuple(fc.array(tie("flow"), { minLength: 1, maxLength: 2 }), members, fc.boolean())
          .map(([routes, extra, handler]) => node(routes, extra, handler)),
      ),
      flow: fc.array(fc.oneof(tie("node"), junk), { maxLength: 3, depthIdentifier: "tree" }),
    }));
    fc.assert(
      fc.property(tree, (flow) => {
        // Number the modules in flow order (what the walker must find), whatever else is there.
        let count = 0;
        const stack: unknown[] = [flow];
        for (let item = stack.pop(); item !== undefined; item = stack.pop()) {
          if (Array.isArray(item)) stack.push(...(item as unknown[]).slice().reverse());
          else if (
            typeof item === "object" &&
            item !== null &&
            typeof (item as Tree).module === "string"
          ) {
            const node = item as Tree;
            node.id = ++count;
            stack.push(...(node.routes ?? []).map((r) => r.flow).reverse());
            if (node.onerror) stack.push(node.onerror);
          }
        }
        const result = readBlueprint(JSON.stringify({ flow }));
        if (!result.ok) throw new Error(result.error.message);
        expect(result.scenario.modules.map((m) => m.id)).toEqual(
          Array.from({ length: count }, (_, i) => i + 1),
        );
      }),
      { numRuns: 300 },
    );
  });
});
