import { appendFileSync, cpSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { precompress } from "../scripts/lib/precompress";
import { serveBuiltApp } from "../scripts/lib/served-app";
import { expect, LOCALES, test, pasteText } from "./fixtures";

test.use({ serviceWorkers: "allow" });

/** Installs the service worker on a first visit and waits until it is active. */
async function firstVisit(page: import("@playwright/test").Page) {
  await page.goto("/en/docs/api-overview");
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
}

test("after a first visit, every language's article, Diagnose and the wizard work offline", async ({
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
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  }
  // Checking a blueprint works offline too: the worker and the catalog come from the cache.
  await page.goto("/en/diagnose");
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await pasteText(
    page,
    readFileSync("test/fixtures/blueprints/011-instructor-onboarding-io.json", "utf8"),
  );
  await expect(page.getByTestId("diagnose-result")).toBeVisible();
  await page.goto("/en/upgrade");
  await expect(page.getByRole("main").locator("ol > li[id^=step-]").first()).toBeVisible();
  await page.context().setOffline(false);
});

test("a new version announces itself and loads only when the reader asks", async ({ page }) => {
  // A server of its own, on a copy of the build that the test then changes: the same origin
  // serves a new version, as after a deployment.
  const copy = test.info().outputPath("dist");
  cpSync("dist", copy, { recursive: true });
  const port = Number(process.env.E2E_PORT ?? 4173) + 18;
  let server = await serveBuiltApp(port, copy);
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

    // A deployment: new files, compressed again, and the server started on them.
    appendFileSync(join(copy, "sw.js"), "\n// the next version\n");
    await precompress(copy);
    await server.stop();
    server = await serveBuiltApp(port, copy);
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
    await server.stop();
  }
});
