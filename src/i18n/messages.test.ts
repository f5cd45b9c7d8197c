import { describe, expect, it } from "vitest";
import { LOCALES } from "../core/locale/locales";
import { typeset } from "../core/locale/typeset";
import { typographyProblems } from "../core/locale/typography-rules";

// Every message bundle: the shell's, and each feature's `messages/` folder.
const files = import.meta.glob<{ default: Record<string, string> }>(
  ["./app/{en,fr,it,nl,sv}.ts", "../features/*/messages/{en,fr,it,nl,sv}.ts"],
  { eager: true },
);

const bundles = new Map<string, Map<string, Record<string, string>>>();
for (const [path, module] of Object.entries(files)) {
  const folder = path.slice(0, path.lastIndexOf("/"));
  const locale = path.slice(path.lastIndexOf("/") + 1, -3);
  if (!bundles.has(folder)) bundles.set(folder, new Map());
  bundles.get(folder)!.set(locale, module.default);
}

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe("message bundles", () => {
  it("includes the shell's bundle", () => {
    expect(bundles.has("./app")).toBe(true);
  });

  for (const [folder, byLocale] of bundles) {
    describe(folder, () => {
      it("exists in all five languages", () => {
        expect([...byLocale.keys()].sort()).toEqual([...LOCALES].sort());
      });

      const english = byLocale.get("en") ?? {};
      for (const locale of LOCALES) {
        it(`${locale}: same keys as English, none empty, same placeholders`, () => {
          const messages = byLocale.get(locale) ?? {};
          expect(Object.keys(messages).sort()).toEqual(Object.keys(english).sort());
          for (const [key, text] of Object.entries(messages)) {
            expect(text.trim(), `${locale} ${key}`).not.toBe("");
            expect(placeholders(text), `${locale} ${key}`).toEqual(
              placeholders(english[key] ?? ""),
            );
          }
        });

        it(`${locale}: every message keeps the language's typography once typeset`, () => {
          const problems = Object.entries(byLocale.get(locale) ?? {}).flatMap(([key, text]) =>
            typographyProblems(locale, typeset(locale, text)).map((reason) => `${key}: ${reason}`),
          );
          expect(problems).toEqual([]);
        });
      }
    });
  }
});
