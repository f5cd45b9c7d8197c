import { describe, expect, it } from "vitest";
import { isolatedLabel, LABEL_SHOWN_MAX, visibleId, visibleLabel } from "./visible-text";

const BIDI = [
  "\u202a",
  "\u202b",
  "\u202c",
  "\u202d",
  "\u202e",
  "\u2066",
  "\u2067",
  "\u2068",
  "\u2069",
];

describe("visibleLabel", () => {
  it("shows every bidi embedding, override and isolate as a code, so none can reorder text", () => {
    expect(visibleLabel("Safe\u202Egpj.exe")).toBe("Safe⟨U+202E⟩gpj.exe");
    for (const control of BIDI) {
      const shown = visibleLabel(`a${control}b`);
      expect(shown).not.toContain(control);
      expect(shown).toMatch(/^a⟨U\+[0-9A-F]{4}⟩b$/);
    }
  });

  it("shows control characters, keeps readable text as it is", () => {
    expect(visibleLabel("a\u0000b\nc\u009b")).toBe("a⟨U+0000⟩b⟨U+000A⟩c⟨U+009B⟩");
    for (const text of ["Créer une ligne", "👩‍💻 dev", "שלום\u200f 12", "مرحبا", "日本語"]) {
      expect(visibleLabel(text)).toBe(text);
    }
  });
});

describe("visibleLabel on a huge label", () => {
  it("shows the start of it, marked as cut", () => {
    const shown = visibleLabel("L".repeat(10 * 1024 * 1024));
    expect(shown).toBe(`${"L".repeat(LABEL_SHOWN_MAX)}…`);
  });
});

describe("visibleId", () => {
  it("shows every invisible character of an id", () => {
    expect(visibleId("slack:\u200bCreateMessage")).toBe("slack:⟨U+200B⟩CreateMessage");
    expect(visibleId("a\u200eb\u00adc\ufeff")).toBe("a⟨U+200E⟩b⟨U+00AD⟩c⟨U+FEFF⟩");
    expect(visibleId("x\u202Ey")).toBe("x⟨U+202E⟩y");
    expect(visibleId("google-sheets:addRow")).toBe("google-sheets:addRow");
  });
});

describe("isolatedLabel", () => {
  it("wraps a label in one isolate that nothing inside can close", () => {
    expect(isolatedLabel("a\u2069\u202Eb")).toBe("\u2068a⟨U+2069⟩⟨U+202E⟩b\u2069");
  });
});
