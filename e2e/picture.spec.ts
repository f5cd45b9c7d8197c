import { readFileSync } from "node:fs";
import type { Page } from "@playwright/test";
import { readBlueprint } from "../src/core/blueprint/read";
import { CATALOG } from "../src/core/catalog/index";
import { buildExamples } from "../src/core/examples/examples";
import { HUGE_SCENARIO } from "../src/core/layout/huge-picture";
import { readableApp, readableModule } from "../src/core/layout/readable";
import { axeViolations, expect, LOCALES, test, pasteText } from "./fixtures";

// Real exports of about 10, 20 and 80 modules (test/fixtures/blueprints/SOURCES.md).
const SMALL = "013-devops-cicd-pipeline.json"; // 10 modules, two routers
const MEDIUM = "008-dsm-apps-script-celonis.json"; // 21 modules, routers 4 deep
const LARGE = "001-cricket-responder-bot-77mods.json"; // 77 modules, Slack modules affected

const DESKTOP = { width: 1280, height: 800 };
const PHONE = { width: 390, height: 844 };
const fixture = (name: string) => readFileSync(`test/fixtures/blueprints/${name}`, "utf8");

const picture = (page: Page) => page.getByRole("application");

/** Pastes a fixture and waits until the picture has drawn and fitted it. */
async function showFitted(page: Page, name: string) {
  await pasteText(page, fixture(name));
  await expect(picture(page)).toHaveAttribute("data-fitted", "");
  await page.getByRole("button", { name: "Fit to view" }).click();
  await expect(picture(page)).toHaveAttribute("data-fitted", "");
}

/** The picture's zoom, as its viewport is drawn. */
function zoomOf(page: Page): Promise<number> {
  return page
    .locator(".react-flow__viewport")
    .evaluate((viewport) => new DOMMatrix(getComputedStyle(viewport).transform).a);
}

/**
 * Presses "Zoom in" and waits until the zoom has reached its new step: a second press during the
 * animation would start from a zoom part of the way there, and end short of it.
 */
async function zoomIn(page: Page) {
  const before = await zoomOf(page);
  await page.getByRole("button", { name: "Zoom in" }).click();
  await expect.poll(() => zoomOf(page)).toBeCloseTo(before * 1.2, 3);
}

interface ShownLabel {
  id: string;
  labelled: boolean;
  text: string;
  /** Smallest on-screen type of the label's parts (number, app, name), zoom included. */
  smallestPx: number;
  inPane: boolean;
  affected: boolean;
}

/** Every module drawn in the picture, with its label text and its on-screen type size. */
function shownLabels(page: Page): Promise<ShownLabel[]> {
  return page.evaluate(() => {
    const viewport = document.querySelector<HTMLElement>(".react-flow__viewport")!;
    const zoom = new DOMMatrix(getComputedStyle(viewport).transform).a;
    const pane = document.querySelector(".react-flow")!.getBoundingClientRect();
    return [...document.querySelectorAll<HTMLElement>(".react-flow__node")].map((node) => {
      const parts = [
        ...node.querySelectorAll<HTMLElement>(".module-line, .module-name, [data-module-number]"),
      ];
      const box = node.getBoundingClientRect();
      return {
        id: node.dataset.id ?? "",
        labelled: node.querySelector("[data-labelled]") !== null,
        text: node.textContent ?? "",
        smallestPx: Math.min(
          ...parts.map((part) => parseFloat(getComputedStyle(part).fontSize) * zoom),
        ),
        inPane:
          box.right > pane.left &&
          box.left < pane.right &&
          box.bottom > pane.top &&
          box.top < pane.bottom,
        affected: node.querySelector("[data-severity]") !== null,
      };
    });
  });
}

function modulesOf(name: string) {
  const read = readBlueprint(fixture(name));
  if (!read.ok) throw new Error(`${name} does not read`);
  return read.scenario.modules;
}

test.describe("at fit to view in a 1280 × 800 window", () => {
  test.use({ viewport: DESKTOP });

  for (const name of [SMALL, MEDIUM]) {
    test(`${name}: every module shows its number, app and name in type of 11 px or more`, async ({
      watched: page,
    }) => {
      await page.goto("/en/diagnose");
      await showFitted(page, name);
      const modules = modulesOf(name);
      const shown = await shownLabels(page);
      // The picture fits the page: no sideways scrolling.
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
        DESKTOP.width,
      );
      expect(shown).toHaveLength(modules.length);
      for (const module of modules) {
        const label = shown.find((entry) => entry.id === module.key)!;
        expect(label.inPane, module.key).toBe(true);
        expect(label.labelled, module.key).toBe(true);
        expect(label.text).toContain(`#${module.id}`);
        expect(label.text).toContain(readableApp(module.app));
        expect(label.text).toContain(readableModule(module.name, module.label));
        expect(label.smallestPx, module.key).toBeGreaterThanOrEqual(11);
      }
    });
  }

  test("a readable name, not the id: Google Drive / Upload a File", async ({ watched: page }) => {
    await page.goto("/en/diagnose");
    await showFitted(page, "010-law4us-placeholders-null-id.json");
    const upload = page.locator(".react-flow__node", { hasText: "Upload a File" }).first();
    await expect(upload).toContainText("Google Drive");
    await expect(page.locator(".react-flow__node", { hasText: "uploadAFile" })).toHaveCount(0);
  });

  test(`${LARGE}: affected modules stay labelled at fit, readable, and the rest label on zoom`, async ({
    watched: page,
  }) => {
    await page.goto("/en/diagnose");
    await showFitted(page, LARGE);
    const atFit = await shownLabels(page);
    const affectedLabelled = atFit.filter((label) => label.affected && label.labelled);
    expect(affectedLabelled.length).toBeGreaterThan(0);
    for (const label of atFit.filter((entry) => entry.labelled)) {
      expect(label.smallestPx, label.id).toBeGreaterThanOrEqual(11);
      expect(label.text).toMatch(/#\d+/);
    }
    const labelledAtFit = atFit.filter((label) => label.labelled).length;
    expect(labelledAtFit).toBeLessThan(atFit.length);

    await zoomIn(page);
    await zoomIn(page);
    await expect
      .poll(
        async () =>
          (await shownLabels(page)).filter((label) => label.labelled && label.inPane).length,
      )
      .toBeGreaterThan(labelledAtFit);

    // A selected module is labelled whatever the zoom.
    await page.getByRole("button", { name: "Fit to view" }).click();
    await expect(picture(page)).toHaveAttribute("data-fitted", "");
    const unlabelled = atFit.find((label) => !label.labelled)!;
    await page.goto(`/en/diagnose?module=${unlabelled.id}`);
    await expect(
      page.locator(`.react-flow__node[data-id="${unlabelled.id}"] [data-labelled]`),
    ).toBeVisible();
  });

  test("one role=application, with a name", async ({ watched: page }) => {
    await page.goto("/en/diagnose");
    await showFitted(page, SMALL);
    await expect(page.locator("[role=application]")).toHaveCount(1);
    await expect(picture(page)).toHaveAccessibleName("Scenario picture, 10 modules");
  });
});

test.describe("a scenario of hundreds of modules", () => {
  test.use({ viewport: DESKTOP });

  test("fitted, it is the light overview; zoomed in, every module in view and its lines come back", async ({
    watched: page,
  }) => {
    // 400 modules in a chain, 40 to a row as the designer placed them: past the overview's threshold.
    const flow = Array.from({ length: 400 }, (_, index) => ({
      id: index + 1,
      module: "util:SetVariable2",
      version: 1,
      metadata: { designer: { x: (index % 40) * 300, y: Math.floor(index / 40) * 200 } },
    }));
    await page.goto("/en/diagnose");
    await pasteText(page, JSON.stringify({ name: "Large", flow, metadata: {} }));
    await expect(picture(page)).toHaveAttribute("data-fitted", "");
    await page.getByRole("button", { name: "Fit to view" }).click();
    await expect(picture(page)).toHaveAttribute("data-fitted", "");
    const overview = page.getByTestId("overview");
    const nodes = page.locator(".react-flow__node");
    const lines = page.locator(".react-flow__edge");
    await expect(overview).toHaveAttribute("data-marks", "400");
    // The overview draws the lines: xyflow's own stay out, as do its nodes.
    await expect(nodes).toHaveCount(0);
    await expect(lines).toHaveCount(0);

    // Three turns of the wheel zoom in past the overview: the modules in view join a batch per
    // frame, and the overview goes once they all have, with the lines between them.
    const pane = (await page.locator(".react-flow__pane").boundingBox())!;
    await page.mouse.move(pane.x + pane.width / 2, pane.y + pane.height / 2);
    for (let turn = 0; turn < 3; turn++) await page.mouse.wheel(0, -240);
    await expect(overview).toHaveCount(0);
    const shown = await page.evaluate(() => {
      const pane = document.querySelector(".react-flow")!.getBoundingClientRect();
      return [...document.querySelectorAll(".react-flow__node")].filter((node) => {
        const box = node.getBoundingClientRect();
        const inside = (a: number, b: number, from: number, to: number) => a < to && b > from;
        return (
          inside(box.left, box.right, pane.left, pane.right) &&
          inside(box.top, box.bottom, pane.top, pane.bottom)
        );
      }).length;
    });
    // More than one frame's batch (30): the later batches came in too.
    expect(shown).toBeGreaterThan(30);
    expect(await lines.count()).toBeGreaterThanOrEqual(shown - 10);

    // The keyboard from the overview: the first module, labelled as it has the focus.
    await page.getByRole("button", { name: "Fit to view" }).click();
    await expect(overview).toBeVisible();
    await picture(page).focus();
    await page.keyboard.press("ArrowRight");
    await expect(overview).toHaveCount(0);
    await expect(page.locator('.react-flow__node[data-id="1"] [data-labelled]')).toBeVisible();

    await page.getByRole("button", { name: "Fit to view" }).click();
    await expect(overview).toBeVisible();
    await expect(nodes).toHaveCount(0);
    await expect(lines).toHaveCount(0);
  });
});

test.describe("the result comes to the user", () => {
  test("desktop: after a paste the summary heading has focus and is in view", async ({
    watched: page,
  }) => {
    await page.setViewportSize(DESKTOP);
    await page.goto("/en/diagnose");
    await pasteText(page, fixture(MEDIUM));
    const heading = page.getByRole("heading", { name: "Summary" });
    await expect(heading).toBeFocused();
    await expect(heading).toBeInViewport();
  });

  for (const locale of LOCALES) {
    test(`${locale} phone: focus on the summary, findings before the picture, picture full screen`, async ({
      watched: page,
    }) => {
      await page.emulateMedia({ reducedMotion: "reduce" });
      await page.setViewportSize(PHONE);
      await page.goto(`/${locale}/diagnose`);
      await pasteText(page, fixture(LARGE));
      const heading = page.locator("#summary-title");
      await expect(heading).toBeFocused();
      await expect(heading).toBeInViewport();

      const finding = page.locator("[data-finding]").first();
      const pictureTitle = page.locator("#graph-title");
      const findingTop = (await finding.boundingBox())!.y;
      const pictureTop = (await pictureTitle.boundingBox())!.y;
      expect(findingTop).toBeLessThan(pictureTop);
      await expect(picture(page)).toHaveCount(0);

      const open = page.locator("#graph-title ~ button").first();
      await open.click();
      await expect(picture(page)).toHaveAttribute("data-fitted", "");
      const box = (await page.locator("dialog").boundingBox())!;
      expect(box.width).toBeGreaterThanOrEqual(PHONE.width - 1);
      expect(await axeViolations(page)).toEqual([]);
      await page.keyboard.press("Escape");
      await expect(page.locator("dialog")).toHaveCount(0);
    });
  }

  test("arriving in the wizard puts focus on its heading", async ({ watched: page }) => {
    await page.goto("/en/diagnose");
    await pasteText(page, fixture(SMALL));
    await page.getByTestId("start-upgrade").click();
    await expect(page.getByRole("heading", { level: 1 })).toBeFocused();
  });
});

test.describe("a scenario of thousands of modules", () => {
  test.use({ viewport: DESKTOP });

  /** The catalog examples' modules (each affected by a change), repeated on a 40-column grid. */
  function hugeBlueprint(count: number): string {
    const templates = buildExamples(CATALOG).flatMap(
      (example) => (JSON.parse(example.text) as { flow: Record<string, unknown>[] }).flow,
    );
    const flow = Array.from({ length: count }, (_, index) => ({
      ...templates[index % templates.length],
      id: index + 1,
      metadata: { designer: { x: (index % 40) * 300, y: Math.floor(index / 40) * 200 } },
    }));
    return JSON.stringify({ name: "Thousands", flow, metadata: { version: 1 } });
  }

  test("draws the modules around the view, an overview when fitted, and reveals any module", async ({
    watched: page,
  }) => {
    const count = HUGE_SCENARIO + 1000;
    await page.goto("/en/diagnose");
    await pasteText(page, hugeBlueprint(count));
    await expect(picture(page)).toHaveAttribute("data-fitted", "", { timeout: 30_000 });
    await expect(picture(page)).toHaveAttribute("data-module-count", String(count));
    // The start of the scenario, and only the modules around it.
    await expect(page.locator('.react-flow__node[data-id="1"]')).toBeVisible();
    const drawn = await page.locator(".react-flow__node").count();
    expect(drawn).toBeGreaterThan(0);
    expect(drawn).toBeLessThan(count / 4);

    // Fitted, one mark stands for a cell of modules, coloured by its most urgent one.
    await page.getByRole("button", { name: "Fit to view" }).click();
    await expect(picture(page)).toHaveAttribute("data-fitted", "");
    const overview = page.getByTestId("overview");
    await expect(overview).toBeVisible();
    const marks = Number(await overview.getAttribute("data-marks"));
    expect(marks).toBeGreaterThan(1);
    expect(marks).toBeLessThan(count);
    await expect(overview.locator("path[data-severity]:not([d=''])").first()).toBeAttached();
    await expect(page.locator(".react-flow__node")).toHaveCount(0);

    // A module at the far end, chosen in the list, is brought into view and selected.
    const finding = page.locator("[data-finding]").first();
    const showAll = finding.getByRole("button", { name: /^Show all \d+ modules$/ });
    const total = Number((await showAll.textContent())!.match(/\d+/)![0]);
    await showAll.click();
    // The chips are drawn 500 a frame: the last one is there once all of them are.
    const chips = finding.locator("li button[aria-pressed]");
    await expect(chips).toHaveCount(total);
    const last = chips.last();
    const number = (await last.locator("span").first().textContent())!.replace("#", "");
    expect(Number(number)).toBeGreaterThan(count - 100);
    await last.click();
    const selected = page.locator(`.react-flow__node[data-id="${number}"]`);
    await picture(page).scrollIntoViewIfNeeded();
    await expect(selected).toBeInViewport();
    await expect(selected).toHaveClass(/selected/);

    // The keyboard moves on from there, to a module next to it.
    await picture(page).focus();
    await page.keyboard.press("ArrowLeft");
    await expect(page.locator("#scenario-graph-help + p[aria-live=polite]")).toHaveText(/^#\d+ /);
  });
});
