// Two tabs on one scenario, a different step clicked in each at the same instant: both clicks
// are kept, in both tabs and in storage, round after round.
import { readFileSync } from "node:fs";
import type { Page } from "@playwright/test";
import { expect, test, pasteText } from "./fixtures";

const BEFORE = readFileSync("e2e/data/upgrade-before.json", "utf8");
const ROUNDS = 8;

const stepBox = (page: Page, number: number) =>
  page.getByRole("checkbox", { name: new RegExp(`^Step ${number} `) });

/** The steps marked done in storage, as any later tab would read them. */
function storedDone(page: Page) {
  return page.evaluate(() => {
    const key = Object.keys(localStorage).find((k) => k.includes("progress:"));
    if (!key) return [];
    const progress = JSON.parse(localStorage.getItem(key) ?? "{}") as {
      stepIds: string[];
      marks: Record<string, { done: boolean }>;
    };
    return progress.stepIds.flatMap((id, index) => (progress.marks[id]?.done ? [index + 1] : []));
  });
}

test("a step clicked in each of two tabs at once: neither click is lost", async ({
  watched: first,
}) => {
  await first.goto("/en/diagnose");
  await expect(first.getByRole("heading", { level: 1 })).toBeVisible();
  await pasteText(first, BEFORE);
  await expect(first.getByTestId("diagnose-result")).toBeVisible();
  await first.goto("/en/upgrade");
  const second = await first.context().newPage();
  await second.goto("/en/upgrade");
  const tabs = [first, second];
  for (const tab of tabs) await expect(stepBox(tab, 4)).toBeVisible();

  const done = new Set<number>();
  for (let round = 0; round < ROUNDS; round++) {
    // Steps 1 and 2, then 3 and 4, on, then off again.
    const pair = round % 2 === 0 ? [1, 2] : [3, 4];
    // Both clicks at one shared instant, each in its own tab's event loop.
    const at = Date.now() + 300;
    await Promise.all(
      tabs.map((tab, index) =>
        stepBox(tab, pair[index]!).evaluate(
          (box, at) =>
            new Promise<void>((resolve) =>
              setTimeout(() => {
                (box as HTMLInputElement).click();
                resolve();
              }, at - Date.now()),
            ),
          at,
        ),
      ),
    );
    for (const step of pair) {
      if (done.has(step)) done.delete(step);
      else done.add(step);
    }
    const expected = [...done].sort();
    for (const [index, tab] of tabs.entries()) {
      for (const step of [1, 2, 3, 4]) {
        const box = expect(stepBox(tab, step), `round ${round}, tab ${index + 1}, step ${step}`);
        if (done.has(step)) await box.toBeChecked();
        else await box.not.toBeChecked();
      }
    }
    await expect.poll(() => storedDone(first), { message: `round ${round}` }).toEqual(expected);
  }
  await second.close();
});
