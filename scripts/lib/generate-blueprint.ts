// A realistic synthetic blueprint of a given size: real module shapes (connections, mappers,
// filters, routers, error handlers, interface metadata), for benchmarks and the UI bench.

function moduleAt(id: number): Record<string, unknown> {
  const kinds = [
    ["slack:CreateMessage", 4, "slack2"],
    ["google-sheets:addRow", 2, "google"],
    ["openai-gpt-3:CreateCompletion", 1, "openai-gpt-3"],
    ["http:MakeRequest", 4, null],
    ["workfront-workfront:searchv3", 1, "workfront"],
    ["util:SetVariable2", 1, null],
  ] as const;
  const [module, version, connection] = kinds[id % kinds.length] ?? kinds[0];
  return {
    id,
    module,
    version,
    parameters: connection ? { __IMTCONN__: 1000 + id } : {},
    mapper: {
      text: `Hello {{${id - 1}.name}} from step ${id}`,
      channel: "C0123",
      value: "x".repeat(40),
    },
    filter:
      id % 7 === 0
        ? { name: `Only when ${id} is set`, conditions: [[{ a: `{{${id - 1}.id}}`, o: "exist" }]] }
        : undefined,
    metadata: {
      designer: { x: id * 300, y: (id % 5) * 150, name: `Step ${id}` },
      restore: connection
        ? {
            parameters: {
              __IMTCONN__: {
                label: `Connection ${id} (ops@example.com)`,
                data: { scoped: "true", connection },
              },
            },
          }
        : {},
      parameters: connection
        ? [
            {
              name: "__IMTCONN__",
              type: `account:${connection}`,
              label: "Connection",
              required: true,
            },
          ]
        : [],
      expect: [{ name: "text", type: "text", label: "Text", required: true }],
      interface: Array.from({ length: 12 }, (_, i) => ({
        name: `field${i}`,
        type: "text",
        label: `Field ${i}`,
      })),
    },
  };
}

/** A blueprint of about `targetBytes`: a main flow of routers, each with routes and handlers. */
export function generateBlueprint(targetBytes: number): string {
  const flow: unknown[] = [];
  let id = 1;
  let size = 0;
  while (size < targetBytes) {
    const router = {
      id: id++,
      module: "builtin:BasicRouter",
      version: 1,
      mapper: null,
      metadata: { designer: { x: id * 300, y: 0 } },
      routes: [0, 1, 2].map(() => ({
        flow: Array.from({ length: 4 }, () => ({
          ...moduleAt(id++),
          onerror: id % 9 === 0 ? [{ id: id++, module: "builtin:Ignore", version: 1 }] : undefined,
        })),
      })),
    };
    size += JSON.stringify(router).length;
    flow.push(router);
  }
  return JSON.stringify({
    name: "Generated benchmark scenario",
    flow,
    metadata: { version: 1, zone: "app.workfrontfusion.com", designer: { orphans: [] } },
  });
}
