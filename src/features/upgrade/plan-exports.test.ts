// Each plan's exports in each language: localized title, headings, column names and file names,
// the same machine columns in the same order everywhere (docs/decisions/0017-export-columns.md).
import { describe, expect, it } from "vitest";
import { CATALOG } from "../../core/catalog/index";
import { diagnoseBlueprint } from "../../core/diagnosis/diagnose";
import { columnWords, PLAN_SHARED_COLUMNS } from "../../core/handover/columns";
import { PLAN_CSV_COLUMNS, planToCsv } from "../../core/handover/csv";
import { describePlan } from "../../core/handover/describe";
import { planFileName, type HandoverMeta } from "../../core/handover/header";
import { planToMarkdown } from "../../core/handover/markdown";
import { HANDOVER_WORDS_EN } from "../../core/handover/words";
import { LOCALES, type Locale } from "../../core/locale/locales";
import { wordsIn } from "../../core/locale/words";
import type { Translation } from "../../i18n/bundle";
import { fixtureText } from "../../../test/fixtures";
import type { UpgradeMessages } from "./messages/en";

function diagnosed() {
  const result = diagnoseBlueprint(fixtureText("001-cricket-responder-bot-77mods.json"), CATALOG, {
    today: "2026-11-30",
  });
  if (!result.ok) throw new Error("001 must read");
  return result;
}
const outcome = diagnosed();

async function exportsIn(locale: Locale) {
  const messages = (await import(`./messages/${locale}.ts`)) as {
    default: Translation<UpgradeMessages>;
  };
  const words = wordsIn(HANDOVER_WORDS_EN, (key) => messages.default[key]);
  const steps = describePlan(outcome.plan, outcome.scenario, CATALOG, words, {
    locale,
    redact: true,
    report: outcome.report,
  });
  const meta: HandoverMeta = {
    scenarioName: "Cricket Bot",
    done: [],
    today: "2026-11-30",
    locale,
    redact: true,
  };
  const csv = planToCsv(steps, meta, words);
  return {
    header: csv.split("\r\n")[0]!.split(","),
    markdown: planToMarkdown(steps, meta, words),
    names: [planFileName(meta, words, "md"), planFileName(meta, words, "csv")],
  };
}

const TITLES: Record<Locale, [heading: string, file: string]> = {
  en: ["# Upgrade plan: Cricket Bot", "upgrade-plan-cricket-bot"],
  fr: ["# Plan de mise à niveau : Cricket Bot", "plan-de-mise-a-niveau-cricket-bot"],
  it: ["# Piano di aggiornamento: Cricket Bot", "piano-di-aggiornamento-cricket-bot"],
  nl: ["# Upgradeplan: Cricket Bot", "upgradeplan-cricket-bot"],
  sv: ["# Uppgraderingsplan: Cricket Bot", "uppgraderingsplan-cricket-bot"],
};

/** Column names a language shares with English (loanwords), allowed to read the same. */
const SAME_AS_ENGLISH = new Set([
  "Scenario",
  "Module",
  "Status",
  "Configuration",
  "Sources",
  "Dates",
  "Deadline",
]);

describe("a plan's exports in every language", () => {
  const english = exportsIn("en");

  it.each(LOCALES)("%s: title, file names, and every column named once", async (locale) => {
    const { header, markdown, names } = await exportsIn(locale);
    const [heading, file] = TITLES[locale];
    expect(markdown.split("\n")[0]).toBe(heading);
    expect(names).toEqual([`${file}.md`, `${file}.csv`]);
    // One heading per machine column, in the documented order, none twice.
    expect(header).toHaveLength(PLAN_CSV_COLUMNS.length);
    expect(new Set(header).size).toBe(header.length);
    const column = columnWords(locale).column;
    expect(header.slice(0, PLAN_SHARED_COLUMNS.length)).toEqual(
      PLAN_SHARED_COLUMNS.map((key) => column[key]),
    );
    expect(markdown).toContain(
      `| ${PLAN_SHARED_COLUMNS.map((key) => column[key]).join(" | ")} | ${header[PLAN_CSV_COLUMNS.indexOf("step")]} |`,
    );
    if (locale === "en") return;
    const englishHeader = (await english).header;
    const untranslated = header.filter(
      (cell, at) => cell === englishHeader[at] && !SAME_AS_ENGLISH.has(cell),
    );
    expect(untranslated).toEqual([]);
    expect(markdown).not.toMatch(/\| (likely|confirmed|warning|critical|expired) \|/);
  });
});
