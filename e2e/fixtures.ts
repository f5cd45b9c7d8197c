import { readFileSync } from "node:fs";
import { test as base, expect, type Page } from "@playwright/test";

/**
 * Every test page is watched: a request to any origin but the app's own (from the page, its
 * workers or the service worker), a Content Security Policy violation or an uncaught error fails
 * the test (privacy and CSP are properties of every route and action).
 */
export const test = base.extend<{ watched: Page }>({
  watched: async ({ page, baseURL }, use) => {
    const appOrigin = new URL(baseURL ?? "http://127.0.0.1:4173").origin;
    const outside: string[] = [];
    const violations: string[] = [];
    const errors: string[] = [];
    page.context().on("request", (request) => {
      const url = request.url();
      if (url.startsWith("data:") || url.startsWith("blob:")) return;
      if (new URL(url).origin !== appOrigin) outside.push(url);
    });
    page.on("console", (message) => {
      if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
    });
    page.on("pageerror", (error) => errors.push(error.message));
    await use(page);
    expect(outside, "requests to other origins").toEqual([]);
    expect(violations, "CSP violations").toEqual([]);
    expect(errors, "uncaught errors in the page").toEqual([]);
  },
});

export { expect };

export { pasteText } from "../scripts/lib/paste";

export { axeViolations } from "../scripts/lib/axe";

export const LOCALES = ["en", "fr", "it", "nl", "sv"] as const;

/**
 * Clicks the export button of that exact name and reads the file it saves (waits on the download
 * event, never on time). The text without the byte-order mark spreadsheets get.
 */
export async function downloadExport(page: Page, button: string) {
  const [file] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("button", { name: button, exact: true }).click(),
  ]);
  const text = readFileSync(await file.path(), "utf8").replace(/^\uFEFF/, "");
  return { name: file.suggestedFilename(), text, lines: text.split(/\r?\n/) };
}
