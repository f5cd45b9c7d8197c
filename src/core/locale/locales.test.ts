import { describe, expect, it } from "vitest";
import { preferredLocale } from "./locales";
import { formatDate, formatNumber, formatRelative, pluralCategory } from "./format";
import { interpolate } from "./interpolate";

describe("preferredLocale", () => {
  it("takes the first browser language the app speaks, by its base tag", () => {
    expect(preferredLocale(["de-DE", "fr-CA", "en"])).toBe("fr");
    expect(preferredLocale(["SV"])).toBe("sv");
  });
  it("falls back to English", () => {
    expect(preferredLocale(["de", "ja"])).toBe("en");
    expect(preferredLocale([])).toBe("en");
  });
});

describe("formatting with Intl", () => {
  it("formats numbers and dates in the reader's locale", () => {
    expect(formatNumber("en", 1234567)).toBe("1,234,567");
    expect(formatNumber("fr", 1234)).toMatch(/^1\s234$/);
    expect(formatDate("fr", "2026-07-30")).toBe("30 juillet 2026");
    expect(formatDate("sv", "2028-04-01", "month")).toBe("april 2028");
    expect(formatDate("en", "2025-01-01", "year")).toBe("2025");
  });
  it("says how far a date is from today", () => {
    expect(formatRelative("en", "2027-02-24", "2026-11-24")).toBe("in 3 months");
    expect(formatRelative("en", "2026-07-30", "2026-11-24")).toBe("4 months ago");
    expect(formatRelative("en", "2026-11-25", "2026-11-24")).toBe("tomorrow");
    expect(formatRelative("fr", "2028-04-01", "2026-11-24")).toBe("dans 16 mois");
  });
  it("chooses plural forms", () => {
    expect(pluralCategory("en", 1)).toBe("one");
    expect(pluralCategory("fr", 0)).toBe("one");
    expect(pluralCategory("sv", 2)).toBe("other");
  });
});

describe("interpolate", () => {
  it("fills placeholders as text and leaves unknown ones visible", () => {
    expect(interpolate("{n} modules in {name}", { n: 3, name: "<b>x</b>" })).toBe(
      "3 modules in <b>x</b>",
    );
    expect(interpolate("{missing}", {})).toBe("{missing}");
  });
});
