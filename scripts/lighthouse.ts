// Lighthouse (mobile, the default config) on the five article pages of the built app, in Debian's
// Chromium (`--all`: every page type in every language). Prints the four category scores per
// page; exits 1 when a page scores under --min.
// Usage: npm run build && npm run lighthouse [-- --all] [-- --min 90]
import lighthouse from "lighthouse";
import * as chromeLauncher from "chrome-launcher";
import { CHROMIUM_FLAGS, chromiumPath } from "./lib/chromium";
import { LOCALES, PAGE_TYPES } from "./lib/pages";
import { serveBuiltApp } from "./lib/served-app";

// LIGHTHOUSE_PORT: another port when 4190 is taken (two checkouts measuring at once).
const PORT = Number(process.env.LIGHTHOUSE_PORT ?? 4190);
const CATEGORIES = ["performance", "accessibility", "best-practices", "seo"] as const;
const types = process.argv.includes("--all") ? PAGE_TYPES : PAGE_TYPES.slice(0, 1);
const PAGES = types.flatMap((type) => LOCALES.map((locale) => type.path(locale)));

const minIndex = process.argv.indexOf("--min");
const minimum = minIndex > 0 ? Number(process.argv[minIndex + 1]) : 0;

const server = await serveBuiltApp(PORT);

const chrome = await chromeLauncher.launch({
  chromePath: chromiumPath(),
  chromeFlags: ["--headless=new", ...CHROMIUM_FLAGS],
});

let failed = false;
try {
  console.log(`page                       ${CATEGORIES.map((c) => c.padStart(15)).join("")}`);
  for (const path of PAGES) {
    const result = await lighthouse(`${server.base}${path}`, {
      port: chrome.port,
      output: "json",
      logLevel: "error",
      onlyCategories: [...CATEGORIES],
    });
    const scores = CATEGORIES.map((category) =>
      Math.round((result?.lhr.categories[category]?.score ?? 0) * 100),
    );
    failed ||= scores.some((score) => score < minimum);
    console.log(`${path.padEnd(27)}${scores.map((s) => String(s).padStart(15)).join("")}`);
    for (const category of CATEGORIES) {
      const audits = result?.lhr.categories[category]?.auditRefs ?? [];
      for (const ref of audits) {
        const audit = result?.lhr.audits[ref.id];
        if (ref.weight > 0 && audit && audit.score !== null && audit.score < 1) {
          console.log(`    ${category}: ${audit.id} (${audit.score}) ${audit.displayValue ?? ""}`);
        }
      }
    }
  }
} finally {
  chrome.kill();
  server.stop();
}
if (failed) {
  console.error(`A page scored under ${minimum}.`);
  process.exit(1);
}
