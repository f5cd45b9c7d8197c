import { readFileSync } from "node:fs";
import type { Page } from "@playwright/test";
import { englishLeaks } from "../src/core/catalog/english-leaks";
import { entryById, loadCatalogTexts } from "../src/core/catalog/index";
import upgradeFr from "../src/features/upgrade/messages/fr";
import upgradeSv from "../src/features/upgrade/messages/sv";
import { downloadExport, expect, pasteText, test } from "./fixtures";

const UPGRADE_WORDS = { fr: upgradeFr, sv: upgradeSv };

// Fixture 054's Workfront modules followed by fixture 018's flow (ids shifted by 100): findings
// of Workfront (C1), OpenAI (B3) and Google (A8) in one scenario.
const BLUEPRINT = readFileSync("e2e/data/catalog-languages.json", "utf8");
const ENTRIES = [
  "workfront-legacy-connector",
  "openai-create-completion",
  "google-restricted-scopes",
];

/** What the reader sees in the main region, without the English originals kept behind a toggle. */
function visibleText(page: Page): Promise<string> {
  return page.getByRole("main").evaluate((main) => {
    const copy = main.cloneNode(true) as HTMLElement;
    copy.querySelectorAll("[data-catalog-original]").forEach((original) => original.remove());
    return copy.textContent ?? "";
  });
}

for (const lang of ["sv", "fr"] as const) {
  test(`${lang}: no English catalog sentence in Diagnose, the wizard or its exports`, async ({
    watched: page,
  }) => {
    await loadCatalogTexts(lang);
    await page.goto(`/${lang}/diagnose`);
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    await pasteText(page, BLUEPRINT);
    await expect(page.getByTestId("diagnose-result")).toBeVisible();
    for (const id of ENTRIES) {
      await expect(page.locator(`[data-finding^="${id}|"]`).first()).toBeVisible();
    }

    const diagnose = await visibleText(page);
    expect(englishLeaks(diagnose)).toEqual([]);
    for (const id of ENTRIES) expect(diagnose).toContain(entryById(id, lang)!.summary);

    // The English original is one click away on each card.
    const card = page.locator('[data-finding^="openai-create-completion|"]').first();
    const original = entryById("openai-create-completion")!.summary;
    await expect(card.getByText(original)).toBeHidden();
    await card.locator("[data-catalog-original] summary").click();
    await expect(card.getByText(original)).toBeVisible();

    await page.getByTestId("start-upgrade").click();
    const steps = page.getByRole("main").locator("ol > li[id^=step-]");
    await expect(steps.first()).toBeVisible();
    const wizard = await visibleText(page);
    expect(englishLeaks(wizard)).toEqual([]);
    expect(wizard).toContain(entryById("openai-create-completion", lang)!.summary);

    // The plan's Markdown and CSV: in the reader's language, file name included.
    for (const key of ["export.markdown", "export.csv"] as const) {
      const file = await downloadExport(page, UPGRADE_WORDS[lang][key]);
      expect(file.name).not.toMatch(/^upgrade-plan/);
      expect(englishLeaks(file.text)).toEqual([]);
      // Markdown puts addresses in code spans and escapes its own characters: compare the words.
      const words = file.text.replace(/[`\\]/g, "");
      for (const id of ENTRIES) expect(words).toContain(entryById(id, lang)!.summary);
    }
  });
}
