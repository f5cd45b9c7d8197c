import { describe, expect, it } from "vitest";
import { DEFAULT_VIEW, parseView, viewParams } from "./url-state";

describe("parseView", () => {
  it("shows everything when the address says nothing", () => {
    expect(parseView(new URLSearchParams(""))).toEqual(DEFAULT_VIEW);
  });

  it("reads severities in canonical order and drops unknown ones", () => {
    const view = parseView(new URLSearchParams("severity=info,bogus,expired"));
    expect(view.severities).toEqual(["expired", "info"]);
  });

  it("falls back to all severities when none is valid", () => {
    expect(parseView(new URLSearchParams("severity=nope")).severities).toEqual(
      DEFAULT_VIEW.severities,
    );
  });

  it("reads the confidence filter and ignores other values", () => {
    expect(parseView(new URLSearchParams("confidence=likely")).confidence).toBe("likely");
    expect(parseView(new URLSearchParams("confidence=maybe")).confidence).toBe("all");
  });

  it("keeps any module key as it was, encoded in the address", () => {
    expect(parseView(new URLSearchParams("module=12")).module).toBe("12");
    // Ids are blueprint text: a space, an accent, markup or a long id must still select.
    for (const key of ["my step", "étape", "<b>x</b>", "a&b=c", "x".repeat(500), "at-3"]) {
      const address = viewParams({ ...DEFAULT_VIEW, module: key }).toString();
      expect(parseView(new URLSearchParams(address)).module, key).toBe(key);
    }
  });
});

describe("viewParams", () => {
  it("leaves defaults out of the address", () => {
    expect(viewParams(DEFAULT_VIEW).toString()).toBe("");
  });

  it("round-trips a filtered view and keeps unrelated parameters", () => {
    const view = {
      severities: ["critical" as const],
      confidence: "confirmed" as const,
      module: "7",
    };
    const params = viewParams(view, new URLSearchParams("other=1"));
    expect(params.get("other")).toBe("1");
    expect(parseView(params)).toEqual(view);
  });

  it("removes a deselected module", () => {
    const params = viewParams({ ...DEFAULT_VIEW, module: null }, new URLSearchParams("module=3"));
    expect(params.has("module")).toBe(false);
  });
});
