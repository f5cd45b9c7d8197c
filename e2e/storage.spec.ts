// Stored data is input: a record this app did not write (edited, from another version, a
// database upgraded by a newer version) never locks the page. It is set aside, and said so.
import { readFileSync } from "node:fs";
import type { Page } from "@playwright/test";
import { expect, test, pasteText } from "./fixtures";

const BLUEPRINT = readFileSync(
  "test/fixtures/blueprints/011-instructor-onboarding-io.json",
  "utf8",
);

/** The kept record as IndexedDB holds it (undefined when there is none). */
function keptRecord(page: Page) {
  return page.evaluate(
    () =>
      new Promise<unknown>((resolve) => {
        const opening = indexedDB.open("api-change-desk");
        opening.onsuccess = () => {
          const db = opening.result;
          if (!db.objectStoreNames.contains("blueprints")) {
            db.close();
            resolve(undefined);
            return;
          }
          const get = db.transaction("blueprints").objectStore("blueprints").get("last");
          get.onsuccess = () => {
            db.close();
            resolve(get.result);
          };
        };
        opening.onerror = () => resolve(undefined);
      }),
  );
}

/** Pastes a blueprint and waits until the page has kept it. */
async function checkBlueprint(page: Page) {
  await pasteText(page, BLUEPRINT);
  await expect(page.getByTestId("diagnose-result")).toBeVisible();
  await expect.poll(async () => typeof (await keptRecord(page))).toBe("object");
}

/** Changes the kept record in IndexedDB, as an editor or an older version might. */
async function editRecord(page: Page, change: Record<string, unknown>) {
  await page.evaluate(
    (change) =>
      new Promise<void>((resolve, reject) => {
        const opening = indexedDB.open("api-change-desk");
        opening.onsuccess = () => {
          const db = opening.result;
          const store = db.transaction("blueprints", "readwrite").objectStore("blueprints");
          const get = store.get("last");
          get.onsuccess = () => {
            store.put({ ...(get.result as object), ...change }, "last");
            store.transaction.oncomplete = () => {
              db.close();
              resolve();
            };
          };
        };
        opening.onerror = () => reject(new Error("open failed"));
      }),
    change,
  );
}

test.beforeEach(async ({ page }) => {
  await page.goto("/en/diagnose");
  await expect(page.getByRole("heading", { level: 1, name: "Diagnose a scenario" })).toBeVisible();
});

for (const change of [
  { savedAt: "not a date" },
  { savedAt: "0" },
  { savedAt: "2026-13-45" },
  { blob: 42 },
]) {
  test(`an unreadable kept record is set aside: ${JSON.stringify(change)}`, async ({
    watched: page,
  }) => {
    await checkBlueprint(page);
    await editRecord(page, change);
    await page.reload();
    await expect(page.getByTestId("saved-set-aside")).toBeVisible();
    await expect(page.getByText("Something went wrong")).toHaveCount(0);
    // The page carries on: a new check works, is kept and comes back after a reload.
    await checkBlueprint(page);
    await page.reload();
    await expect(page.getByText(/^Showing the blueprint you checked on/)).toBeVisible();
    await expect(page.getByTestId("saved-set-aside")).toHaveCount(0);
  });
}

test("a database a newer version upgraded, without the store, still keeps the blueprint", async ({
  watched: page,
}) => {
  await page.evaluate(
    () =>
      new Promise<void>((resolve, reject) => {
        const deleting = indexedDB.deleteDatabase("api-change-desk");
        deleting.onsuccess = () => {
          const opening = indexedDB.open("api-change-desk", 7);
          opening.onupgradeneeded = () => opening.result.createObjectStore("something-else");
          opening.onsuccess = () => {
            opening.result.close();
            resolve();
          };
          opening.onerror = () => reject(new Error("open failed"));
        };
      }),
  );
  await checkBlueprint(page);
  await expect(page.getByText(/storage is full or disabled/i)).toHaveCount(0);
  await page.reload();
  await expect(page.getByText(/^Showing the blueprint you checked on/)).toBeVisible();
});
