import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { Page } from "@playwright/test";
import { CATALOG } from "../src/core/catalog/index";
import { buildExamples } from "../src/core/examples/examples";
import { axeViolations, expect, LOCALES, test, pasteText } from "./fixtures";

const FIXTURES = "test/fixtures/blueprints";
const fixturePath = (name: string) => join(FIXTURES, name);
const fixture = (name: string) => readFileSync(fixturePath(name), "utf8");

const FULL_EXPORT = "001-cricket-responder-bot-77mods.json"; // 77 modules, routers
const ORPHANS = "006-rss-old-orphans.json"; // 13 modules, orphans
const WRAPPER = "047-sdk-mock-api-response-wrapper.json"; // { code, response: { blueprint } }
const CLIPBOARD = "044-faktury-subflows-clipboard.json"; // { subflows: [...] }, 22 modules
const BROKEN = "041-lyavoicecare-redacted-conn.broken.json"; // a value missing after "__IMTCONN__":

/** Modules as the format description counts them: every object with a string `module`. */
function moduleCount(text: string): number {
  let count = 0;
  const stack: unknown[] = [JSON.parse(text)];
  while (stack.length > 0) {
    const value = stack.pop();
    if (Array.isArray(value)) stack.push(...(value as unknown[]));
    else if (value && typeof value === "object") {
      const isModule = typeof (value as { module?: unknown }).module === "string";
      if (isModule) count += 1;
      for (const [key, child] of Object.entries(value)) {
        if (isModule && ["mapper", "parameters", "metadata", "filter"].includes(key)) continue;
        stack.push(child);
      }
    }
  }
  return count;
}

/** Drags a file over the page and drops it, as the desktop would. */
async function drop(page: Page, name: string, text: string) {
  const dataTransfer = await page.evaluateHandle(
    ({ name, text }) => {
      const data = new DataTransfer();
      data.items.add(new File([text], name, { type: "application/json" }));
      return data;
    },
    { name, text },
  );
  await page.dispatchEvent("main", "dragenter", { dataTransfer });
  await expect(page.getByText("Drop the file to check it")).toBeVisible();
  await page.dispatchEvent("main", "drop", { dataTransfer });
}

async function openFile(page: Page, name: string) {
  const chooser = page.waitForEvent("filechooser");
  await page.getByRole("button", { name: "Open a file…" }).click();
  await (await chooser).setFiles(fixturePath(name));
}

const picture = (page: Page) => page.getByRole("application", { name: /Scenario picture/ });
const nodes = (page: Page) => page.locator(".react-flow__node");

async function expectPictureOf(page: Page, modules: number) {
  await expect(page.getByTestId("diagnose-result")).toBeVisible();
  await expect(picture(page)).toHaveAttribute("data-module-count", String(modules));
  await expect(nodes(page)).toHaveCount(modules);
  const summaryCount = page
    .locator("dt", { hasText: /^Modules$/ })
    .locator("xpath=following-sibling::dd");
  await expect(summaryCount).toHaveText(String(modules));
  // Every affected module carries a badge, and only those.
  const affected = Number(await picture(page).getAttribute("data-affected-count"));
  await expect(nodes(page).filter({ has: page.locator("[data-severity]") })).toHaveCount(affected);
}

test.beforeEach(async ({ page }) => {
  await page.goto("/en/diagnose");
  await expect(page.getByRole("heading", { level: 1, name: "Diagnose a scenario" })).toBeVisible();
});

type Method = "paste" | "drop" | "open";
const METHODS: Method[] = ["paste", "drop", "open"];
const KINDS = [
  { kind: "a full export", file: FULL_EXPORT },
  { kind: "a wrapper", file: WRAPPER },
  { kind: "a clipboard copy", file: CLIPBOARD },
  { kind: "a broken file", file: BROKEN },
] as const;

async function give(page: Page, method: Method, file: string) {
  if (method === "paste") await pasteText(page, fixture(file));
  else if (method === "drop") await drop(page, file, fixture(file));
  else await openFile(page, file);
}

for (const { kind, file } of KINDS) {
  for (const method of METHODS) {
    test(`${method}: ${kind} is read`, async ({ watched: page }) => {
      await give(page, method, file);
      if (file === BROKEN) {
        const alert = page.getByRole("alert");
        await expect(alert.getByRole("heading", { name: "This is not valid JSON" })).toBeVisible();
        await expect(alert).toContainText(/line \d+, column \d+/);
        await expect(alert.locator("pre")).toContainText("^");
        await expect(alert).toContainText("__IMTCONN__"); // the hint names what is missing
        return;
      }
      await expectPictureOf(page, moduleCount(fixture(file)));
    });
  }
}

for (const [locale, hint] of [
  ["fr", "L’identifiant de connexion a été supprimé"],
  ["sv", "Anslutningens id har tagits bort"],
] as const) {
  test(`${locale}: a broken file's hint is in the reader's language, the JSON to type as it is`, async ({
    watched: page,
  }) => {
    await page.goto(`/${locale}/diagnose`);
    await pasteText(page, fixture(BROKEN));
    const alert = page.getByRole("alert");
    await expect(alert).toContainText(hint);
    await expect(alert).toContainText('"__IMTCONN__": null');
    await expect(alert.locator("[lang=en]")).toHaveCount(0);
  });
}

test("a full export's affected modules carry badges", async ({ watched: page }) => {
  await pasteText(page, fixture(FULL_EXPORT));
  await expectPictureOf(page, moduleCount(fixture(FULL_EXPORT)));
  expect(Number(await picture(page).getAttribute("data-affected-count"))).toBeGreaterThan(0);
  await expect(
    page.getByText("Your blueprint stays in this browser", { exact: false }),
  ).toBeVisible();
  // A 1.3 MB paste never lands in the text box.
  await expect(page.getByLabel("Or type or paste a short blueprint here")).toHaveValue("");
});

test("a dropped file with orphans shows them too", async ({ watched: page }) => {
  const text = fixture(ORPHANS);
  await drop(page, "old scenario (copy) | v2", text);
  await expectPictureOf(page, moduleCount(text));
});

test("a broken paste stays in the text box to be fixed, and checks once fixed", async ({
  watched: page,
}) => {
  const broken = fixture(BROKEN);
  await pasteText(page, broken);
  await expect(page.getByRole("alert")).toBeVisible();
  const box = page.getByLabel("Or type or paste a short blueprint here");
  await expect(box).toHaveValue(broken);
  expect(await axeViolations(page)).toEqual([]);
  // Both blanked connection ids get a value back.
  await box.fill(broken.replace(/"__IMTCONN__":[ ]*\n/g, '"__IMTCONN__": null\n'));
  await page.getByRole("button", { name: "Check this blueprint" }).click();
  await expect(page.getByTestId("diagnose-result")).toBeVisible();
  await expect(page.getByRole("alert")).toHaveCount(0);
});

test("a blueprint over 5 MB gets Fusion's import warning", async ({ watched: page }) => {
  const big = JSON.parse(fixture(ORPHANS)) as Record<string, unknown>;
  big._note = "x".repeat(6 * 1024 * 1024);
  await pasteText(page, JSON.stringify(big));
  await expect(page.getByText(/Fusion refuses to import a blueprint over 5 MB/)).toBeVisible({
    timeout: 15_000,
  });
});

test("a long check can be cancelled and run again", async ({ watched: page }) => {
  // About 45 MB: long enough to cancel while the worker reads it.
  await page.evaluate(() => {
    const flow = Array.from({ length: 400 }, (_, index) => ({
      id: index + 1,
      module: "util:SetVariable2",
      version: 1,
      metadata: { designer: { x: index * 300, y: 0 }, interface: ["x".repeat(110_000)] },
    }));
    const text = JSON.stringify({ name: "Large", flow, metadata: {} });
    const data = new DataTransfer();
    data.setData("text/plain", text);
    document.body.dispatchEvent(
      new ClipboardEvent("paste", { clipboardData: data, bubbles: true, cancelable: true }),
    );
  });
  await page.getByRole("button", { name: "Cancel" }).click();
  await expect(page.getByText("Check cancelled. Your input is kept.")).toBeVisible();
  await page.getByRole("button", { name: "Check again" }).click();
  // A large scenario opens on its first modules, not all 400 at once.
  await expect(picture(page)).toHaveAttribute("data-module-count", "400", { timeout: 20_000 });
  await expect(nodes(page).first()).toBeVisible();
});

test("empty input and a non-blueprint get their own messages", async ({ watched: page }) => {
  await pasteText(page, "   ");
  await expect(page.getByRole("heading", { name: "The blueprint is empty" })).toBeVisible();
  await pasteText(page, '{"hello": "world"}');
  await expect(
    page.getByRole("heading", { name: "This does not look like a scenario blueprint" }),
  ).toBeVisible();
});

test("selection is shared by the picture, the list and the address", async ({ watched: page }) => {
  await page.getByRole("button", { name: /^Example: module to upgrade/ }).click();
  await expect(page.getByTestId("diagnose-result")).toBeVisible();
  const badged = nodes(page)
    .filter({ has: page.locator("[data-severity]") })
    .first();
  const key = await badged.getAttribute("data-id");
  await badged.click();
  await expect(page).toHaveURL(new RegExp(`[?&]module=${key}`));
  await expect(page.getByTestId("module-detail")).toBeVisible();
  await expect(page.locator("[data-finding] button[aria-pressed=true]").first()).toBeVisible();

  await page.getByTestId("module-detail").getByRole("button", { name: "Close" }).click();
  await expect(page).not.toHaveURL(/module=/);
  await expect(nodes(page).and(page.locator(".selected"))).toHaveCount(0);

  await page.locator("[data-finding] button[aria-pressed]").first().click();
  await expect(page).toHaveURL(new RegExp(`[?&]module=${key}`));
  await expect(page.locator(`.react-flow__node.selected[data-id="${key}"]`)).toBeVisible();

  await page.reload();
  await expect(page.getByTestId("module-detail")).toBeVisible();
});

test("the keyboard moves between modules and selects one", async ({ watched: page }) => {
  await page.getByRole("button", { name: "Example: a scenario with nothing to fix" }).click();
  await expect(page.getByText("No known breaking change affects this scenario.")).toBeVisible();
  await picture(page).focus();
  await page.keyboard.press("ArrowRight"); // first press: the first module
  await page.keyboard.press("ArrowRight");
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/[?&]module=/);
  await expect(page.getByTestId("module-detail")).toContainText("Keep the order number");
  await page.keyboard.press("ArrowLeft");
  await page.keyboard.press("Enter");
  await expect(page.getByTestId("module-detail")).toContainText("Receive an order");
});

test("a finding on hundreds of modules lists all of them when asked", async ({ watched: page }) => {
  // The "module to upgrade" example's modules, repeated: its finding holds one of every copy.
  const example = buildExamples(CATALOG).find((item) => item.kind === "module")!;
  const { flow } = JSON.parse(example.text) as { flow: { id: number }[] };
  const copies = Array.from({ length: 2400 }, (_, index) => ({
    ...flow[index % flow.length]!,
    id: index + 1,
  }));
  await pasteText(page, JSON.stringify({ name: "Many copies", flow: copies, metadata: {} }));
  const showAll = { name: /^Show all \d[\d,]* modules$/ };
  // The card is named by its finding, not by its button: the button goes once all are listed.
  const cards = page.locator("[data-finding]").filter({ has: page.getByRole("button", showAll) });
  const id = await cards.first().getAttribute("data-finding");
  const card = page.locator(`[data-finding="${id}"]`);
  const more = card.getByRole("button", showAll);
  const count = Number((await more.textContent())!.replace(/\D/g, ""));
  expect(count).toBeGreaterThan(500); // more than one frame's worth of chips
  await more.click();
  await expect(card.locator("li button[aria-pressed]")).toHaveCount(count);
});

test("filters live in the address, never the blueprint", async ({ watched: page }) => {
  await page.getByRole("button", { name: /^Example: module to upgrade/ }).click();
  await expect(page.locator("[data-finding]").first()).toBeVisible();
  await page.getByRole("radio", { name: "Likely" }).check();
  await expect(page).toHaveURL(/confidence=likely/);
  await page.reload();
  await expect(page.getByRole("radio", { name: "Likely" })).toBeChecked();
  await page.getByRole("button", { name: "Show all" }).click();
  await expect(page).not.toHaveURL(/confidence=/);
  await expect(page.locator("[data-finding]").first()).toBeVisible();
  expect(page.url()).not.toMatch(/Gmail|flow|designer/i);
});

test("the last blueprint survives a reload until the user forgets it", async ({
  watched: page,
}) => {
  const text = fixture(ORPHANS);
  await pasteText(page, text);
  await expectPictureOf(page, moduleCount(text));
  await page.reload();
  await expect(page.getByText(/Showing the blueprint you checked on/)).toBeVisible();
  await expectPictureOf(page, moduleCount(text));
  await page.getByRole("button", { name: "Forget it" }).click();
  await expect(page.getByTestId("diagnose-result")).toHaveCount(0);
  await page.reload();
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await expect(page.getByTestId("diagnose-result")).toHaveCount(0);
});

test("choices about likely matches are kept, applied again, exported and imported", async ({
  watched: page,
}) => {
  await pasteText(page, fixture(FULL_EXPORT));
  const findings = page.locator("[data-finding]");
  await expect(findings.first()).toBeVisible();
  const before = await findings.count();
  const card = findings.filter({
    has: page.getByRole("button", { name: "No, not in this scenario" }),
  });
  const title = await card.first().locator("h4").innerText();
  await card.first().getByRole("button", { name: "No, not in this scenario" }).click();
  await expect(page.getByText("Matches you dismissed: 1")).toBeVisible();
  await expect(page.getByText("Confirmed: 0 · Dismissed: 1")).toBeVisible();

  // Kept in the browser and applied to the blueprint restored after a reload.
  await page.reload();
  await page.getByText("Matches you dismissed: 1").click();
  await expect(
    findings.filter({ hasText: title }).getByRole("button", { name: "Show it again" }),
  ).toHaveCount(1);

  const download = page.waitForEvent("download");
  await page.getByRole("button", { name: "Export choices" }).click();
  const exported = readFileSync(await (await download).path(), "utf8");
  expect(exported).toContain('"dismissed"');

  await page.getByRole("button", { name: "Show it again" }).click();
  await expect(findings).toHaveCount(before);
  await expect(page.getByText("Confirmed: 0 · Dismissed: 0")).toBeVisible();

  await page.getByTestId("rules-file").setInputFiles({
    name: "choices.json",
    mimeType: "application/json",
    buffer: Buffer.from(exported),
  });
  await expect(page.getByText("Choices imported.")).toBeVisible();
  await expect(page.getByText("Confirmed: 0 · Dismissed: 1")).toBeVisible();
  await page.getByTestId("rules-file").setInputFiles({
    name: "other.json",
    mimeType: "application/json",
    buffer: Buffer.from(fixture(WRAPPER)),
  });
  await expect(
    page.getByText("This file does not hold choices exported from this app."),
  ).toBeVisible();
});

/** A real export as if it had been exported from Fusion (no public Fusion export exists). */
function onFusion(name: string): string {
  const blueprint = JSON.parse(fixture(name)) as { metadata: { zone?: string } };
  blueprint.metadata.zone = "app.workfrontfusion.com";
  return JSON.stringify(blueprint);
}

/** Finding cards to act on or check (not the dismissed or cleared ones) whose title matches. */
const cards = (page: Page, title: RegExp) =>
  page
    .getByTestId("findings")
    .locator("[data-finding]")
    .filter({ has: page.locator("h4", { hasText: title }) });
const GOOGLE = /^Google \(Gmail, Google Drive/;

test("a Make blueprint with Slack on slack2 shows no Slack warning, and says why", async ({
  watched: page,
}) => {
  await pasteText(page, fixture("011-instructor-onboarding-io.json"));
  await expect(page.getByTestId("diagnose-result")).toBeVisible();
  await expect(page.locator("[data-finding]").first()).toBeVisible();
  const cleared = page.getByTestId("cleared");
  await expect(cards(page, /^Slack/)).toHaveCount(0);
  await cleared.locator("summary").click();
  const slack = cleared
    .locator("[data-finding]")
    .filter({ has: page.locator("h4", { hasText: /^Slack/ }) });
  await expect(slack).toHaveCount(1);
  await expect(slack.getByTestId("verdict")).toHaveText("Not affected");
  await expect(slack.getByTestId("evidence")).toContainText(
    "Connection type slack2 is the new connector’s",
  );
  await expect(slack.getByRole("button", { name: /not in this scenario/ })).toHaveCount(0);
});

test("Gmail on a @gmail.com account asks for action; Drive on a company domain does not", async ({
  watched: page,
}) => {
  // Gmail on a consumer account, exported from Fusion: action, with the deciding evidence.
  await pasteText(page, onFusion("024-certificate-invoice-orphans.json"));
  const gmail = cards(page, GOOGLE);
  await expect(gmail).toHaveCount(1);
  await expect(gmail.getByTestId("verdict")).toHaveText("Needs action");
  await expect(gmail.getByTestId("evidence")).toContainText(
    "The connection’s account is a consumer Google address (@gmail.com)",
  );
  await expect(gmail.getByTestId("urgency")).toHaveText(
    "A rule in effect for the accounts it names: plan the change",
  );
  await expect(gmail.getByTestId("platform-note")).toHaveCount(0);
  await expect(page.getByTestId("evidence").filter({ hasText: "egbuleomoze" })).toHaveCount(0);

  // The same export from Make: a check-this, with the platform note, never a confirmed fact.
  await page.getByText("Check another blueprint").click();
  await pasteText(page, fixture("024-certificate-invoice-orphans.json"));
  await expect(cards(page, GOOGLE).getByTestId("verdict")).toHaveText("Check this");
  await expect(cards(page, GOOGLE).getByTestId("platform-note")).toHaveText(
    "Documented for Fusion: check whether it applies in Make.",
  );
  await expect(cards(page, GOOGLE)).toContainText("check the module in Make");

  // Drive on a company (Workspace) domain: no finding, the reason among the cleared modules.
  await page.getByText("Check another blueprint").click();
  await pasteText(page, onFusion("010-law4us-placeholders-null-id.json"));
  await expect(page.getByTestId("diagnose-result")).toBeVisible();
  await expect(cards(page, GOOGLE)).toHaveCount(0);
  await expect(page.getByText("No known breaking change affects this scenario.")).toBeVisible();
  const cleared = page.getByTestId("cleared");
  await cleared.locator("summary").click();
  await expect(
    cleared.locator("[data-finding]").filter({ has: page.locator("h4", { hasText: GOOGLE }) }),
  ).toContainText("at a company domain (Google Workspace), which needs nothing");
});

test("a change dismissed in one scenario stays visible in another, and the summary counts it", async ({
  watched: page,
}) => {
  await pasteText(page, fixture("024-certificate-invoice-orphans.json"));
  await cards(page, GOOGLE).getByRole("button", { name: "No, not in this scenario" }).click();
  await expect(cards(page, GOOGLE)).toHaveCount(0);
  const summary = page.getByTestId("summary-dismissed");
  await expect(summary).toContainText(
    "No change is left to act on, but you set 1 aside as not applying.",
  );
  await expect(page.getByText("No known breaking change affects this scenario.")).toHaveCount(0);
  await summary.getByRole("button", { name: "Show them" }).click();
  const dismissed = page.getByTestId("dismissed");
  await expect(dismissed).toHaveAttribute("open", "");
  await expect(page.locator("#dismissed-summary")).toBeFocused();
  await expect(dismissed.getByTestId("dismissal")).toHaveText(
    "You set this aside for this scenario only.",
  );

  // Another scenario with the same change still shows it.
  await page.getByText("Check another blueprint").click();
  await pasteText(page, fixture("038-send-shortlist.json"));
  await expect(cards(page, GOOGLE)).toHaveCount(1);
  await expect(page.getByTestId("summary-dismissed")).toHaveCount(0);

  // "In every scenario" is the second, explicit choice.
  await cards(page, GOOGLE).getByRole("button", { name: "No, not in any of my scenarios" }).click();
  await expect(page.getByTestId("summary-dismissed")).toContainText("you set 1 aside");
  await page.getByText("Check another blueprint").click();
  await pasteText(page, fixture("036-create-invoice-and-send.json"));
  await expect(page.getByTestId("diagnose-result")).toBeVisible();
  await expect(page.getByTestId("summary-dismissed")).toContainText("you set 1 aside");
  await page.getByTestId("summary-dismissed").getByRole("button", { name: "Show them" }).click();
  await expect(page.getByTestId("dismissal")).toHaveText("You set this aside for every scenario.");
});

test("choices saved in the old format are migrated, not lost", async ({ watched: page }) => {
  const ruleKey = "google-restricted-scopes|google-restricted";
  await page.evaluate((key) => {
    localStorage.setItem(
      "acd:rules",
      JSON.stringify({ confirmed: [], dismissed: [key], mapped: [] }),
    );
  }, ruleKey);
  await page.reload();
  await page
    .getByLabel("Or type or paste a short blueprint here")
    .fill(fixture("024-certificate-invoice-orphans.json"));
  await page.getByRole("button", { name: "Check this blueprint" }).click();
  await expect(page.getByTestId("diagnose-result")).toBeVisible();
  await expect(page.getByTestId("summary-dismissed")).toContainText("you set 1 aside");
  await expect(page.getByText("Confirmed: 0 · Dismissed: 1")).toBeVisible();
  const stored = await page.evaluate(() => localStorage.getItem("acd:rules"));
  expect(JSON.parse(stored ?? "{}")).toEqual({
    confirmed: [],
    dismissed: [{ ruleKey, scenario: null }],
    mapped: [],
  });
});

test("Start the upgrade opens the wizard on the checked blueprint, analysed once", async ({
  watched: page,
}) => {
  // Every analysis runs in a new worker: counting workers counts analyses.
  const workers: string[] = [];
  page.on("worker", (worker) => workers.push(worker.url()));
  await pasteText(page, fixture(FULL_EXPORT));
  await expect(page.locator("[data-finding]").first()).toBeVisible();
  expect(workers).toHaveLength(1);
  await page.getByRole("link", { name: "Start the upgrade" }).click();
  await expect(page).toHaveURL(/\/en\/upgrade/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Upgrade your scenario");
  await expect(page.getByText("No scenario to upgrade yet")).toHaveCount(0);
  await expect(page.getByText("Amrit's Cricket Bot").first()).toBeVisible();
  await expect(page.getByRole("main").locator("ol > li[id^=step-]").first()).toBeVisible();
  expect(workers, "the wizard reuses Diagnose's analysis").toHaveLength(1);
});

test("a paste made before the page listens is kept and checked", async ({ watched: page }) => {
  // Dispatched as soon as the document is parsed: the page's code is still loading then.
  await page.addInitScript((content) => {
    document.addEventListener("DOMContentLoaded", () => {
      const data = new DataTransfer();
      data.setData("text/plain", content);
      document.body.dispatchEvent(
        new ClipboardEvent("paste", { clipboardData: data, bubbles: true, cancelable: true }),
      );
    });
  }, fixture(ORPHANS));
  await page.goto("/en/diagnose");
  await expect(page.getByTestId("diagnose-result")).toBeVisible();
  await expect(page.getByRole("link", { name: "Start the upgrade" })).toBeVisible();
});

test("every example is labelled as one and gives a result", async ({ watched: page }) => {
  const buttons = page.getByRole("button", { name: /^Example: / });
  const count = await buttons.count();
  expect(count).toBe(4);
  for (let index = 0; index < count; index++) {
    // Once a result is shown, the examples wait under "Check another blueprint".
    if (index > 0) await page.getByText("Check another blueprint").click();
    await buttons.nth(index).click();
    await expect(page.getByText("This is an example, not one of your scenarios.")).toBeVisible();
    const findings = page.locator("[data-finding]");
    if (index < 3) await expect(findings.first()).toBeVisible();
    else await expect(findings).toHaveCount(0);
  }
});

test("blueprint text is shown as text, never run", async ({ watched: page }) => {
  let dialogs = 0;
  page.on("dialog", (dialog) => {
    dialogs += 1;
    void dialog.dismiss();
  });
  const name = `<img src=x onerror="alert(1)"><script>alert(2)</script>`;
  const blueprint = JSON.parse(fixture(ORPHANS)) as {
    name: string;
    flow: { metadata?: { designer?: { name?: string } } }[];
  };
  blueprint.name = name;
  blueprint.flow[0]!.metadata = { designer: { name: `<b onmouseover=alert(3)>label</b>` } };
  await pasteText(page, JSON.stringify(blueprint));
  await expect(page.getByTestId("scenario-name")).toHaveText(name);
  await expect(nodes(page).filter({ hasText: "<b onmouseover=alert(3)>label</b>" })).toHaveCount(1);
  expect(await page.locator("img[src=x], b[onmouseover]").count()).toBe(0);
  expect(dialogs).toBe(0);
});

for (const theme of ["Light", "Dark"] as const) {
  test(`no axe violations before and after a check (${theme.toLowerCase()})`, async ({
    watched: page,
  }) => {
    await page.getByText(theme, { exact: true }).click();
    expect(await axeViolations(page), "empty page").toEqual([]);
    await pasteText(page, fixture(FULL_EXPORT));
    await expect(page.getByTestId("diagnose-result")).toBeVisible();
    await expect(nodes(page).first()).toBeVisible();
    expect(await axeViolations(page), "with a result").toEqual([]);
    await nodes(page).first().click();
    await expect(page.getByTestId("module-detail")).toBeVisible();
    expect(await axeViolations(page), "with a module selected").toEqual([]);
  });
}

test("the page speaks the route's language", async ({ watched: page }) => {
  await page.goto("/fr/diagnose");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Diagnostiquer un scénario");
  await page.getByRole("button", { name: "Exemple : un scénario sans rien à corriger" }).click();
  await expect(
    page.getByText("Aucun changement cassant connu ne touche ce scénario."),
  ).toBeVisible();
});

// One test per language: five axe runs on a 77-module result in one test outlast its time under load.
for (const locale of LOCALES) {
  test(`${locale} at phone width: a result with no axe violations`, async ({ watched: page }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(`/${locale}/diagnose`);
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    await pasteText(page, fixture(FULL_EXPORT));
    await expect(page.locator("[data-finding]").first()).toBeVisible();
    await expect(page.locator("html")).toHaveAttribute("lang", locale);
    expect(await axeViolations(page)).toEqual([]);
  });
}
