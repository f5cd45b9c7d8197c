#!/usr/bin/env node
// Loads each page type of the built app in headless Chromium (English, and Swedish for the
// article; there after a first interaction, which loads its React parts), records every script
// and stylesheet it downloads (and the stylesheet inlined in the page), and prints their gzip -9 sizes
// against the budgets in scripts/lib/pages.ts. Exits 1 when a budget is exceeded.
// Usage: npm run size [-- --files]   (after npm run build)
import { gzipSync } from "node:zlib";
import { chromium, expect, type Browser } from "@playwright/test";
import { CHROMIUM_FLAGS, chromiumPath } from "./lib/chromium";
import { formatKb, PAGE_TYPES } from "./lib/pages";
import { serveBuiltApp } from "./lib/served-app";

// SIZE_PORT: another port when 4180 is taken (two checkouts measuring at once).
const PORT = Number(process.env.SIZE_PORT ?? 4180);

async function measure(browser: Browser, url: string, prerendered: boolean) {
  const page = await browser.newPage();
  const loaded = { js: new Map<string, number>(), css: new Map<string, number>() };
  const reading: Promise<void>[] = [];
  page.on("response", (response) => {
    const kind = response.request().resourceType();
    const bucket = kind === "script" ? loaded.js : kind === "stylesheet" ? loaded.css : null;
    if (!bucket) return;
    reading.push(
      response.body().then((body) => {
        bucket.set(new URL(response.url()).pathname, gzipSync(body, { level: 9 }).length);
      }),
    );
  });
  await page.goto(url, { waitUntil: "networkidle" });
  // The prerendered article loads its React parts at the reader's first interaction: count them.
  if (prerendered) {
    await expect(async () => {
      await page.keyboard.press("Shift");
      await page.locator("html[data-hydrated]").waitFor({ state: "attached", timeout: 1000 });
    }).toPass();
    await page.waitForLoadState("networkidle");
  }
  // The stylesheet inlined in the page by the build counts as CSS too.
  const inline = await page.evaluate(() =>
    [...document.querySelectorAll("style")].map((style) => style.textContent).join(""),
  );
  if (inline) loaded.css.set("(inline <style>)", gzipSync(inline, { level: 9 }).length);
  // Bodies must be read before the page closes.
  await Promise.all(reading);
  await page.close();
  const sum = (map: Map<string, number>) => [...map.values()].reduce((a, b) => a + b, 0);
  return { js: sum(loaded.js), css: sum(loaded.css), files: [...loaded.js, ...loaded.css] };
}

const pages = PAGE_TYPES.flatMap((type) =>
  (type.name === "article" ? (["en", "sv"] as const) : (["en"] as const)).map((locale) => ({
    name: `${type.name} (${locale})`,
    path: type.path(locale),
    budget: type.budget,
    prerendered: type.name === "article",
  })),
);

const server = await serveBuiltApp(PORT);
const browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_FLAGS });
let failed = false;
try {
  console.log("page                      JS gzip (budget)         CSS gzip (budget)");
  for (const page of pages) {
    const result = await measure(browser, `${server.base}${page.path}`, page.prerendered);
    const jsOk = result.js <= page.budget.js;
    const cssOk = result.css <= page.budget.css;
    failed ||= !jsOk || !cssOk;
    console.log(
      `${page.name.padEnd(24)}  ${formatKb(result.js).padStart(9)} (${formatKb(page.budget.js)}) ${jsOk ? "ok  " : "OVER"}  ` +
        `${formatKb(result.css).padStart(8)} (${formatKb(page.budget.css)}) ${cssOk ? "ok" : "OVER"}`,
    );
    if (process.argv.includes("--files")) {
      for (const [file, size] of result.files)
        console.log(`    ${formatKb(size).padStart(9)}  ${file}`);
    }
  }
} finally {
  await browser.close();
  await server.stop();
}
if (failed) {
  console.error("Size budget exceeded.");
  process.exit(1);
}
console.log("Size budgets met.");
