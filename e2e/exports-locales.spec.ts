// The exports speak the reader's language: in Swedish and in French, the Markdown and CSV of a
// plan and of the portfolio are named, titled and headed in that language (issue 16, item 4).
import { readFileSync } from "node:fs";
import portfolioFr from "../src/features/portfolio/messages/fr";
import portfolioSv from "../src/features/portfolio/messages/sv";
import upgradeFr from "../src/features/upgrade/messages/fr";
import upgradeSv from "../src/features/upgrade/messages/sv";
import { downloadExport, expect, pasteText, test } from "./fixtures";

const BEFORE = readFileSync("e2e/data/upgrade-before.json", "utf8");
const FIXTURE = "test/fixtures/blueprints/001-cricket-responder-bot-77mods.json";

const CASES = [
  {
    lang: "sv",
    upgrade: upgradeSv,
    portfolio: portfolioSv,
    plan: {
      file: "uppgraderingsplan-orders-bsyncb-for-e-mail",
      print: "Uppgraderingsplan: Orders <b>sync</b> for <e-mail>",
      title: "# Uppgraderingsplan: Orders \\<b\\>sync\\</b\\> for \\<e-mail\\>",
      csv: "Scenario,Allvarlighet,Tidsgräns,Ändring,Modul,Modulnamn,Visshet,Steg,Status,Rubrik,",
      table:
        "| Scenario | Allvarlighet | Tidsgräns | Ändring | Modul | Modulnamn | Visshet | Steg |",
    },
    list: {
      file: "scenarioportfolj",
      title: "# Scenarioportfölj",
      csv: "Scenario,Fil,Allvarlighet,Tidsgräns,Ändring,Modul,Modulnamn,Visshet",
    },
  },
  {
    lang: "fr",
    upgrade: upgradeFr,
    portfolio: portfolioFr,
    plan: {
      file: "plan-de-mise-a-niveau-orders-bsyncb-for-e-mail",
      print: "Plan de mise à niveau : Orders <b>sync</b> for <e-mail>",
      title: "# Plan de mise à niveau\u00a0: Orders \\<b\\>sync\\</b\\> for \\<e-mail\\>",
      csv: "Scénario,Gravité,Échéance,Changement,Module,Nom du module,Certitude,Étape,État,Titre,",
      table:
        "| Scénario | Gravité | Échéance | Changement | Module | Nom du module | Certitude | Étape |",
    },
    list: {
      file: "portefeuille-de-scenarios",
      title: "# Portefeuille de scénarios",
      csv: "Scénario,Fichier,Gravité,Échéance,Changement,Module,Nom du module,Certitude",
    },
  },
] as const;

for (const { lang, upgrade, portfolio, plan, list } of CASES) {
  test(`${lang}: a plan's Markdown, CSV and print view are named and headed in ${lang}`, async ({
    watched: page,
  }) => {
    await page.goto(`/${lang}/diagnose`);
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    await pasteText(page, BEFORE);
    await expect(page.getByTestId("start-upgrade")).toBeVisible();
    await page.goto(`/${lang}/upgrade`);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(upgrade["page.title"]);

    const markdown = await downloadExport(page, upgrade["export.markdown"]);
    expect(markdown.name).toBe(`${plan.file}.md`);
    expect(markdown.lines[0]).toBe(plan.title);
    expect(markdown.lines).toContain(plan.table);

    const csv = await downloadExport(page, upgrade["export.csv"]);
    expect(csv.name).toBe(`${plan.file}.csv`);
    expect(csv.lines[0]?.startsWith(plan.csv)).toBe(true);

    // The print view heads the plan the same way, in the same language.
    const printHeader = page.getByTestId("print-header");
    await expect(printHeader).toBeHidden();
    await page.emulateMedia({ media: "print" });
    await expect(printHeader).toBeVisible();
    await expect(printHeader.locator("p").first()).toHaveText(plan.print);
    await expect(printHeader).toContainText(upgrade["plan.doc.redacted"]);
  });

  test(`${lang}: the portfolio's Markdown and CSV are named and headed in ${lang}`, async ({
    watched: page,
  }) => {
    await page.goto(`/${lang}/portfolio`);
    await expect(page.getByTestId("portfolio-page")).toHaveAttribute("data-state", "idle");
    await page.getByTestId("portfolio-files").setInputFiles(FIXTURE);
    await expect(page.getByTestId("portfolio-row")).toHaveCount(1);
    await expect(page.getByTestId("portfolio-page")).toHaveAttribute("data-state", "idle");

    const csv = await downloadExport(page, portfolio["export.csv"]);
    expect(csv.name).toBe(`${list.file}.csv`);
    expect(csv.lines[0]).toBe(list.csv);
    expect(csv.lines.some((line) => line.includes(",#18,"))).toBe(true);

    const markdown = await downloadExport(page, portfolio["export.markdown"]);
    expect(markdown.name).toBe(`${list.file}.md`);
    expect(markdown.lines[0]).toBe(list.title);
    expect(markdown.lines).toContain(`| ${list.csv.split(",").join(" | ")} |`);
  });
}
