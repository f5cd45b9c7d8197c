import type { Page } from "@playwright/test";
import { downloadExport, expect, test, pasteText } from "./fixtures";

/**
 * 60 script-injection payloads, each one a way text has been made to run in a page. They go into
 * every place a blueprint carries user text: the scenario name, module labels, filter names,
 * connection labels and canvas notes. Each one calls window.__pwned() if it ever runs.
 */
const VECTORS = [
  `<script>__pwned()</script>`,
  `<img src=x onerror=__pwned()>`,
  `<svg onload=__pwned()>`,
  `<svg><script>__pwned()</script></svg>`,
  `<iframe src="javascript:__pwned()"></iframe>`,
  `<iframe srcdoc="<script>parent.__pwned()</script>"></iframe>`,
  `<body onload=__pwned()>`,
  `<input autofocus onfocus=__pwned()>`,
  `<details open ontoggle=__pwned()>`,
  `<video><source onerror=__pwned()></video>`,
  `<audio src=x onerror=__pwned()>`,
  `<a href="javascript:__pwned()">x</a>`,
  `<math><mtext><table><mglyph><style><img src=x onerror=__pwned()>`,
  `<object data="javascript:__pwned()"></object>`,
  `<embed src="javascript:__pwned()">`,
  `<form action="javascript:__pwned()"><button>x</button></form>`,
  `<marquee onstart=__pwned()>`,
  `<div style="background:url(javascript:__pwned())">`,
  `"><script>__pwned()</script>`,
  `'><img src=x onerror=__pwned()>`,
  `</textarea><script>__pwned()</script>`,
  `</title><script>__pwned()</script>`,
  `<scr<script>ipt>__pwned()</scr</script>ipt>`,
  `javascript:__pwned()`,
  `{{constructor.constructor('__pwned()')()}}`,
  `<img src="x" onerror="&#95;&#95;pwned()">`,
  `<svg><animate onbegin=__pwned() attributeName=x dur=1s>`,
  `<base href="javascript:__pwned()//">`,
  `<link rel=import href="data:text/html,<script>__pwned()</script>">`,
  `<meta http-equiv="refresh" content="0;url=javascript:__pwned()">`,
];
const PAYLOADS = [...VECTORS, ...VECTORS.map((vector) => `Label ${vector} end`)];

function hostileBlueprint(): string {
  const take = (i: number) => PAYLOADS[i % PAYLOADS.length] ?? "";
  const flow = PAYLOADS.map((payload, i) => ({
    id: i + 1,
    module:
      i % 3 === 0
        ? "slack:CreateMessage"
        : i % 3 === 1
          ? "google-email:ActionSendEmail"
          : "util:SetVariable2",
    version: 1,
    parameters: { __IMTCONN__: 1000 + i },
    mapper: { text: payload },
    filter: { name: take(i + 1), conditions: [] },
    metadata: {
      designer: { x: i * 300, y: 0, name: payload },
      parameters: [{ name: "__IMTCONN__", type: "account:google-restricted" }],
      restore: {
        parameters: {
          __IMTCONN__: { label: take(i + 2), data: { connection: "google-restricted" } },
        },
      },
    },
  }));
  return JSON.stringify({
    name: take(0),
    flow,
    metadata: {
      version: 1,
      zone: "app.workfrontfusion.com",
      notes: PAYLOADS.map((content, i) => ({ moduleIds: [i + 1], content })),
    },
  });
}

/** Nothing ran, no markup from the blueprint became an element. */
async function expectInert(page: Page) {
  expect(
    await page.evaluate(() => (window as unknown as { __pwnedCount: number }).__pwnedCount),
  ).toBe(0);
  const injected = await page.evaluate(
    () =>
      document.querySelectorAll(
        'img[src="x"], svg[onload], iframe, object, embed, marquee, details[ontoggle], input[onfocus], base, meta[http-equiv="refresh"], a[href^="javascript"]',
      ).length,
  );
  expect(injected).toBe(0);
}

test("60 injection payloads in every text field stay text through Diagnose, the wizard and every export", async ({
  watched: page,
}) => {
  expect(PAYLOADS.length).toBeGreaterThanOrEqual(50);
  const dialogs: string[] = [];
  page.on("dialog", (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  await page.addInitScript(() => {
    const state = window as unknown as { __pwnedCount: number; __pwned: () => void };
    state.__pwnedCount = 0;
    state.__pwned = () => {
      state.__pwnedCount++;
    };
  });

  await page.goto("/en/diagnose");
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await pasteText(page, hostileBlueprint());
  await expect(page.getByTestId("diagnose-result")).toBeVisible();
  // The scenario name is shown, as the text it is.
  await expect(page.getByText(PAYLOADS[0] ?? "", { exact: true }).first()).toBeVisible();
  await expectInert(page);

  await page.goto("/en/upgrade");
  await expect(page.getByRole("main").locator("ol > li[id^=step-]").first()).toBeVisible();
  await expectInert(page);

  for (const button of ["Download Markdown", "Download CSV"]) {
    const { text } = await downloadExport(page, button);
    expect(text.length).toBeGreaterThan(0);
    // Markdown escapes markup; CSV quotes it. Neither carries a raw tag a viewer could render.
    if (button.includes("Markdown")) {
      expect(text).toContain("\\<script\\>"); // shown as text: the bracket is escaped
      expect(text).not.toMatch(/(?<!\\)<(script|img|svg|iframe)\b/i);
    }
    expect(text).not.toContain("1000"); // connection ids are redacted by default
  }
  await expectInert(page);
  expect(dialogs).toEqual([]);
});
