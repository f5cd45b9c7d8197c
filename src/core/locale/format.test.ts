import { describe, expect, it } from "vitest";
import { formatMegabytes } from "./format";

describe("formatMegabytes", () => {
  it("rounds up, so a size just over a limit never reads as the limit", () => {
    expect(formatMegabytes("en", 200 * 1024 * 1024 + 1)).toBe("200.1");
    expect(formatMegabytes("en", 200 * 1024 * 1024)).toBe("200.0");
    expect(formatMegabytes("fr", 1)).toBe("0,1");
    expect(formatMegabytes("sv", 5 * 1024 * 1024 + 1)).toBe("5,1");
  });
});
