// What a non-blueprint file holds is said in the reader's language, never in
// English inside a translated sentence ("Ce qui a été trouvé à la place : a JSON array…").
import { describe, expect, it } from "vitest";
import type { FoundValue } from "../../core/blueprint/model";
import { readBlueprint } from "../../core/blueprint/read";
import { interpolate } from "../../core/locale/interpolate";
import { LOCALES, type Locale } from "../../core/locale/locales";
import { typesetAll } from "../../core/locale/typeset";
import type { TranslateFn } from "../../i18n/useT";
import { foundText } from "./found-text";
import type { DiagnoseMessages } from "./messages/en";

const bundles = import.meta.glob<{ default: DiagnoseMessages }>("./messages/*.ts", { eager: true });

function translator(locale: Locale): TranslateFn<DiagnoseMessages> {
  const messages = typesetAll(locale, bundles[`./messages/${locale}.ts`]!.default);
  return (key, values) => interpolate(messages[key], values);
}

/** One value of each kind the reader tells apart. */
const FOUND: FoundValue[] = [
  { kind: "text" },
  { kind: "nested" },
  { kind: "null" },
  { kind: "string" },
  { kind: "number" },
  { kind: "boolean" },
  { kind: "array", count: 0, items: "mixed" },
  { kind: "array", count: 3, items: "number" },
  { kind: "object", keys: [] },
  { kind: "object", keys: ["id", "scheduling"] },
];

describe("foundText", () => {
  const english = FOUND.map((found) => foundText(translator("en"), found));

  it("words every kind differently in English", () => {
    expect(new Set(english).size).toBe(FOUND.length);
  });

  it.each(LOCALES.filter((locale) => locale !== "en"))("%s: no English words", (locale) => {
    const t = translator(locale);
    FOUND.forEach((found, index) => {
      const text = foundText(t, found);
      expect(text, found.kind).not.toBe(english[index]);
      expect(text, found.kind).not.toMatch(/\b(a|an|the|with|without|keys|empty|found)\b/);
    });
  });

  it("shows the keys of an object as the file has them, from a real read", () => {
    const read = readBlueprint('{"name": "pkg", "module": "dist/index.mjs"}');
    const found = read.ok ? undefined : read.error.found;
    expect(found && foundText(translator("fr"), found)).toBe(
      "un objet JSON sans flux de modules, avec les clés name, module",
    );
  });
});
