// Every step the wizard and the exports can show, for every catalog entry, in every language:
// no English fallback ("no date given", "unknown") and no untranslated plan words in a sentence.
import { describe, expect, it } from "vitest";
import type { Finding, Plan, PlanStep } from "../../core/analysis/report";
import { CATALOG } from "../../core/catalog/index";
import { describePlan, type StepDescription } from "../../core/handover/describe";
import { REPORT, SCENARIO } from "../../core/handover/test-plan";
import { HANDOVER_WORDS_EN, type HandoverWords } from "../../core/handover/words";
import { wordsIn } from "../../core/locale/words";
import { LOCALES, type Locale } from "../../core/locale/locales";
import { typesetAll } from "../../core/locale/typeset";
import type { Platform } from "../../core/blueprint/model";

const bundles = import.meta.glob<{ default: Record<string, string> }>("./messages/*.ts", {
  eager: true,
});

function wordsOf(locale: Locale): HandoverWords {
  const messages = typesetAll(locale, bundles[`./messages/${locale}.ts`]!.default);
  return wordsIn(HANDOVER_WORDS_EN, (key) => messages[key]!);
}

const TEMPLATE = REPORT.findings[0]!;

/** One step per catalog entry, of the entry's own kind and method, on one module. */
const steps: PlanStep[] = CATALOG.entries.map((entry) => ({
  id: entry.id,
  kind: entry.level,
  entryIds: [entry.id],
  findingIds: [entry.id],
  moduleKeys: ["4"],
  method: entry.upgrade.method,
  preservesConfiguration: entry.upgrade.preservesConfiguration,
  fieldsToRecheck: [],
  doneWhen: [{ kind: "manual" }],
}));
const edges = (kind: "prepare" | "verify"): PlanStep => ({
  ...steps[0]!,
  id: kind,
  kind,
  entryIds: [],
  findingIds: [],
  moduleKeys: [],
  method: kind === "prepare" ? "backup" : "verify",
});
const PLAN: Plan = { steps: [edges("prepare"), ...steps, edges("verify")] };
const findings: Finding[] = CATALOG.entries.map((entry) => ({
  ...TEMPLATE,
  id: entry.id,
  entryId: entry.id,
  ref: entry.ref,
  level: entry.level,
  category: entry.category,
}));

/** What a step says in the app's own words (the catalog's summaries and the links aside). */
const appText = (step: StepDescription) =>
  [
    step.title,
    ...step.what,
    ...step.urgency,
    ...step.evidence,
    step.platformNote ?? "",
    ...step.dates,
    ...step.how,
    step.config ?? "",
  ].join("\n");

/** Words an English fallback leaves in a sentence. */
const FALLBACK = /\b(no date|not given|unknown|none|n\/a|undefined|null|NaN)\b|\[object/i;

/** The English plan words (runs of two words or more between placeholders). */
const englishRuns = Object.values(HANDOVER_WORDS_EN)
  .flatMap((template) => template.split(/\{\w+\}/))
  .map((run) => run.trim())
  .filter((run) => /\p{L}+\s+\p{L}+/u.test(run));

describe.each(LOCALES.filter((locale) => locale !== "en"))("the plan in %s", (locale) => {
  const words = wordsOf(locale);
  const own = Object.values(words).join("\n");
  it.each<Platform>(["fusion", "make", "unknown"])("on %s: no English fallback", (platform) => {
    const described = describePlan(PLAN, SCENARIO, CATALOG, words, {
      locale,
      redact: true,
      report: { platform, findings },
    });
    expect(described).toHaveLength(PLAN.steps.length);
    const text = described.map(appText).join("\n");
    expect(text.match(FALLBACK)?.[0] ?? null).toBeNull();
    const untranslated = englishRuns.filter((run) => text.includes(run) && !own.includes(run));
    expect(untranslated).toEqual([]);
  });
});
