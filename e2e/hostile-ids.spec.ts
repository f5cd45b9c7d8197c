// Module ids and labels a hostile or odd blueprint can carry: Object.prototype names, spaces,
// accents, markup, very long ids and bidirectional controls. Each one must lay out, select and
// show as text, without reordering what is around it.
import { expect, test, pasteText } from "./fixtures";

const LONG_ID = `step-${"x".repeat(150)}`;
const IDS = ["constructor", "__proto__", "toString", "my step", "étape", "<b>x</b>", LONG_ID];
const SPOOF = "Safe\u202Egpj.exe";

function hostileBlueprint(): string {
  const flow = IDS.map((id, index) => ({
    id,
    module: index % 2 ? "openai-gpt-3:CreateCompletion" : "util:SetVariable2",
    version: 1,
    parameters: {},
    mapper: {},
    metadata: { designer: { name: index === 0 ? SPOOF : `Step ${index}` } },
  }));
  return JSON.stringify({ name: `Report ${SPOOF} 2026`, flow, metadata: { zone: "eu1.make.com" } });
}

test.beforeEach(async ({ page }) => {
  await page.goto("/en/diagnose");
  await expect(page.getByRole("heading", { level: 1, name: "Diagnose a scenario" })).toBeVisible();
  await pasteText(page, hostileBlueprint());
  await expect(page.getByTestId("diagnose-result")).toBeVisible();
});

test("every module is drawn at a real place and each one opens its detail", async ({
  watched: page,
}) => {
  const nodes = page.locator(".react-flow__node");
  await expect(nodes).toHaveCount(IDS.length);
  for (const style of await nodes.evaluateAll((all) => all.map((node) => node.style.transform))) {
    expect(style).not.toContain("NaN");
  }
  const affected = await page.locator("[data-affected-count]").getAttribute("data-affected-count");
  expect(Number(affected)).toBe(IDS.filter((_, index) => index % 2).length);
  await expect(nodes.filter({ has: page.locator("[data-severity]") })).toHaveCount(3);

  for (const id of IDS) {
    await nodes.and(page.locator(`[data-id="${id.replace(/"/g, '\\"')}"]`)).click();
    await expect(page.getByTestId("module-detail")).toBeVisible();
    expect(new URL(page.url()).searchParams.get("module")).toBe(id);
    await page.getByTestId("module-detail").getByRole("button", { name: "Close" }).click();
    await expect(page.getByTestId("module-detail")).toHaveCount(0);
  }
});

test("bidirectional controls are shown as codes and reorder nothing", async ({ watched: page }) => {
  const texts = await page
    .getByTestId("diagnose-result")
    .evaluate((root) => root.textContent ?? "");
  expect(texts).not.toMatch(/[\u202a-\u202e\u2066-\u2069]/);
  await expect(page.getByTestId("scenario-name")).toContainText("Safe⟨U+202E⟩gpj.exe");
  await expect(page.locator(".react-flow__node").first()).toContainText("Safe⟨U+202E⟩gpj.exe");
});
