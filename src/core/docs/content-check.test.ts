import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { LOCALES } from "../locale/locales";
import { findBrokenCharacters, findGluedQuotes, structureDifferences } from "./content-check";
import { convertArticle } from "./convert";

const read = (locale: string) => readFileSync(`content/api-overview/${locale}.md`, "utf8");

describe("content check on the real article files", () => {
  it.each(LOCALES)("%s has no broken character sequence", (locale) => {
    expect(findBrokenCharacters(read(locale))).toEqual([]);
  });

  it.each(LOCALES)("%s has a space on one side of every quote mark", (locale) => {
    expect(findGluedQuotes(read(locale))).toEqual([]);
  });

  it.each(LOCALES.filter((locale) => locale !== "en"))(
    "%s has the same structure as English",
    (locale) => {
      const english = convertArticle(read("en"), "en");
      expect(structureDifferences(english, convertArticle(read(locale), locale, english))).toEqual(
        [],
      );
    },
  );
});

describe("findBrokenCharacters", () => {
  it("locates UTF-8 read as Mac Roman, the defect once in the Dutch file", () => {
    expect(findBrokenCharacters("ok\nkunnen be√Ønvloeden")).toEqual([
      { line: 2, column: 10, text: "√Ø", reason: "UTF-8 read as Mac Roman" },
    ]);
  });
  it("locates UTF-8 read as Windows-1252 and replacement characters", () => {
    expect(
      findBrokenCharacters("caf\u00c3\u00a9 l\u00e2\u20ac\u2122API \uFFFD").map((p) => p.text),
    ).toEqual(["Ã©", "â€™", "\uFFFD"]);
  });
  it("accepts the accents of French, Dutch and Swedish", () => {
    expect(findBrokenCharacters("Vue d’ensemble, beïnvloeden, översikt, «réf», √2")).toEqual([]);
  });
});

describe("findGluedQuotes", () => {
  it("locates the spaces once missing in the Swedish and Dutch files", () => {
    expect(
      findGluedQuotes("som kallas&quot;bryta ändringar&quot;, finns").map((p) => [
        p.column,
        p.text,
      ]),
    ).toEqual([[10, "s&quot;b"]]);
    expect(findGluedQuotes('worden bekend,"zie').map((p) => p.text)).toEqual([',"z']);
  });
  it("accepts quotes with a space on one side", () => {
    expect(
      findGluedQuotes('known as "breaking changes," see; come &quot;modifiche&quot;, vedere'),
    ).toEqual([]);
  });
});
