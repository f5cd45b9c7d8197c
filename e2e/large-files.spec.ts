// Files at and over the size limit, built in the page (nothing large is committed): a 3 GB file
// is refused from its size at once; a 199 MB blueprint is analysed, kept, and opens the wizard.
import type { Page } from "@playwright/test";
import { expect, test } from "./fixtures";

/** Drops a file of `megabytes` MiB made in the page: a blueprint when `blueprint`, else filler. */
async function dropGenerated(page: Page, megabytes: number, blueprint: boolean) {
  await page.evaluate(
    ({ megabytes, blueprint }) => {
      // One 1 MiB part referenced many times: the page never holds the whole file as a string.
      const filler = new Blob(["x".repeat(1024 * 1024)]);
      const parts: BlobPart[] = Array.from({ length: megabytes }, () => filler);
      const content = blueprint
        ? [
            '{"name":"Huge","flow":[{"id":1,"module":"openai-gpt-3:CreateCompletion","version":1,"mapper":{"prompt":"',
            ...parts,
            '"},"metadata":{"designer":{"x":0,"y":0}}}],"metadata":{"zone":"eu1.make.com"}}',
          ]
        : parts;
      const data = new DataTransfer();
      data.items.add(new File(content, "huge.json", { type: "application/json" }));
      window.dispatchEvent(new DragEvent("drop", { dataTransfer: data, cancelable: true }));
    },
    { megabytes, blueprint },
  );
}

/** Size of the blueprint kept in IndexedDB (0 when none is kept). */
function keptSize(page: Page) {
  return page.evaluate(
    () =>
      new Promise<number>((resolve) => {
        const opening = indexedDB.open("api-change-desk");
        opening.onsuccess = () => {
          const db = opening.result;
          if (!db.objectStoreNames.contains("blueprints")) return resolve(0);
          const get = db.transaction("blueprints").objectStore("blueprints").get("last");
          get.onsuccess = () => {
            const record = get.result as { blob?: Blob; text?: string } | undefined;
            db.close();
            resolve(record?.blob?.size ?? record?.text?.length ?? 0);
          };
          get.onerror = () => resolve(0);
        };
        opening.onerror = () => resolve(0);
      }),
  );
}

test.beforeEach(async ({ page }) => {
  await page.goto("/en/diagnose");
  await expect(page.getByRole("heading", { level: 1, name: "Diagnose a scenario" })).toBeVisible();
});

test("a 3 GB file is refused from its size, before it is read", async ({ watched: page }) => {
  await dropGenerated(page, 3 * 1024, false);
  const alert = page.getByRole("alert");
  await expect(alert).toContainText("This blueprint is too large");
  await expect(alert).toContainText("this one is 3,072.0 MB");
});

test("a 199 MB blueprint is kept and opens the wizard", async ({ watched: page }) => {
  test.setTimeout(240_000);
  await dropGenerated(page, 199, true);
  await expect(page.getByTestId("diagnose-result")).toBeVisible({ timeout: 120_000 });
  await expect.poll(() => keptSize(page), { timeout: 60_000 }).toBeGreaterThan(199 * 1024 * 1024);
  await expect(page.getByText(/could not be kept in the browser/)).toHaveCount(0);
  await page.goto("/en/upgrade");
  await expect(page.getByRole("main").locator("ol > li[id^=step-]").first()).toBeVisible({
    timeout: 120_000,
  });
});
