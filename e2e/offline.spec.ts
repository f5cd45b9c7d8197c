import { appendFileSync, cpSync } from "node:fs";
import { join } from "node:path";
import { serveBuiltApp } from "../scripts/lib/served-app";
import { expect, LOCALES, test } from "./fixtures";

test.use({ serviceWorkers: "allow" });

/** Installs the service worker on a first visit and waits until it is active. */
async function firstVisit(page: import("@playwright/test").Page) {
  await page.goto("/en/docs/api-overview");
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
}

test("after a first visit, every language's article and the tool pages open offline", async ({
  watched: page,
}) => {
  await firstVisit(page);
  await page.context().setOffline(true);
  for (const locale of LOCALES) {
    await page.goto(`/${locale}/docs/api-overview`);
    await expect(page.locator("h2#breaking-changes")).toBeVisible();
    await expect(page.locator("html")).toHaveAttribute("lang", locale);
  }
  for (const path of ["/fr/diagnose", "/sv/upgrade/guide"]) {
    await page.goto(path);
    await expect(page.getByRole("main")).toBeVisible();
    await expect(page.getByRole("navigation").first()).toBeVisible();
  }
  await page.context().setOffline(false);
});

test("a new version announces itself and loads only when the reader asks", async ({ page }) => {
  // A server of its own, on a copy of the build that the test then changes: the same origin
  // serves a new version, as after a deployment.
  const copy = test.info().outputPath("dist");
  cpSync("dist", copy, { recursive: true });
  const server = await serveBuiltApp(4191, copy);
  try {
    await page.goto(`${server.base}/en/docs/api-overview`);
    await page.evaluate(async () => {
      await navigator.serviceWorker.ready;
    });
    await page.reload(); // now controlled by the installed worker
    const notice = page
      .getByRole("status")
      .filter({ hasText: "A new version of API Change Desk is ready." });
    await expect(page.locator("h2#breaking-changes")).toBeVisible();
    await expect(notice).toHaveCount(0);

    appendFileSync(join(copy, "sw.js"), "\n// the next version\n");
    await page.evaluate(async () => {
      await (await navigator.serviceWorker.getRegistration())?.update();
    });
    await expect(notice).toBeVisible();
    // The page stays usable meanwhile: nothing reloads behind the reader's back.
    await page
      .locator("article")
      .getByRole("link", { name: "Breaking changes", exact: true })
      .click();
    await expect(page).toHaveURL(/#breaking-changes$/);
    await notice.getByRole("button", { name: "Reload" }).click();
    await expect(notice).toHaveCount(0);
    await expect(page.locator("h2#breaking-changes")).toBeVisible();
    expect(
      await page.evaluate(
        async () => (await navigator.serviceWorker.getRegistration())?.waiting ?? null,
      ),
    ).toBeNull();
  } finally {
    server.stop();
  }
});
