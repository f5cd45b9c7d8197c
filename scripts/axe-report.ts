// axe on every page type, in every language, light and dark, on the built app. Prints the count
// of violations per page and what they are; exits 1 when there is any.
// Usage: npm run build && tsx scripts/axe-report.ts
import { chromium } from "@playwright/test";
import { axeViolations } from "./lib/axe";
import { CHROMIUM_FLAGS, chromiumPath } from "./lib/chromium";
import { LOCALES, PAGE_TYPES } from "./lib/pages";
import { serveBuiltApp } from "./lib/served-app";

const server = await serveBuiltApp(4192);
const browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_FLAGS });
let total = 0;
try {
  for (const colorScheme of ["light", "dark"] as const) {
    const context = await browser.newContext({ colorScheme, serviceWorkers: "block" });
    const page = await context.newPage();
    for (const type of PAGE_TYPES) {
      const counts: string[] = [];
      for (const locale of LOCALES) {
        await page.goto(`${server.base}${type.path(locale)}`, { waitUntil: "networkidle" });
        const violations = await axeViolations(page);
        total += violations.length;
        counts.push(`${locale} ${violations.length}`);
        for (const violation of violations)
          console.log(`    ${type.path(locale)} (${colorScheme}): ${violation}`);
      }
      console.log(`axe ${type.name.padEnd(14)} ${colorScheme.padEnd(5)}  ${counts.join(", ")}`);
    }
    await context.close();
  }
} finally {
  await browser.close();
  await server.stop();
}
console.log(total === 0 ? "axe: no violations." : `axe: ${total} violations.`);
if (total > 0) process.exit(1);
