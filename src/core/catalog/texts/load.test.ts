import { describe, expect, it } from "vitest";
import { entryById, loadCatalogTexts } from "../index";

describe("a language's catalog words", () => {
  it("are fetched on demand, one language at a time, and never silently English", async () => {
    const id = "openai-create-completion";
    expect(() => entryById(id, "it")).toThrow(/not loaded/);
    await loadCatalogTexts("it");
    expect(entryById(id, "it")!.summary).toMatch(
      /^Il modulo OpenAI Create a Completion è obsoleto/,
    );
    expect(() => entryById(id, "fr")).toThrow(/not loaded/);
    await loadCatalogTexts("en");
    expect(entryById(id, "en")!.summary).toMatch(/^OpenAI's Create a Completion module/);
  });
});
