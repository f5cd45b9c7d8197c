import { readFileSync } from "node:fs";
import type { Page } from "@playwright/test";
import { axeViolations, downloadExport, expect, test, pasteText } from "./fixtures";

const BEFORE = readFileSync("e2e/data/upgrade-before.json", "utf8");
/** The same scenario re-exported after the Google connection was replaced (Workfront not yet). */
const AFTER = readFileSync("e2e/data/upgrade-after.json", "utf8");
const CONNECTION_ID = "734512";
const WEBHOOK_ID = "91234";

/** Checks a blueprint in Diagnose (a real paste event), which keeps it for the wizard. */
async function checkInDiagnose(page: Page, lang: string, text: string) {
  await page.goto(`/${lang}/diagnose`);
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await pasteText(page, text);
  await expect(page.getByTestId("diagnose-result")).toBeVisible();
  // Offered only once the blueprint is kept in the browser, where the wizard reads it after a reload.
  await expect(page.getByTestId("start-upgrade")).toBeVisible();
}

const steps = (page: Page) => page.getByRole("main").locator("ol > li[id^=step-]");
const bar = (page: Page) => page.getByRole("progressbar");
const stepBox = (page: Page, number: number) =>
  page.getByRole("checkbox", { name: new RegExp(`^(Step|Étape) ${number} `) });

// Scenario text carries markup (an <img onerror> label): nothing from it may ever run.
let dialogs: string[] = [];
test.beforeEach(({ page }) => {
  dialogs = [];
  page.on("dialog", (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
});
test.afterEach(() => {
  expect(dialogs, "dialogs opened by page content").toEqual([]);
});

test("without a checked scenario, the wizard says so and leads to Diagnose", async ({
  watched: page,
}) => {
  await page.goto("/en/upgrade");
  await expect(page.getByRole("heading", { name: "No scenario to upgrade yet" })).toBeVisible();
  await page.getByRole("link", { name: "Check a scenario in Diagnose" }).click();
  await expect(page).toHaveURL(/\/en\/diagnose$/);
});

test("full flow in English: steps, check-off, reload, exports, verify", async ({
  watched: page,
}) => {
  await checkInDiagnose(page, "en", BEFORE);
  await page.goto("/en/upgrade");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Upgrade your scenario");
  // The name is blueprint text: set in an isolate (U+2068 … U+2069) inside the sentence.
  await expect(
    page.getByText("Scenario: \u2068Orders <b>sync</b> for ops@acme.test\u2069"),
  ).toBeVisible();

  // Order: back up, connection, the Workfront modules with one "Upgrade all", verify.
  await expect(steps(page).locator("h3")).toHaveText([
    "Back up the scenario",
    "Update the Google (Gmail, Google Drive, Email with a Gmail account) connection",
    "Upgrade all Adobe Workfront modules at once",
    "Check the upgraded scenario",
  ]);
  const workfront = steps(page).nth(2);
  await expect(workfront).toContainText(
    "In the scenario editor, click the green “Upgrade module” badge on #3 “Find the project” (workfront-workfront:searchv3).",
  );
  await expect(workfront).toContainText("Click “Upgrade all”");
  await expect(
    workfront.getByRole("img", { name: /Picture of the scenario: 5 modules, the 2/ }),
  ).toBeVisible();
  await expect(workfront.locator("code")).toHaveText(["objCode", "=formula", "status", "ID"]);
  // A module label is text, never markup.
  await expect(steps(page).nth(1)).toContainText("“<img src=x onerror=alert(1)>Send the receipt”");
  // The same severity, verdict and evidence as Diagnose; the platform named in the click-paths.
  await expect(steps(page).nth(1)).toContainText(
    "Warning: A rule in effect for the accounts it names: plan the change",
  );
  await expect(steps(page).nth(1)).toContainText(
    "The connection’s account is a consumer Google address (@gmail.com)",
  );
  await expect(steps(page).nth(0)).toContainText("Open the scenario in Fusion");

  // Checking the current step moves the address to the next one.
  await stepBox(page, 1).check();
  await expect(bar(page)).toHaveAttribute("aria-valuetext", "1 of 4 steps done");
  await expect(page).toHaveURL(/[?&]step=connection/);
  await expect(steps(page).nth(1)).toHaveAttribute("aria-current", "step");
  await expect(steps(page).nth(0).getByRole("button", { name: "Show the details" })).toBeVisible();

  await page.reload();
  await expect(stepBox(page, 1)).toBeChecked();
  await expect(bar(page)).toHaveAttribute("aria-valuetext", "1 of 4 steps done");
  await expect(page.getByRole("region", { name: "Recent scenarios" })).toContainText(
    "1 of 4 steps done",
  );

  // Exports: redaction on by default.
  const redact = page.getByRole("checkbox", {
    name: "Hide connection ids, webhook ids and e-mail addresses",
  });
  await expect(redact).toBeChecked();
  const markdown = await downloadExport(page, "Download Markdown");
  // Named after the document's title, with the e-mail address hidden as in the text.
  expect(markdown.name).toBe("upgrade-plan-orders-bsyncb-for-e-mail.md");
  expect(markdown.text).toContain("- [x] **1. Back up the scenario**");
  expect(markdown.text).toContain("- [ ] **3. Upgrade all Adobe Workfront modules at once**");
  expect(markdown.text).toContain("\\<img src=x onerror=alert(1)\\>Send the receipt");
  expect(markdown.text).not.toContain(CONNECTION_ID);
  expect(markdown.text).not.toContain(WEBHOOK_ID);
  expect(markdown.text).not.toContain("ops@acme.test");
  expect(markdown.text).not.toContain("orders.acme@gmail.com");
  expect(markdown.text).toContain("- Needs action");

  const csv = await downloadExport(page, "Download CSV");
  expect(csv.name).toBe("upgrade-plan-orders-bsyncb-for-e-mail.csv");
  const rows = csv.text.split("\r\n");
  expect(rows[0]).toMatch(
    /^Scenario,Severity,Deadline,Change,Module,Module name,Confidence,Step,Status,Title,/,
  );
  expect(rows[1]).toMatch(/^Orders <b>sync<\/b> for <e-mail>,,,,,,,1,done,Back up the scenario,/);
  expect(csv.text).toContain("objCode, =formula, status, ID");
  expect(csv.text).not.toContain(CONNECTION_ID);
  expect(csv.text).not.toContain("ops@acme.test");

  await page.context().grantPermissions(["clipboard-read", "clipboard-write"]);
  await page.getByRole("button", { name: "Copy as text" }).click();
  await expect(page.getByText("The plan is in the clipboard.")).toBeVisible();
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toContain("[x] 1. Back up the scenario");
  expect(copied).toContain("[ ] 3. Upgrade all Adobe Workfront modules at once");
  expect(copied).not.toContain(CONNECTION_ID);

  // Turning redaction off is visible in the export.
  await redact.uncheck();
  expect((await downloadExport(page, "Download Markdown")).text).toContain(CONNECTION_ID);
  await redact.check();

  // Verify with the re-export: the connection step is done, Workfront is still to do.
  await page.getByLabel("Re-exported blueprint").fill(AFTER);
  await page.getByRole("button", { name: "Check the blueprint" }).click();
  const result = page.getByRole("region", { name: "Verify the upgrade" });
  await expect(result).toContainText("1 of 4 steps are done in the re-exported blueprint.");
  await expect(
    result.getByRole("listitem").filter({ hasText: "2. Update the Google" }),
  ).toContainText("done");
  await expect(result.getByRole("listitem").filter({ hasText: "3. Upgrade all" })).toContainText(
    "still to do",
  );
  await expect(result).toContainText("New in this blueprint");
  await expect(result).toContainText("Watch task changes");
  await expect(stepBox(page, 2)).toBeChecked();
  await expect(steps(page).nth(1)).toContainText("Checked off by the re-exported blueprint");
  await expect(stepBox(page, 3)).not.toBeChecked();
  await expect(bar(page)).toHaveAttribute("aria-valuetext", "2 of 4 steps done");

  expect(await axeViolations(page)).toEqual([]);

  // Print: a clean checklist, every step in full, no page chrome or tools.
  await page.emulateMedia({ media: "print" });
  await expect(page.getByRole("banner")).toBeHidden();
  await expect(page.getByRole("region", { name: "Hand over the plan" })).toBeHidden();
  await expect(steps(page).nth(0)).toContainText("Export Blueprint");
  await page.screenshot({ path: test.info().outputPath("print-en.png"), fullPage: true });
});

test("in French: Fusion's French labels, the step survives a language switch and a reload", async ({
  watched: page,
}) => {
  await checkInDiagnose(page, "fr", BEFORE);
  await page.goto("/fr/upgrade");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(
    "Mettre à niveau votre scénario",
  );
  const workfront = steps(page).nth(2);
  await expect(workfront.locator("h3")).toHaveText(
    "Mettre à niveau tous les modules Adobe Workfront d’un coup",
  );
  await expect(workfront).toContainText("Cliquez sur « Tout mettre à niveau » (Upgrade all)");
  await expect(workfront).toContainText("« Mettre à niveau le module » (Upgrade module)");
  await expect(
    workfront.getByRole("link", { name: /experienceleague|Experience League/i }).first(),
  ).toHaveAttribute("href", /^https:\/\/experienceleague\.adobe\.com\/fr\//);

  await workfront.locator("h3 a").click();
  await expect(page).toHaveURL(/[?&]step=upgrade-all/);
  await stepBox(page, 1).check();
  // French typography: a no-break space before the colon.
  await expect(bar(page)).toHaveAttribute("aria-valuetext", "Étapes faites\u00a0: 1 sur 4");

  await page.getByRole("link", { name: "English" }).click();
  await expect(page).toHaveURL(/\/en\/upgrade\?step=upgrade-all/);
  await expect(steps(page).nth(2)).toHaveAttribute("aria-current", "step");
  await expect(stepBox(page, 1)).toBeChecked();
  await page.getByRole("link", { name: "Français" }).click();
  await page.reload();
  await expect(page).toHaveURL(/\/fr\/upgrade\?step=upgrade-all/);
  await expect(bar(page)).toHaveAttribute("aria-valuetext", "Étapes faites\u00a0: 1 sur 4");

  const markdown = await downloadExport(page, "Télécharger en Markdown");
  expect(markdown.text).toContain(
    "# Plan de mise à niveau\u00a0: Orders \\<b\\>sync\\</b\\> for \\<e-mail\\>",
  );
  expect(markdown.text).toContain("- [x] **1. Sauvegarder le scénario**");
  expect(markdown.text).not.toContain(CONNECTION_ID);

  // Opening the re-exported file checks it at once.
  await page.locator('input[type="file"]').setInputFiles("e2e/data/upgrade-after.json");
  await expect(
    page.getByText("Étapes faites dans le blueprint réexporté : 1 sur 4."),
  ).toBeVisible();
  await expect(stepBox(page, 2)).toBeChecked();

  expect(await axeViolations(page)).toEqual([]);
  await page.emulateMedia({ colorScheme: "dark" });
  expect(await axeViolations(page)).toEqual([]);
  await page.emulateMedia({ media: "print", colorScheme: "light" });
  await page.screenshot({ path: test.info().outputPath("print-fr.png"), fullPage: true });
});

test("two tabs on one scenario keep each other's check-offs; reset clears them", async ({
  watched: page,
}) => {
  await checkInDiagnose(page, "en", BEFORE);
  await page.goto("/en/upgrade");
  const other = await page.context().newPage();
  await other.goto("/en/upgrade");
  await stepBox(page, 1).check();
  await expect(stepBox(other, 1)).toBeChecked();
  await stepBox(other, 4).check();
  await expect(stepBox(page, 4)).toBeChecked();
  await expect(bar(page)).toHaveAttribute("aria-valuetext", "2 of 4 steps done");

  await page.getByRole("button", { name: /^Reset the progress of \u2068Orders/ }).click();
  await expect(bar(page)).toHaveAttribute("aria-valuetext", "0 of 4 steps done");
  await expect(stepBox(other, 1)).not.toBeChecked();
  await other.close();
});

test("corrupted, full or disabled storage is said, and the wizard still works", async ({
  watched: page,
}) => {
  await checkInDiagnose(page, "en", BEFORE);
  await page.goto("/en/upgrade");
  await stepBox(page, 1).check();
  // The check-off is shown at once and written under a lock just after: wait for the write.
  const storedKey = () =>
    page.evaluate(() => Object.keys(localStorage).find((k) => k.includes("progress:")));
  await expect.poll(storedKey).toBeTruthy();
  const key = await storedKey();

  await page.evaluate((k) => localStorage.setItem(k!, "{not json"), key);
  await page.reload();
  await expect(page.getByRole("alert")).toContainText("could not be read");
  await stepBox(page, 2).check();
  await expect(bar(page)).toHaveAttribute("aria-valuetext", "1 of 4 steps done");
  await expect(page.getByRole("alert")).toHaveCount(0);

  // Full storage: the check-off is kept for the session and the message says it was not saved.
  await page.evaluate(() => {
    Storage.prototype.setItem = () => {
      throw new DOMException("full", "QuotaExceededError");
    };
  });
  await stepBox(page, 3).check();
  await expect(page.getByRole("alert")).toContainText("storage for this app is full");
  await expect(stepBox(page, 3)).toBeChecked();

  // Storage switched off: the page still opens on the saved blueprint and works for the session.
  await page.addInitScript(() => {
    Object.defineProperty(window, "localStorage", {
      get() {
        throw new DOMException("denied", "SecurityError");
      },
    });
  });
  await page.reload();
  await expect(page.getByRole("alert")).toContainText("does not let the app store anything");
  await stepBox(page, 1).check();
  await expect(bar(page)).toHaveAttribute("aria-valuetext", "1 of 4 steps done");
});

test("the article's upgrade link opens the guide, with Fusion's labels in the reader's language", async ({
  watched: page,
}) => {
  await page.goto("/sv/docs/api-overview");
  const link = page.locator('article a[href="/sv/upgrade/guide"]').first();
  await expect(link).toBeVisible();
  await link.click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(
    "Uppgradera en modul till en ny version",
  );
  await expect(page.getByRole("main")).toContainText("”Uppgradera alla” (Upgrade all)");
  await expect(page.getByRole("main")).toContainText("”Välj ny” (Choose new)");
  expect(await axeViolations(page)).toEqual([]);
});

test("a step of many modules lists the first 50 and the rest on demand, by keyboard", async ({
  watched: page,
}) => {
  // 60 copies of the scenario: each step now names 60 modules (or more).
  const source = JSON.parse(BEFORE) as {
    flow: { id: number; metadata?: Record<string, unknown> }[];
  };
  const flow = Array.from({ length: 60 }, (_, copy) =>
    source.flow.map((module, index) => ({
      ...structuredClone(module),
      id: copy * 10 + index + 1,
      metadata: { ...module.metadata, designer: { x: index * 300, y: copy * 200 } },
    })),
  ).flat();
  await checkInDiagnose(page, "en", JSON.stringify({ ...source, flow }));
  await page.goto("/en/upgrade");
  const more = page.getByRole("button", { name: /^Show more modules \(50 of \d+ listed\)$/ });
  await expect(more.first()).toBeVisible();
  // Held by its id: once its button is gone, the filter would find the next such step.
  const id = await steps(page).filter({ has: more.first() }).first().getAttribute("id");
  const step = page.locator(`li[id="${id}"]`);
  const modules = step
    .getByRole("heading", { name: "Modules", level: 4 })
    .locator("xpath=..")
    .locator("li");
  await expect(modules).toHaveCount(50);
  const total = Number(/of (\d+) listed/.exec(await more.first().innerText())![1]);
  expect(total).toBeGreaterThan(50);
  await expect(
    step.getByRole("img", { name: /^Picture of the scenario: 300 modules/ }),
  ).toBeVisible();

  await more.first().focus();
  await page.keyboard.press("Enter");
  await expect(modules).toHaveCount(total);
  await expect(step.getByRole("button", { name: /^Show more modules/ })).toHaveCount(0);
  expect(await axeViolations(page)).toEqual([]);
});
