import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { ReadError, Scenario } from "./model";
import { FUSION_IMPORT_LIMIT_BYTES, HARD_LIMIT_BYTES, readBlueprint } from "./read";
import { fixtureBytes, fixtureRows, fixtureText } from "../../../test/fixtures";

const scenarioOf = (input: string | Uint8Array): Scenario => {
  const result = readBlueprint(input);
  if (!result.ok) throw new Error(`expected a scenario, got ${result.error.message}`);
  return result.scenario;
};
const errorOf = (input: string | Uint8Array): ReadError => {
  const result = readBlueprint(input);
  if (result.ok) throw new Error("expected an error");
  return result.error;
};

/** The platform SOURCES.md implies by the zone it names. */
const platformOfZone = (zone: string | undefined) =>
  !zone
    ? "unknown"
    : zone.includes("workfrontfusion")
      ? "fusion"
      : zone.includes("integromat")
        ? "integromat"
        : "make";

/** The shape SOURCES.md describes in a row's notable features (a full export unless it says). */
const shapeOfFeatures = (features: string) =>
  /wrapper=subflows/.test(features)
    ? "clipboard"
    : /wrapper=response>/.test(features)
      ? "api-response"
      : /wrapper=blueprint/.test(features)
        ? "wrapper"
        : /one router module object|single module/.test(features)
          ? "single-module"
          : /object of named modules/.test(features)
            ? "module-bag"
            : "export";

describe("every fixture", () => {
  const rows = fixtureRows();
  it("is listed in SOURCES.md (35 files)", () => expect(rows).toHaveLength(35));

  it.each(
    rows.filter((row) => !row.file.includes(".broken.")).map((row) => [row.file, row] as const),
  )("%s: module count as in SOURCES.md, platform from its zone", (_, row) => {
    const scenario = scenarioOf(fixtureBytes(row.file));
    expect(scenario.modules).toHaveLength(row.modules);
    const zone = /zone ([a-z0-9.]+)/.exec(row.features)?.[1]?.replace(/\.$/, "");
    expect(scenario.platform).toBe(platformOfZone(zone));
    expect(scenario.zone).toBe(zone ?? null);
    expect(scenario.shape).toBe(shapeOfFeatures(row.features));
    expect(new Set(scenario.modules.map((m) => m.key)).size).toBe(scenario.modules.length);
  });

  it("the broken file gives a located error with a hint", () => {
    const error = errorOf(fixtureBytes("041-lyavoicecare-redacted-conn.broken.json"));
    expect(error.code).toBe("invalid-json");
    expect(error.line).toBe(108);
    expect(error.message).toContain('"__IMTCONN__"');
    expect(error.hint).toMatch(/connection id/);
    const line = fixtureText("041-lyavoicecare-redacted-conn.broken.json").split("\n")[107] ?? "";
    expect(line).toContain('"__IMTCONN__":');
    expect(error.excerpt?.caret.indexOf("^")).toBe((error.column ?? 0) - 1);
  });
});

describe("shapes", () => {
  it("recognises the template, diff and NDJSON-record wrappers", () => {
    const blueprint = {
      name: "Inner",
      flow: [{ id: 1, module: "a:b" }],
      metadata: { zone: "eu1.make.com" },
    };
    const template = { blueprint, controller: {}, scheduling: {}, language: "en", metadata: {} };
    expect(scenarioOf(JSON.stringify(template))).toMatchObject({
      shape: "wrapper",
      name: "Inner",
      platform: "make",
    });
    expect(scenarioOf(JSON.stringify({ blueprint })).shape).toBe("wrapper");
    const record = { scenarioId: 4, name: "Outer", teamId: 2, blueprint: { flow: blueprint.flow } };
    expect(scenarioOf(JSON.stringify(record)).name).toBe("Outer");
  });

  it("recognises wrappers, clipboard copies and fragments", () => {
    expect(scenarioOf(fixtureBytes("047-sdk-mock-api-response-wrapper.json")).shape).toBe(
      "api-response",
    );
    expect(scenarioOf(fixtureBytes("044-faktury-subflows-clipboard.json")).shape).toBe("clipboard");
    expect(scenarioOf(fixtureBytes("051-make-skills-router-fragment.json")).shape).toBe(
      "single-module",
    );
    const module = { id: 1, module: "slack:CreateMessage", version: 4 };
    expect(
      scenarioOf(
        JSON.stringify({ name: "n", blueprint: { name: "n", flow: [module] }, readme: "r" }),
      ).shape,
    ).toBe("wrapper");
    expect(
      scenarioOf(JSON.stringify({ blueprint: JSON.stringify({ flow: [module] }) })).modules,
    ).toHaveLength(1);
    expect(scenarioOf(JSON.stringify({ modules: [module] })).shape).toBe("modules-key");
    expect(scenarioOf(JSON.stringify({ a: module, b: { ...module, id: 2 } })).shape).toBe(
      "module-bag",
    );
    expect(scenarioOf(JSON.stringify([module, { ...module, id: 2 }])).shape).toBe("module-array");
  });

  it.each([
    ["app.workfrontfusion.com", "fusion"],
    ["app-eu.workfrontfusion.com", "fusion"],
    ["eu1.make.celonis.com", "make"],
    ["eu1.integromat.com", "integromat"],
    ["https://app-az.workfrontfusion.com/", "fusion"],
    [" US1.MAKE.COM ", "make"],
    ["example.org", "unknown"],
    ["notworkfrontfusion.com", "unknown"],
    ["make.com.example.org", "unknown"],
  ])("names the platform from the zone only: %j is %s", (zone, platform) => {
    expect(scenarioOf(JSON.stringify({ flow: [], metadata: { zone } })).platform).toBe(platform);
  });

  it("finds a scenario or modules under keys no shape names (hand-written files)", () => {
    const module = { id: 1, module: "slack:CreateMessage", version: 4 };
    const underKey = {
      scenario: { name: "Mine", flow: [module], metadata: { zone: "us1.make.com" } },
    };
    expect(scenarioOf(JSON.stringify(underKey))).toMatchObject({
      shape: "wrapper",
      name: "Mine",
      platform: "make",
    });
    const examples = {
      title: "t",
      examples: [{ modules: { first: module, second: { ...module, id: 2 } } }],
    };
    const bag = scenarioOf(JSON.stringify(examples));
    expect(bag.shape).toBe("module-bag");
    expect(bag.modules.map((m) => m.id)).toEqual([1, 2]);
  });

  it("does not take a package.json's module entry for a module", () => {
    const error = errorOf('{"name": "pkg", "module": "dist/index.mjs", "main": "index.js"}');
    expect(error.code).toBe("not-a-blueprint");
    expect(error.found).toEqual({ kind: "object", keys: ["name", "module", "main"] });
    expect(error.message).toContain("name, module, main");
  });

  it("says what a non-blueprint document is", () => {
    expect(errorOf("[1, 2, 3]")).toMatchObject({
      code: "not-a-blueprint",
      found: { kind: "array", count: 3, items: "number" },
      message: expect.stringContaining("3 numbers") as unknown,
    });
    expect(errorOf('{"a": 1, "b": 2}').found).toEqual({ kind: "object", keys: ["a", "b"] });
    expect(errorOf('"text"').code).toBe("not-a-blueprint");
    expect(errorOf("  \n ").code).toBe("empty");
    expect(errorOf("").code).toBe("empty");
    expect(errorOf(new Uint8Array([0xef, 0xbb, 0xbf, 0x20])).code).toBe("empty");
    expect(errorOf("[]").message).toContain("an empty JSON array");
    expect(errorOf('[{"name": "x"}]').message).toContain("1 object (none");
    expect(errorOf('[1, "a"]').found).toEqual({ kind: "array", count: 2, items: "mixed" });
    expect(errorOf('{"blueprint": 5}').found).toEqual({ kind: "object", keys: ["blueprint"] });
    expect(errorOf("null").found).toEqual({ kind: "null" });
    expect(errorOf('"{broken"').found).toEqual({ kind: "text" });
  });
});

describe("NDJSON records (the Fusion API export)", () => {
  const record = (scenarioId: number, flow: unknown[]) =>
    JSON.stringify({
      scenarioId,
      name: `S${scenarioId}`,
      teamId: 1,
      blueprint: { name: `S${scenarioId}`, flow },
    });
  const module = { id: 1, module: "workfront:CreateRecord", version: 1 };
  it("reads the first record's scenario and says the others were skipped", () => {
    const scenario = scenarioOf(
      `${record(7, [module])}\n${record(8, [module, { ...module, id: 2 }])}\n`,
    );
    expect(scenario.shape).toBe("wrapper");
    expect(scenario.name).toBe("S7");
    expect(scenario.modules).toHaveLength(1);
    expect(scenario.warnings).toContainEqual(
      expect.objectContaining({ code: "unknown-members", data: { records: 2, line: 1 } }),
    );
  });
  it("skips records that hold no scenario", () => {
    const scenario = scenarioOf(`{"a": 1}\r\n\r\n${record(9, [module])}`);
    expect(scenario.name).toBe("S9");
  });
  it("still locates an error in a pretty-printed file", () => {
    expect(errorOf('{\n  "flow": [\n  ],\n}\n').hint).toMatch(/Remove the last comma/);
  });
});

describe("encodings and layout", () => {
  it("reads UTF-16 files (with their byte-order mark) and counts UTF-8 bytes exactly", () => {
    const text = fixtureText("010-law4us-placeholders-null-id.json");
    const utf16 = new Uint8Array(2 + text.length * 2);
    utf16.set([0xff, 0xfe]);
    for (let i = 0; i < text.length; i++) {
      utf16[2 + 2 * i] = text.charCodeAt(i) & 0xff;
      utf16[3 + 2 * i] = text.charCodeAt(i) >> 8;
    }
    expect(scenarioOf(utf16)).toEqual(scenarioOf(text));
    // 2 MB of three-byte characters: over 5 MiB in UTF-8 though under it in UTF-16 units.
    const wide = JSON.stringify({
      flow: [{ id: 1, module: "a:b", mapper: { t: "€".repeat(2e6) } }],
    });
    expect(scenarioOf(wide).warnings.map((w) => w.code)).toContain("over-fusion-limit");
    const narrow = JSON.stringify({
      flow: [{ id: 1, module: "a:b", mapper: { t: "é".repeat(2e6) } }],
    });
    expect(scenarioOf(narrow).warnings.map((w) => w.code)).not.toContain("over-fusion-limit");
  });

  it("gives the same scenario for a BOM, CRLF, minified and pretty text", () => {
    const text = fixtureText("014-senseflow-example.json");
    const minified = JSON.stringify(JSON.parse(text));
    const reference = scenarioOf(minified);
    for (const variant of [
      "\uFEFF" + text,
      text.replace(/\n/g, "\r\n"),
      JSON.stringify(JSON.parse(text), null, 4),
    ]) {
      expect(scenarioOf(variant)).toEqual(reference);
    }
    const bom = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(minified)]);
    expect(scenarioOf(bom)).toEqual(reference);
  });

  it("keeps non-ASCII labels as text", () => {
    const scenario = scenarioOf(fixtureBytes("010-law4us-placeholders-null-id.json"));
    expect(scenario.modules.some((m) => m.filterName && /[\u0590-\u05FF]/.test(m.filterName))).toBe(
      true,
    );
  });
});

describe("located JSON errors", () => {
  const cases: [string, string, RegExp][] = [
    ['{"name": "x", "flow": [1, 2,]}', "trailing comma in an array", /Remove the last comma/],
    ['{"name": "x",}', "trailing comma in an object", /Remove the last comma/],
    ['"name": "x", "flow": []}', "missing opening brace", /opening "\{"/],
    ['{"name": "x", "flow": [', "cut off", /cut off/],
    ['{"name": "x\n"}', "line break in a string", /closing quote/],
    ["{'name': 'x'}", "single quotes", /double quotes/],
    ['{"a": 1 "b": 2}', "missing comma", /comma may be missing/],
  ];
  it.each(cases)("%s (%s)", (text, _, hint) => {
    const error = errorOf(text);
    expect(error.code).toBe("invalid-json");
    expect(error.line).toBeGreaterThanOrEqual(1);
    expect(error.column).toBeGreaterThanOrEqual(1);
    expect(error.hint).toMatch(hint);
  });
});

describe("a comma between two items, in an array and in an object", () => {
  it.each([
    ['{"flow": [1 2]}', 'Expected "," or "]" in an array, found "2"', "between two values", 13],
    ['{"a": 1 "b": 2}', 'Expected "," or "}" after a member, found """', "between two members", 9],
    ['{"flow": [1, 2,]}', 'A comma before "]" has no value after it', "Remove the last comma", 16],
    ['{"a": 1,}', 'A comma before "}" has no member after it', "Remove the last comma", 9],
  ])("%s: %s", (text, message, hint, column) => {
    const error = errorOf(text);
    expect(error.message).toContain(message);
    expect(error.hint).toContain(hint);
    expect(error.column).toBe(column);
  });
});

describe("located JSON errors in real files damaged as users damage them", () => {
  const text = fixtureText("014-senseflow-example.json");
  it("a missing opening brace (like corpus file 043)", () => {
    const error = errorOf(text.slice(text.indexOf("{") + 1));
    // The first line is left empty: the error is on the first member, line 2.
    expect(error).toMatchObject({ code: "invalid-json", line: 2, column: 5 });
    expect(error.hint).toMatch(/opening "\{" is missing/);
  });
  it.each([0.6, 0.3, 0.9])("a file cut off while copying (at %f)", (fraction) => {
    const cut = text.slice(0, Math.floor(text.length * fraction));
    const error = errorOf(cut);
    expect(error.hint).toMatch(/cut off/);
    expect(error.line).toBe(cut.split("\n").length);
  });
  it("a string left open", () => {
    const error = errorOf('{"name": "Invoices');
    expect(error.message).toMatch(/never closed/);
    expect(error.column).toBe(10);
  });
  it("a second document after the first", () => {
    expect(errorOf('{"flow": []} {"flow": []}').message).toMatch(/after the end/);
  });
  it("points into a long minified line with a short excerpt", () => {
    const minified = JSON.stringify(JSON.parse(text)).replace('"flow":[', '"flow":[,');
    const error = errorOf(minified);
    expect(error.line).toBe(1);
    expect(error.excerpt?.text.length).toBeLessThanOrEqual(81);
    expect(error.excerpt?.text.replace(/^…/, "")).toContain('"flow":[,');
    expect(error.excerpt?.caret.trimStart()).toBe("^");
  });
  it("any cut or deletion of a real file gives a scenario or one located error", () => {
    fc.assert(
      fc.property(
        fc.nat({ max: text.length - 1 }),
        fc.nat({ max: 200 }),
        fc.string({ maxLength: 3 }),
        (start, length, insert) => {
          const damaged = text.slice(0, start) + insert + text.slice(start + length);
          const result = readBlueprint(damaged);
          if (result.ok) return;
          expect(["invalid-json", "not-a-blueprint", "empty"]).toContain(result.error.code);
          if (result.error.code !== "invalid-json") return;
          const lines = damaged.split("\n");
          expect(result.error.line).toBeLessThanOrEqual(lines.length);
          const line = lines[(result.error.line ?? 1) - 1] ?? "";
          expect(result.error.column).toBeLessThanOrEqual(line.length + 1);
        },
      ),
      { numRuns: 1000 },
    );
  });
});

describe("size", () => {
  it("warns above Fusion's 5 MB import limit and still reads", () => {
    const padding = "x".repeat(FUSION_IMPORT_LIMIT_BYTES);
    const scenario = scenarioOf(
      JSON.stringify({
        name: "big",
        flow: [{ id: 1, module: "util:SetVariable2", version: 1, mapper: { value: padding } }],
      }),
    );
    expect(scenario.warnings.map((w) => w.code)).toContain("over-fusion-limit");
    expect(scenario.modules).toHaveLength(1);
  });
  it("refuses above the hard limit, which is not below 50 MB", () => {
    expect(HARD_LIMIT_BYTES).toBeGreaterThanOrEqual(50 * 1024 * 1024);
    expect(errorOf(new Uint8Array(HARD_LIMIT_BYTES + 1)).code).toBe("too-large");
  });
});

describe("honest reading", () => {
  const small = JSON.stringify({
    name: "Café",
    flow: [{ id: 1, module: "util:SetVariable2", version: 1 }],
  });
  const utf16 = (text: string, bigEndian: boolean) => {
    const bytes = new Uint8Array(text.length * 2);
    for (let i = 0; i < text.length; i++) {
      const unit = text.charCodeAt(i);
      bytes[i * 2 + (bigEndian ? 1 : 0)] = unit & 0xff;
      bytes[i * 2 + (bigEndian ? 0 : 1)] = unit >> 8;
    }
    return bytes;
  };

  it("never says a file just over the limit is the limit's size", () => {
    expect(errorOf(new Uint8Array(HARD_LIMIT_BYTES + 1)).message).toMatch(
      /^The file is 200\.1 MB; the app reads blueprints up to 200\.0 MB\./,
    );
  });

  it.each([false, true])(
    "reads UTF-16 without a byte-order mark, and says so (big-endian: %s)",
    (big) => {
      const scenario = scenarioOf(utf16(small, big));
      expect(scenario.name).toBe("Café");
      const warning = scenario.warnings.find((w) => w.code === "encoding");
      expect(warning?.data?.encoding).toBe(big ? "UTF-16BE" : "UTF-16LE");
    },
  );

  it("warns when bytes are not valid UTF-8", () => {
    const bytes = new TextEncoder().encode(small);
    const broken = new Uint8Array([...bytes.slice(0, 10), 0xff, 0xfe, ...bytes.slice(10)]);
    const scenario = scenarioOf(broken.slice(0)); // 0xff 0xfe in the middle, not a mark
    expect(scenario.warnings.map((w) => w.code)).toContain("invalid-utf8");
    expect(scenarioOf(bytes).warnings).toEqual([]);
  });

  it("warns about a key given twice in one object, naming it", () => {
    const twice =
      '{"name":"a","flow":[{"id":1,"module":"util:SetVariable2","module":"http:ActionSendData"}]}';
    const warning = scenarioOf(twice).warnings.find((w) => w.code === "duplicate-keys");
    expect(warning?.data?.key).toBe("module");
    expect(
      scenarioOf('{"name":"a","flow":[{"id":1,"module":"x:y"},{"id":2,"module":"x:y"}]}').warnings,
    ).toEqual([]);
    // The same key in different objects, or escaped differently: one per object is fine.
    const escaped = '{"name":"a","flow":[{"id":1,"module":"x:y","\\u006dodule":"x:z"}]}';
    expect(scenarioOf(escaped).warnings.map((w) => w.code)).toContain("duplicate-keys");
  });
});

describe("robustness", () => {
  it("never throws, whatever JSON it is given", () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        const result = readBlueprint(JSON.stringify(value));
        expect(typeof result.ok).toBe("boolean");
      }),
      { numRuns: 300 },
    );
  });
  it("never throws on broken text", () => {
    fc.assert(
      fc.property(fc.string(), (text) => {
        expect(typeof readBlueprint(`{"flow": [${text}`).ok).toBe("boolean");
      }),
      { numRuns: 300 },
    );
  });
});
