// The browser's storage runs full while the portfolio keeps scenarios (issue 14: "quota errors
// are said and nothing already stored is lost"). The portfolio's workers write IndexedDB, where a
// page script cannot reach: the worker scripts are served with a prelude that makes the write of
// one file fail as a full disk does, with a QuotaExceededError.
import type { Page } from "@playwright/test";
import { expect, test } from "./fixtures";

const DIR = "test/fixtures/blueprints";
const SMALL = [`${DIR}/011-instructor-onboarding-io.json`, `${DIR}/006-rss-old-orphans.json`];
const TOO_BIG = "001-cricket-responder-bot-77mods.json";

const FULL_DISK = `
const put = IDBObjectStore.prototype.put;
IDBObjectStore.prototype.put = function (value, key) {
  if (value && typeof value === "object" && value.fileName === ${JSON.stringify(TOO_BIG)})
    throw new DOMException("The quota has been exceeded.", "QuotaExceededError");
  return put.call(this, value, key);
};
`;

const rows = (page: Page) => page.getByTestId("portfolio-row");
const names = (page: Page) => rows(page).locator("th span:first-child").allTextContents();
const idle = (page: Page) =>
  expect(page.getByTestId("portfolio-page")).toHaveAttribute("data-state", "idle");

test("a full storage is said, the scenario is still shown, and what was kept before stays", async ({
  watched: page,
}) => {
  let patched = 0;
  await page.route(/\/assets\/worker-[\w-]+\.js$/, async (route) => {
    const response = await route.fetch();
    patched += 1;
    await route.fulfill({ response, body: FULL_DISK + (await response.text()) });
  });
  await page.goto("/en/portfolio");
  await idle(page);
  const files = page.getByTestId("portfolio-files");
  await files.setInputFiles(SMALL);
  await expect(rows(page)).toHaveCount(2);
  await idle(page);
  const kept = await names(page);

  await files.setInputFiles(`${DIR}/${TOO_BIG}`);
  await expect(page.getByTestId("portfolio-notices")).toContainText(
    "Scenarios not kept because this browser’s storage is full: 1.",
  );
  // Not kept, but shown until the page is left, with the two kept before.
  await expect(rows(page)).toHaveCount(3);
  await idle(page);
  expect(patched).toBeGreaterThan(0);

  await page.reload();
  await idle(page);
  await expect(rows(page)).toHaveCount(2);
  expect(await names(page)).toEqual(kept);
});
