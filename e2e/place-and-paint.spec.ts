import type { Locator, Page, Route } from "@playwright/test";
import { expect, test } from "./fixtures";

/**
 * Holds back every script the article page would load for its hydration, so that a test sees the
 * page as a reader does before React has taken over. The app's first script (named in the page)
 * and what it imports statically still load: they keep the reader's place on a language link.
 * Returns a function that lets the held scripts through.
 */
async function holdHydration(page: Page, path: string): Promise<() => Promise<void>> {
  const html = await (await page.request.get(path)).text();
  const entry = /"(\/assets\/[^"]+\.js)"/.exec(html)?.[1];
  if (!entry) throw new Error(`${path} names no script`);
  const code = await (await page.request.get(entry)).text();
  const early = new Set([
    entry,
    ...[...code.matchAll(/(?:from|import)\s*"\.\/([^"]+\.js)"/g)].map((m) => `/assets/${m[1]}`),
  ]);
  const held: Route[] = [];
  let holding = true;
  await page.route("**/assets/*.js", async (route) => {
    if (!holding || early.has(new URL(route.request().url()).pathname)) await route.continue();
    else held.push(route);
  });
  return async () => {
    holding = false;
    for (const route of held.splice(0)) await route.continue();
  };
}

/** Clicks where the element is, as a reader does: without scrolling the page to it first. */
async function clickInPlace(page: Page, locator: Locator) {
  const box = await locator.boundingBox();
  if (!box) throw new Error("not on screen");
  await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
}

/** The article marks its <html> once its parts are hydrated (src/features/docs/islands.tsx). */
const hydrated = (page: Page) => page.locator("html[data-hydrated]");

test("before hydration, a language switch keeps the section in view (hash or scroll)", async ({
  watched: page,
}) => {
  await holdHydration(page, "/en/docs/api-overview");
  await page.goto("/en/docs/api-overview#breaking-changes");
  await expect(page.locator("h2#breaking-changes")).toBeInViewport();
  await expect(hydrated(page)).toHaveCount(0);
  await page.getByRole("link", { name: "Français" }).click();
  await expect(page).toHaveURL(/\/fr\/docs\/api-overview#breaking-changes$/);
  await expect(page.locator("h2#breaking-changes")).toHaveText("Modifications avec rupture");
  await expect(page.locator("h2#breaking-changes")).toBeInViewport();
  await expect(hydrated(page)).toHaveCount(0);

  // No hash, only the scroll position: the section being read is kept all the same.
  await page.goto("/it/docs/api-overview");
  await page.locator("h2#breaking-changes").evaluate((heading) => heading.scrollIntoView());
  // The header stays in view: the reader clicks it where they are.
  await clickInPlace(page, page.getByRole("link", { name: "Svenska" }));
  await expect(page).toHaveURL(/\/sv\/docs\/api-overview#breaking-changes$/);
  await expect(page.locator("h2#breaking-changes")).toBeInViewport();
});

test("on a phone, the language menu keeps the section in view", async ({ watched: page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto("/en/docs/api-overview");
  await page.locator("h2#breaking-changes").evaluate((heading) => heading.scrollIntoView());
  const header = page.getByRole("banner");
  // One row: the name, the page menu, the language menu and the theme switch.
  expect((await header.boundingBox())?.height).toBeLessThan(60);
  await clickInPlace(page, header.getByText("EN", { exact: true }));
  await clickInPlace(page, header.getByRole("link", { name: "Nederlands" }));
  await expect(page).toHaveURL(/\/nl\/docs\/api-overview#breaking-changes$/);
  await expect(page.locator("h2#breaking-changes")).toBeInViewport();
  // The title comes before "On this page".
  const title = await page.getByRole("heading", { level: 1 }).boundingBox();
  const toc = await page.getByRole("navigation", { name: "Op deze pagina" }).boundingBox();
  expect(title && toc && title.y < toc.y).toBe(true);
});

for (const hydrate of [true, false]) {
  test(`"Read this section in English" (nl) lands on that section (${hydrate ? "hydrated" : "before hydration"})`, async ({
    watched: page,
  }) => {
    if (!hydrate) await holdHydration(page, "/nl/docs/api-overview");
    // As after a language switch from that section; the reader then scrolls up to the notice.
    await page.goto("/nl/docs/api-overview#breaking-changes");
    if (hydrate) await expect(hydrated(page)).toHaveCount(1);
    await page.getByRole("link", { name: "Lees deze sectie in het Engels" }).click();
    await expect(page).toHaveURL(/\/en\/docs\/api-overview#breaking-changes$/);
    await expect(page.locator("h2#breaking-changes")).toHaveText("Breaking changes");
    await expect(page.locator("h2#breaking-changes")).toBeInViewport();
  });
}

test("hydration changes nothing in the article", async ({ watched: page }) => {
  const release = await holdHydration(page, "/fr/docs/api-overview");
  await page.goto("/fr/docs/api-overview");
  const before = await page.locator("main").innerHTML();
  await release();
  // The reader's first interaction starts the hydration (once the app's script is there).
  await expect(async () => {
    await page.keyboard.press("Shift");
    await expect(hydrated(page)).toHaveCount(1, { timeout: 1000 });
  }).toPass();
  expect(await page.locator("main").innerHTML()).toBe(before);
});

test("the remembered theme applies before any module script, under a CSP without unsafe-inline", async ({
  watched: page,
}) => {
  await page.route("**/assets/*.js", (route) => route.abort());
  const response = await page.goto("/en/docs/api-overview");
  const header = (await response?.headerValue("content-security-policy")) ?? "";
  const meta =
    (await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute("content")) ??
    "";
  for (const policy of [header, meta]) {
    expect(policy).toMatch(/script-src 'self' 'sha256-[\w+/=]+'/);
    expect(policy).toMatch(/style-src 'self' 'sha256-[\w+/=]+'/);
    expect(policy).not.toContain("unsafe-inline");
  }
  await page.evaluate(() => localStorage.setItem("theme", "dark"));
  await page.reload();
  await expect(page.locator("html")).toHaveClass(/dark/);
  // The stylesheet is inline too: the page is styled without any request for it.
  await expect(page.getByRole("heading", { level: 1 })).toHaveCSS("font-weight", "700");
});

test.describe("offline, from the app shell", () => {
  test.use({ serviceWorkers: "allow" });

  test("a language switch still lands on the section", async ({ watched: page }) => {
    await page.goto("/en/docs/api-overview");
    await page.evaluate(async () => {
      await navigator.serviceWorker.ready;
    });
    await page.reload(); // now controlled by the service worker
    await page.context().setOffline(true);
    await page.goto("/en/docs/api-overview#breaking-changes");
    await expect(page.locator("h2#breaking-changes")).toBeInViewport();
    await clickInPlace(page, page.getByRole("link", { name: "Italiano" }));
    await expect(page).toHaveURL(/\/it\/docs\/api-overview#breaking-changes$/);
    await expect(page.locator("h2#breaking-changes")).toBeInViewport();
    await page.context().setOffline(false);
  });
});
