import { readdirSync, readFileSync } from "node:fs";
import type { Page } from "@playwright/test";
import { zipSync, strToU8 } from "fflate";
import { axeViolations, expect, LOCALES, test } from "./fixtures";

const DIR = "test/fixtures/blueprints";
const ALL = readdirSync(DIR).filter((file) => file.endsWith(".json"));
const BROKEN = ALL.find((file) => file.includes(".broken."))!;
const REAL = ALL.filter((file) => file !== BROKEN).slice(0, 30);
const read = (file: string) => readFileSync(`${DIR}/${file}`, "utf8");

const rows = (page: Page) => page.getByTestId("portfolio-row");
const idle = (page: Page) =>
  expect(page.getByTestId("portfolio-page")).toHaveAttribute("data-state", "idle");

/** Drops files on the page at once, as the desktop would. */
async function dropFiles(page: Page, files: string[]) {
  const dataTransfer = await page.evaluateHandle(
    (given) => {
      const data = new DataTransfer();
      for (const { name, text } of given)
        data.items.add(new File([text], name, { type: "application/json" }));
      return data;
    },
    files.map((name) => ({ name, text: read(name) })),
  );
  await page.dispatchEvent("main", "dragenter", { dataTransfer });
  await page.dispatchEvent("main", "drop", { dataTransfer });
}

test("30 real blueprints and a broken one dropped at once: rows, sort, filter, search, open, reload, remove", async ({
  watched: page,
}) => {
  await page.goto("/en/portfolio");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Scenario portfolio");
  await idle(page);
  await dropFiles(page, [...REAL, BROKEN]);
  await expect(rows(page)).toHaveCount(31);
  await idle(page);
  await expect(rows(page).and(page.locator("[data-state=ok]"))).toHaveCount(30);
  const broken = rows(page).and(page.locator("[data-state=broken]"));
  await expect(broken).toContainText(BROKEN);
  await expect(broken).toContainText(/This is not valid JSON\. \(line 108, column \d+\)/);
  await expect(page.getByTestId("portfolio-counts")).toHaveText(
    "Scenarios: 30. Unreadable files: 1.",
  );
  // Urgency first: the broken file needs a look before anything else.
  await expect(rows(page).first()).toHaveAttribute("data-state", "broken");

  await page.getByLabel("Sort by").selectOption("name");
  const names = await rows(page).locator("th span:first-child").allTextContents();
  expect(names).toEqual(
    [...names].sort((a, b) => a.localeCompare(b, "en", { sensitivity: "base", numeric: true })),
  );

  await page.getByLabel("Severity").selectOption("warning");
  const warned = await rows(page).count();
  expect(warned).toBeGreaterThan(0);
  expect(warned).toBeLessThan(30);
  for (const row of await rows(page).all()) await expect(row).toContainText(/Warning \d/);
  await page.getByLabel("Severity").selectOption("");

  await page.getByLabel("App", { exact: true }).selectOption("slack");
  for (const row of await rows(page).all()) await expect(row).toHaveAttribute("data-state", "ok");
  await page.getByLabel("App", { exact: true }).selectOption("");

  await page.getByLabel("Search by name").fill("onboarding");
  await expect(rows(page)).toHaveCount(1);
  await expect(rows(page)).toContainText("Instructor Onboarding Automation");

  await page
    .getByRole("button", { name: "Open Instructor Onboarding Automation in Diagnose" })
    .click();
  await expect(page).toHaveURL(/\/en\/diagnose$/);
  await expect(page.getByTestId("scenario-name")).toHaveText("Instructor Onboarding Automation");

  await page.getByRole("link", { name: "Portfolio" }).click();
  await page.getByLabel("Search by name").fill("onboarding");
  await page
    .getByRole("button", { name: "Open the upgrade of Instructor Onboarding Automation" })
    .click();
  await expect(page).toHaveURL(/\/en\/upgrade$/);
  await expect(
    page.getByText("Scenario: \u2068Instructor Onboarding Automation\u2069"),
  ).toBeVisible();

  await page.goto("/en/portfolio");
  await expect(rows(page)).toHaveCount(31);
  await page
    .getByRole("button", { name: "Remove Instructor Onboarding Automation from the portfolio" })
    .click();
  await expect(rows(page)).toHaveCount(30);
  await page.reload();
  await expect(rows(page)).toHaveCount(30);
  await expect(page.getByText("Instructor Onboarding Automation")).toHaveCount(0);
});

test("a zip of exports is unpacked in the browser; a damaged one is said", async ({
  watched: page,
}) => {
  await page.goto("/en/portfolio");
  await idle(page);
  const zip = zipSync({
    "exports/a.json": strToU8(read(REAL[0]!)),
    "exports/b.json": strToU8(read(REAL[1]!)),
    "exports/readme.txt": strToU8("not a blueprint"),
  });
  const chooser = page.waitForEvent("filechooser");
  await page.getByRole("button", { name: "Open files…" }).click();
  await (
    await chooser
  ).setFiles([
    { name: "exports.zip", mimeType: "application/zip", buffer: Buffer.from(zip) },
    { name: "damaged.zip", mimeType: "application/zip", buffer: Buffer.from("PK no zip") },
  ]);
  await expect(rows(page)).toHaveCount(2);
  await idle(page);
  await expect(page.getByText("exports.zip/exports/a.json")).toBeVisible();
  await expect(page.getByTestId("portfolio-notices")).toContainText(
    "damaged.zip could not be unpacked: it is not a zip file, or it is damaged.",
  );
  await page.getByRole("button", { name: "Remove all scenarios" }).click();
  await expect(page.getByText("No scenario yet.")).toBeVisible();
});

test("a long batch shows its progress and can be cancelled; what was checked is kept", async ({
  watched: page,
}) => {
  await page.goto("/en/portfolio");
  await idle(page);
  // 200 files made in the page from the real fixtures (handing 24 MB over the protocol is slow).
  const dataTransfer = await page.evaluateHandle((texts) => {
    const data = new DataTransfer();
    for (let index = 0; index < 200; index++)
      data.items.add(new File([texts[index % texts.length]!], `copy-${index}.json`));
    return data;
  }, REAL.map(read));
  await page.dispatchEvent("main", "drop", { dataTransfer });
  await expect(page.getByRole("progressbar")).toBeVisible();
  await page.getByRole("button", { name: "Cancel" }).click();
  await idle(page);
  await expect(
    page.getByText(/^Stopped\. \d+ of 200 files were checked; they are kept\.$/),
  ).toBeVisible();
  const kept = await rows(page).count();
  expect(kept).toBeLessThan(200);
  await page.reload();
  await idle(page);
  await expect(rows(page)).toHaveCount(kept);
});

// One test per language (phone and desktop, light and dark in each): axe on a filled portfolio.
for (const [index, locale] of LOCALES.entries()) {
  test(`${locale}: the portfolio has no axe violations on a phone and a desktop, light and dark`, async ({
    watched: page,
  }) => {
    const dark = index % 2 === 1;
    await page.emulateMedia({ colorScheme: dark ? "dark" : "light" });
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(`/${locale}/portfolio`);
    await idle(page);
    expect(await axeViolations(page), "empty").toEqual([]);
    await dropFiles(page, [REAL[0]!, REAL[10]!, BROKEN]);
    await expect(rows(page)).toHaveCount(3);
    await idle(page);
    await expect(page.locator("html")).toHaveAttribute("lang", locale);
    expect(await axeViolations(page), "phone").toEqual([]);
    await page.emulateMedia({ colorScheme: dark ? "light" : "dark" });
    await page.setViewportSize({ width: 1280, height: 900 });
    expect(await axeViolations(page), "desktop").toEqual([]);
  });
}
