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

  it("keeps a module key but not text that could be content", () => {
    expect(parseView(new URLSearchParams("module=12")).module).toBe("12");
    expect(parseView(new URLSearchParams("module=<script>alert(1)</script>")).module).toBeNull();
    expect(parseView(new URLSearchParams(`module=${"9".repeat(500)}`)).module).toBeNull();
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
