import { describe, expect, expectTypeOf, it } from "vitest";
import type { z } from "zod";
import { readBlueprint } from "../blueprint/read";
import { fixtureBytes, fixtureFiles } from "../../../test/fixtures";
import { CATALOG, entryById, sourceUrlInLocale } from "./index";
import type { Catalog } from "./model";
import { catalogSchema } from "./schema";

describe("the catalog", () => {
  it("validates against its schema, which describes the same shape as the model", () => {
    const result = catalogSchema.safeParse(CATALOG);
    expect(result.success ? [] : result.error.issues).toEqual([]);
    expectTypeOf<z.infer<typeof catalogSchema>>().toExtend<Catalog>();
    expectTypeOf<Catalog>().toExtend<z.infer<typeof catalogSchema>>();
  });

  it("holds every change of docs/fusion-facts.md §2: A1–A11, B1–B18, C1–C10, each once, at its level", () => {
    const refs = CATALOG.entries.map((entry) => entry.ref);
    const expected = [
      ...Array.from({ length: 11 }, (_, i) => `A${i + 1}`),
      ...Array.from({ length: 18 }, (_, i) => `B${i + 1}`),
      ...Array.from({ length: 10 }, (_, i) => `C${i + 1}`),
    ];
    expect([...refs].sort()).toEqual([...expected].sort());
    const levelOf = { A: "connection", B: "module", C: "connector" } as const;
    for (const entry of CATALOG.entries)
      expect(entry.level).toBe(levelOf[entry.ref[0] as "A" | "B" | "C"]);
  });

  it("has unique ids, and entryById finds each", () => {
    const ids = CATALOG.entries.map((entry) => entry.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(entryById(id)?.id).toBe(id);
  });

  it("marks ids as seen in exports only where the corpus shows them", () => {
    // Module ids and connection types present in real exports (blueprint format §7, §10–§11):
    // the only ones an entry may call "confirmed-export".
    const seenInExports = new Set([
      "openai-gpt-3",
      "google-email",
      "google-drive",
      "email",
      "http",
      "google-restricted",
    ]);
    for (const entry of CATALOG.entries) {
      if (entry.app.idStatus === "confirmed-export")
        for (const app of entry.app.appIds) expect(seenInExports).toContain(app);
      for (const type of entry.match.connectionTypes)
        if (type.idStatus === "confirmed-export") expect(seenInExports).toContain(type.accountType);
      for (const module of entry.match.modules)
        expect(module.idStatus).not.toBe("confirmed-export");
    }
  });

  it("links the upgrade page on Experience League, the URL docs/fusion-facts.md §5 gives", () => {
    const urls = CATALOG.entries
      .flatMap((entry) => entry.sources.map((s) => s.url))
      .filter((url) => url.includes("experienceleague"));
    expect(urls.length).toBeGreaterThan(0);
    for (const url of urls) {
      expect(url).toBe(
        "https://experienceleague.adobe.com/en/docs/workfront-fusion/using/manage-scenarios/update-module-to-new-version",
      );
    }
  });
});

describe.each(CATALOG.entries.map((entry) => [entry.ref, entry] as const))(
  "entry %s",
  (_, entry) => {
    it("can be recognised the way its level needs", () => {
      const byModule = entry.match.modules.length > 0 || entry.match.namePatterns.length > 0;
      if (entry.level === "connection")
        expect(entry.match.connectionTypes.length > 0 || byModule).toBe(true);
      if (entry.level === "module") expect(byModule).toBe(true);
      if (entry.level === "connector" && entry.match.wholeApp)
        expect(entry.app.appIds.length).toBeGreaterThan(0);
    });
    it("has dated facts with a date, or a note that says why there is none", () => {
      for (const fact of Object.values(entry.dates)) {
        if (!fact) continue;
        if (!fact.date) expect(fact.text).toBeTruthy();
        if (fact.date) expect(Number.isNaN(Date.parse(fact.date))).toBe(false);
        if (fact.precision === "unspecified") expect(fact.date).toBeNull();
      }
    });
    it("has a replacement unless nothing replaces it, and sources", () => {
      if (entry.replacement.level !== "none" && entry.upgrade.method !== "none")
        expect(entry.replacement.displayName).toBeTruthy();
      expect(entry.sources.length).toBeGreaterThan(0);
    });
  },
);

describe("sources in the reader's language", () => {
  it("swaps the Experience League locale and the docs mirror", () => {
    const entry = entryById("workfront-legacy-connector");
    const urls = entry?.sources.map((source) => sourceUrlInLocale(source.url, "fr")) ?? [];
    expect(
      urls.some((url) =>
        url.startsWith("https://experienceleague.adobe.com/fr/docs/workfront-fusion/"),
      ),
    ).toBe(true);
    expect(urls.some((url) => url.includes("AdobeDocs/workfront-fusion.fr-FR/blob/a0bbd63"))).toBe(
      true,
    );
    expect(sourceUrlInLocale(entry?.sources[0]?.url ?? "", "en")).toBe(entry?.sources[0]?.url);
  });
});

describe("on the real fixtures", () => {
  it("finds the Workfront modules of the hand-written Fusion blueprint by app", () => {
    const result = readBlueprint(fixtureBytes("054-qstrauss-fusion-workfront.json"));
    if (!result.ok) throw new Error("054 must read");
    const apps = new Set(result.scenario.modules.map((m) => m.app));
    const workfront = entryById("workfront-legacy-connector");
    expect(workfront?.app.appIds.some((app) => apps.has(app))).toBe(true);
  });
  it("knows the connection types the fixtures use for Google's restricted scopes", () => {
    const types = new Set(
      fixtureFiles()
        .filter((file) => !file.includes(".broken."))
        .flatMap((file) => {
          const result = readBlueprint(fixtureBytes(file));
          return result.ok
            ? result.scenario.modules.flatMap((m) => m.connections.map((c) => c.type))
            : [];
        }),
    );
    expect(types.has("google-restricted")).toBe(true);
    expect(entryById("google-restricted-scopes")?.match.connectionTypes[0]?.accountType).toBe(
      "google-restricted",
    );
  });
});
