import { beforeAll, describe, expect, it } from "vitest";
import { formatDatedFact } from "./dates";
import { entryById, loadCatalogTexts } from "./index";

beforeAll(() => Promise.all([loadCatalogTexts("nl"), loadCatalogTexts("sv")]));

describe("a catalog date in the reader's words", () => {
  it("says the week, the quarter or the day in the reader's language", () => {
    const week = { date: "2026-06-15", precision: "week", text: null } as const;
    expect(formatDatedFact("en", week)).toBe("week of June 15, 2026");
    expect(formatDatedFact("fr", week)).toBe("semaine du 15 juin 2026");
    expect(formatDatedFact("sv", week)).toBe("veckan som börjar 15 juni 2026");
    const quarter = { date: "2026-07-01", precision: "quarter", text: null } as const;
    expect(formatDatedFact("en", quarter)).toBe("Q3 2026");
    expect(formatDatedFact("fr", quarter)).toBe("T3 2026");
    expect(formatDatedFact("it", quarter)).toBe("3° trimestre 2026");
  });

  it("adds the entry's note in the entry's language, or gives the note alone when undated", () => {
    const custom = entryById("workfront-custom-api-call-old-version", "nl")!;
    expect(formatDatedFact("nl", custom.dates.stopsWorking)).toBe(
      "18 december 2025 (v15; v9–v14: 30 september 2025)",
    );
    const openai = entryById("openai-create-completion", "sv")!;
    expect(formatDatedFact("sv", openai.dates.deprecated)).toBe("inget datum angivet");
    expect(formatDatedFact("en", entryById("openai-create-completion")!.dates.deprecated)).toBe(
      "no date given",
    );
    expect(formatDatedFact("fr", null)).toBeNull();
  });
});
