import { describe, expect, it } from "vitest";
import { parseCheckArgs } from "./check-args";

const NOW = "2026-11-29";
const parse = (...args: string[]) => parseCheckArgs(args, NOW);

describe("parseCheckArgs", () => {
  it("checks every path when no flag is given", () => {
    expect(parse("a.json")).toEqual({ ok: true, format: "text", today: NOW, paths: ["a.json"] });
    expect(parse("a.json", "b.json")).toMatchObject({ paths: ["a.json", "b.json"] });
  });

  it("reads flags before, between and after paths", () => {
    const expected = { ok: true, format: "csv", today: "2026-12-01", paths: ["a.json", "dir"] };
    expect(parse("--csv", "--today", "2026-12-01", "a.json", "dir")).toEqual(expected);
    expect(parse("a.json", "--today", "2026-12-01", "--csv", "dir")).toEqual(expected);
    expect(parse("a.json", "dir", "--csv", "--today", "2026-12-01")).toEqual(expected);
    expect(parse("a.json", "--today=2026-12-01", "dir", "--csv")).toEqual(expected);
  });

  it("uses today's date without --today, and refuses --today without a date", () => {
    expect(parse("--json", "a.json")).toMatchObject({ today: NOW, format: "json" });
    const missing = parse("--today", "a.json");
    expect(missing.ok).toBe(false);
    if (!missing.ok) expect(missing.message).toMatch(/--today needs a date/);
    expect(parse("a.json", "--today")).toMatchObject({ ok: false });
  });

  it("refuses no path, an unknown option and two formats", () => {
    expect(parse("--json")).toMatchObject({ ok: false, message: /No file/ });
    expect(parse("--jsno", "a.json")).toMatchObject({
      ok: false,
      message: /Unknown option --jsno/,
    });
    expect(parse("--json", "--csv", "a.json")).toMatchObject({ ok: false, message: /Choose one/ });
  });
});
