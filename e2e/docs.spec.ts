import { axeViolations, expect, LOCALES, test } from "./fixtures";

/** What each language's page must show: its H1 and both section headings (entities decoded). */
const ARTICLE = {
  en: {
    h1: "Overview of APIs in Fusion",
    sections: ["Considerations", "Breaking changes"],
    link: "Breaking changes",
  },
  fr: {
    h1: "Vue d’ensemble des API dans Fusion",
    sections: ["Considérations", "Modifications avec rupture"],
    link: "Modifications avec rupture",
  },
  it: {
    h1: "Panoramica delle API in Fusion",
    sections: ["Considerazioni", "Interruzione delle modifiche"],
    link: "Modifiche che causano interruzioni",
  },
  nl: {
    h1: "Overzicht van API's in Fusion",
    sections: ["Overwegingen", "Wijzigingen verbreken"],
    link: "het breken veranderingen",
  },
  sv: {
    h1: "Översikt över API:er i Fusion",
    sections: ["Överväganden", "Bryta ändringar"],
    link: "Bryta ändringar",
  },
} as const;

for (const locale of LOCALES) {
  const expected = ARTICLE[locale];

  test(`${locale}: the article shows its title and both sections`, async ({ watched: page }) => {
    await page.goto(`/${locale}/docs/api-overview`);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(expected.h1);
    await expect(page.locator("h2#considerations")).toHaveText(expected.sections[0]);
    await expect(page.locator("h2#breaking-changes")).toHaveText(expected.sections[1]);
    await expect(page.locator("html")).toHaveAttribute("lang", locale);
    await expect(page).toHaveTitle(new RegExp(`· API Change Desk$`));
    const body = await page.locator("article").innerText();
    expect(body).not.toMatch(/&#|&quot;|<!--|\u200b/);
  });

  test(`${locale}: the in-page link moves to the breaking-changes section`, async ({
    watched: page,
  }) => {
    await page.goto(`/${locale}/docs/api-overview`);
    await page.locator("article").getByRole("link", { name: expected.link, exact: true }).click();
    await expect(page).toHaveURL(new RegExp(`/${locale}/docs/api-overview#breaking-changes$`));
    await expect(page.locator("h2#breaking-changes")).toBeInViewport();
  });
}

test("the article is in the served HTML before any script runs", async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  for (const locale of LOCALES) {
    await page.goto(`/${locale}/docs/api-overview`);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(ARTICLE[locale].h1);
    await expect(page.locator("h2#breaking-changes")).toHaveText(ARTICLE[locale].sections[1]);
    await expect(page.locator("html")).toHaveAttribute("lang", locale);
  }
  await context.close();
});

test("switching language keeps the section and the hash", async ({ watched: page }) => {
  await page.goto("/en/docs/api-overview#breaking-changes");
  await page.getByRole("link", { name: "Français" }).click();
  await expect(page).toHaveURL(/\/fr\/docs\/api-overview#breaking-changes$/);
  await expect(page.locator("h2#breaking-changes")).toHaveText("Modifications avec rupture");
  await expect(page.locator("h2#breaking-changes")).toBeInViewport();
  await page.getByRole("link", { name: "Svenska" }).click();
  await expect(page).toHaveURL(/\/sv\/docs\/api-overview#breaking-changes$/);
  await expect(page.locator("h2#breaking-changes")).toBeInViewport();
});

test("the table of contents marks the section being read", async ({ watched: page }) => {
  await page.goto("/en/docs/api-overview#breaking-changes");
  const toc = page.getByRole("navigation", { name: "On this page" });
  await expect(toc.getByRole("link", { name: "Breaking changes" })).toHaveAttribute(
    "aria-current",
    "location",
  );
});

test("links to other Fusion pages lead to Experience League in the reader's language", async ({
  watched: page,
}) => {
  await page.goto("/it/docs/api-overview");
  const universal = page.locator("article").getByRole("link", { name: /Connettori universali/ });
  await expect(universal).toHaveAttribute(
    "href",
    "https://experienceleague.adobe.com/it/docs/workfront-fusion/using/references/apps-and-their-modules/apps-and-modules-toc#universal-connectors",
  );
  await expect(universal).toHaveAttribute("target", "_blank");
});

test("machine-translated pages say so and link to the same section in English", async ({
  watched: page,
}) => {
  await page.goto("/nl/docs/api-overview#breaking-changes");
  const notice = page.getByRole("complementary", { name: "Deze pagina is automatisch vertaald." });
  await expect(notice).toBeVisible();
  await expect(notice.getByRole("link")).toHaveAttribute(
    "href",
    "/en/docs/api-overview#breaking-changes",
  );
  await page.goto("/fr/docs/api-overview");
  await expect(page.getByText("Cette page a été traduite automatiquement.")).toHaveCount(0);
});

test("the theme choice survives a reload", async ({ watched: page }) => {
  await page.goto("/en/docs/api-overview");
  // The switch is disabled until the page's script runs (it could do nothing without it).
  await expect(page.getByRole("radio", { name: "Dark" })).toBeEnabled();
  await page.getByText("Dark", { exact: true }).click();
  await expect(page.locator("html")).toHaveClass(/dark/);
  await page.reload();
  await expect(page.locator("html")).toHaveClass(/dark/);
  await expect(page.getByRole("radio", { name: "Dark" })).toBeChecked();
  await expect(page.getByRole("radio", { name: "Light" })).toBeEnabled();
  await page.getByText("Light", { exact: true }).click();
  await page.reload();
  await expect(page.locator("html")).not.toHaveClass(/dark/);
});

test("/ opens the reader's preferred language", async ({ browser }) => {
  const context = await browser.newContext({ locale: "sv-SE" });
  const page = await context.newPage();
  await page.goto("/");
  await expect(page).toHaveURL(/\/sv\/docs\/api-overview$/);
  await context.close();
});

test("an unknown path gets a helpful 404 in the reader's language", async ({ watched: page }) => {
  await page.goto("/fr/nulle-part");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Page introuvable");
  await page.getByRole("link", { name: "Lire la vue d’ensemble des API" }).click();
  await expect(page).toHaveURL(/\/fr\/docs\/api-overview$/);
});

test("an unknown language gets a 404, not a blank page", async ({ browser }) => {
  const context = await browser.newContext({ locale: "it-IT" });
  const page = await context.newPage();
  await page.goto("/xx/docs/api-overview");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Pagina non trovata");
  await context.close();
});

for (const theme of ["Light", "Dark"] as const) {
  test(`no axe violations on every route (${theme.toLowerCase()})`, async ({ watched: page }) => {
    await page.goto("/en/docs/api-overview");
    await page.getByText(theme, { exact: true }).click();
    for (const path of [
      ...LOCALES.map((locale) => `/${locale}/docs/api-overview`),
      "/en/missing",
    ]) {
      await page.goto(path);
      await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
      expect(await axeViolations(page), path).toEqual([]);
    }
  });
}
