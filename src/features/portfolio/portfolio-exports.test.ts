// The portfolio's exports in each language: localized title, column names and file names, the
// same columns in the same order everywhere (docs/decisions/0017-export-columns.md).
import { beforeAll, describe, expect, it } from "vitest";
import { CATALOG, loadCatalogTexts } from "../../core/catalog/index";
import { diagnoseBlueprint } from "../../core/diagnosis/diagnose";
import { SHARED_COLUMNS } from "../../core/handover/columns";
import { LOCALES, type Locale } from "../../core/locale/locales";
import { wordsIn } from "../../core/locale/words";
import {
  portfolioFileName,
  portfolioToCsv,
  portfolioToMarkdown,
} from "../../core/portfolio/export";
import { summarize } from "../../core/portfolio/summary";
import { PORTFOLIO_WORDS_EN } from "../../core/portfolio/words";
import type { Translation } from "../../i18n/bundle";
import { fixtureText } from "../../../test/fixtures";
import type { PortfolioMessages } from "./messages/en";

const FILE = "001-cricket-responder-bot-77mods.json";
const entry = {
  id: FILE,
  fileName: FILE,
  hash: null,
  summary: summarize(
    diagnoseBlueprint(fixtureText(FILE), CATALOG, { today: "2026-11-30" }),
    CATALOG,
  ),
};

const EXPECTED: Record<Locale, { title: string; file: string; header: string }> = {
  en: {
    title: "# Scenario portfolio",
    file: "scenario-portfolio",
    header: "Scenario,File,Severity,Deadline,Change,Module,Module name,Confidence",
  },
  fr: {
    title: "# Portefeuille de scénarios",
    file: "portefeuille-de-scenarios",
    header: "Scénario,Fichier,Gravité,Échéance,Changement,Module,Nom du module,Certitude",
  },
  it: {
    title: "# Portafoglio di scenari",
    file: "portafoglio-di-scenari",
    header: "Scenario,File,Gravità,Scadenza,Modifica,Modulo,Nome del modulo,Certezza",
  },
  nl: {
    title: "# Scenarioportfolio",
    file: "scenarioportfolio",
    header: "Scenario,Bestand,Ernst,Deadline,Wijziging,Module,Modulenaam,Zekerheid",
  },
  sv: {
    title: "# Scenarioportfölj",
    file: "scenarioportfolj",
    header: "Scenario,Fil,Allvarlighet,Tidsgräns,Ändring,Modul,Modulnamn,Visshet",
  },
};

// The change column names the app in the reader's language: the page loads those words first.
beforeAll(() => Promise.all(LOCALES.map((locale) => loadCatalogTexts(locale))));

describe("the portfolio's exports in every language", () => {
  it.each(LOCALES)("%s: title, column names and file names", async (locale) => {
    const messages = (await import(`./messages/${locale}.ts`)) as {
      default: Translation<PortfolioMessages>;
    };
    const words = wordsIn(PORTFOLIO_WORDS_EN, (key) => messages.default[key]);
    const options = { today: "2026-11-30", locale, redact: true };
    const csv = portfolioToCsv([entry], words, options).split("\r\n");
    const markdown = portfolioToMarkdown([entry], words, options).split("\n");
    const { title, file, header } = EXPECTED[locale];
    expect(csv[0]).toBe(header);
    expect(header.split(",")).toHaveLength(SHARED_COLUMNS.length);
    expect(markdown[0]).toBe(title);
    expect(markdown).toContain(`| ${header.split(",").join(" | ")} |`);
    expect([portfolioFileName(words, "csv"), portfolioFileName(words, "md")]).toEqual([
      `${file}.csv`,
      `${file}.md`,
    ]);
    // Module numbers and dates read the same in every language, so files merge and sort.
    expect(csv.some((line) => /,#18,/.test(line))).toBe(true);
  });
});
