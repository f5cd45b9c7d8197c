import { describe, expect, it } from "vitest";
import { isWebUrl, sourceLabel } from "./sources";

describe("sources", () => {
  it("names a source by its site and page", () => {
    expect(
      sourceLabel(
        "https://experienceleague.adobe.com/sv/docs/workfront-fusion/using/x/gmail-modules",
      ),
    ).toBe("Experience League · gmail-modules");
    expect(sourceLabel("https://github.com/AdobeDocs/repo/blob/abc/help/a/b-c.md")).toBe(
      "GitHub · b-c",
    );
    expect(sourceLabel("https://www.make.com/")).toBe("make.com");
  });

  it("turns only https addresses into links", () => {
    expect(isWebUrl("https://example.org")).toBe(true);
    expect(isWebUrl("javascript:alert(1)")).toBe(false);
  });
});
