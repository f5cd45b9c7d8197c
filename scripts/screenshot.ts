// Takes a README screenshot of Diagnose: serves the build (npm run build first), opens
// /<lang>/diagnose, pastes a fixture blueprint as a user would and waits for the findings and
// the fitted picture. Usage (defaults shown):
//   npm run screenshot -- --lang fr --fixture 018-wordpress-tts-notion.json --width 1280 --height 800
// It writes docs/screenshots/diagnose-<lang>-desktop.png (`--out` for another path); look at it
// before committing it.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { chromium } from "@playwright/test";
import { chromiumPath, CHROMIUM_FLAGS } from "./lib/chromium";
import { freePort } from "./lib/free-port";
import { pasteText } from "./lib/paste";
import { serveBuiltApp } from "./lib/served-app";

const { values } = parseArgs({
  options: {
    lang: { type: "string", default: "fr" },
    fixture: { type: "string", default: "018-wordpress-tts-notion.json" },
    width: { type: "string", default: "1280" },
    height: { type: "string", default: "800" },
    dark: { type: "boolean", default: false },
    out: { type: "string" },
  },
});
const out = values.out ?? `docs/screenshots/diagnose-${values.lang}-desktop.png`;
const text = readFileSync(join("test/fixtures/blueprints", values.fixture), "utf8");

const app = await serveBuiltApp(Number(process.env.PORT ?? (await freePort())));
const browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_FLAGS });
try {
  const page = await browser.newPage({
    viewport: { width: Number(values.width), height: Number(values.height) },
    colorScheme: values.dark ? "dark" : "light",
    reducedMotion: "reduce",
  });
  await page.goto(`${app.base}/${values.lang}/diagnose`);
  await page.getByRole("heading", { level: 1 }).waitFor();
  await pasteText(page, text);
  await page.locator("[data-testid=diagnose-result] [data-finding]").first().waitFor();
  await page.locator("[data-fitted]").waitFor();
  // The whole page, as the README's other Diagnose screenshots: summary, picture and findings.
  // From the top: the page scrolled to the summary after the paste, and the sticky header would
  // be drawn where the view was.
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.waitForFunction(() => window.scrollY === 0);
  await page.screenshot({ path: out, fullPage: true });
  console.log(`wrote ${out}`);
} finally {
  await browser.close();
  await app.stop();
}
