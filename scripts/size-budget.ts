#!/usr/bin/env node
// Loads each page of the built app in headless Chromium, records every script and stylesheet it
// downloads, and prints their gzip -9 sizes against the budgets. Exits 1 when a budget is exceeded.
// Usage: npm run size   (after npm run build)
import { gzipSync } from "node:zlib";
import { chromium, type Browser } from "@playwright/test";
import { CHROMIUM_FLAGS, chromiumPath } from "./lib/chromium";
import { serveBuiltApp } from "./lib/served-app";

const PORT = 4180;
const KB = 1000;

/** Budgets per page, in gzipped bytes. */
const PAGES = [
  { name: "article (en)", path: "/en/docs/api-overview", js: 110 * KB, css: 10 * KB },
  { name: "article (sv)", path: "/sv/docs/api-overview", js: 110 * KB, css: 10 * KB },
];

async function measure(browser: Browser, base: string, path: string) {
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
  await page.goto(`${base}${path}`, { waitUntil: "networkidle" });
  // Bodies must be read before the page closes.
  await Promise.all(reading);
  await page.close();
  const sum = (map: Map<string, number>) => [...map.values()].reduce((a, b) => a + b, 0);
  return { js: sum(loaded.js), css: sum(loaded.css), files: [...loaded.js, ...loaded.css] };
}

const format = (bytes: number) => `${(bytes / KB).toFixed(1)} kB`;

const server = await serveBuiltApp(PORT);
const browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_FLAGS });
let failed = false;
try {
  console.log("page                    JS gzip (budget)        CSS gzip (budget)");
  for (const page of PAGES) {
    const result = await measure(browser, server.base, page.path);
    const jsOk = result.js <= page.js;
    const cssOk = result.css <= page.css;
    failed ||= !jsOk || !cssOk;
    console.log(
      `${page.name.padEnd(22)}  ${format(result.js).padStart(9)} (${format(page.js)}) ${jsOk ? "ok  " : "OVER"}  ` +
        `${format(result.css).padStart(8)} (${format(page.css)}) ${cssOk ? "ok" : "OVER"}`,
    );
    if (process.argv.includes("--files")) {
      for (const [file, size] of result.files)
        console.log(`    ${format(size).padStart(9)}  ${file}`);
    }
  }
} finally {
  await browser.close();
  server.stop();
}
if (failed) {
  console.error("Size budget exceeded.");
  process.exit(1);
}
console.log("Size budgets met.");
