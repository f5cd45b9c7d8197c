import { beforeAll, describe, expect, it } from "vitest";
import { englishLeaks, ENGLISH_PHRASES } from "./english-leaks";
import { catalogIn, loadCatalogTexts } from "./index";
import { LOCALES } from "../locale/locales";
import { EN_TEXTS } from "./texts/en";

/** Every word of an entry a reader may see, as one text. */
const wordsOf = (locale: (typeof LOCALES)[number]) =>
  catalogIn(locale)
    .entries.flatMap((entry) => [
      entry.app.displayName,
      entry.summary,
      entry.replacement.displayName ?? "",
      entry.replacement.outputChanges ?? "",
      entry.notes ?? "",
      ...entry.match.connectionTypes.map((matcher) => matcher.displayName),
      ...Object.values(entry.dates).map((fact) => fact?.text ?? ""),
    ])
    .join("\n");

beforeAll(() => Promise.all(LOCALES.map(loadCatalogTexts)));

describe("English catalog phrases", () => {
  it("are found in the English catalog, which is what they are made of", () => {
    expect(ENGLISH_PHRASES.length).toBeGreaterThan(150);
    expect(englishLeaks(wordsOf("en"))).toEqual(ENGLISH_PHRASES);
  });

  it("keep product and module names out (they stay English in every language)", () => {
    expect(ENGLISH_PHRASES).not.toContain("Create or edit a composite");
    expect(ENGLISH_PHRASES).not.toContain("Adobe Workfront Unified Review and Approvals");
    expect(englishLeaks("Remplacez-le par Create Chat Completion.")).toEqual([]);
  });

  it("catch a sentence left in English inside another language", () => {
    const summary = EN_TEXTS["openai-create-completion"].summary;
    expect(englishLeaks(`Résumé : ${summary}`)).toContain(summary);
    expect(englishLeaks("Obsolète : no date given")).toContain("no date given");
  });

  it.each(LOCALES.filter((locale) => locale !== "en"))(
    "are absent from every entry's words in %s",
    (locale) => {
      expect(englishLeaks(wordsOf(locale))).toEqual([]);
    },
  );
});
