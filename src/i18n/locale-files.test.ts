import { describe, expect, it } from "vitest";
import { LOCALES } from "../core/locale/locales";
import { localeFiles } from "./locale-files";

const file = (text: string) => () => Promise.resolve({ default: { "x.y": text } });
const allFiles = Object.fromEntries(LOCALES.map((locale) => [`./${locale}.ts`, file(locale)]));

describe("localeFiles", () => {
  it("loads each language from its own file", async () => {
    const loaders = localeFiles<{ "x.y": string }>(allFiles);
    for (const locale of LOCALES) expect((await loaders[locale]()).default["x.y"]).toBe(locale);
  });

  it("names the language whose file is missing", () => {
    const withoutDutch = Object.fromEntries(
      Object.entries(allFiles).filter(([path]) => path !== "./nl.ts"),
    );
    expect(() => localeFiles(withoutDutch)).toThrow("./nl.ts");
  });
});
