// Every wizard step kind, for every catalog entry, in every language but English: no sentence of
// the English catalog in the step or in its Markdown and CSV hand-over.
import { MemoryRouter } from "react-router";
import { beforeAll, describe, expect, it } from "vitest";
import { englishLeaks } from "../../core/catalog/english-leaks";
import { catalogIn, entryById, loadCatalogTexts } from "../../core/catalog/index";
import { describePlan, planToCsv, planToMarkdown } from "../../core/handover/index";
import type { StepDescription } from "../../core/handover/describe";
import {
  EVERY_ENTRY_FINDINGS,
  EVERY_ENTRY_PLAN,
  EVERY_ENTRY_SCENARIO,
  TODAY,
} from "../../core/handover/test-every-entry";
import { HANDOVER_WORDS_EN, type HandoverWords } from "../../core/handover/words";
import { wordsIn } from "../../core/locale/words";
import { interpolate } from "../../core/locale/interpolate";
import { LOCALES, type Locale } from "../../core/locale/locales";
import { pictureLayout } from "../../core/layout/picture";
import { thumbnailGeometry } from "../../core/layout/thumbnail";
import { appMessages } from "../../i18n/app";
import { LocaleContext } from "../../i18n/locale-context";
import type { TranslateFn } from "../../i18n/useT";
import { renderText } from "../../ui/test-render-text";
import { upgradeMessages } from "./messages/index";
import type { UpgradeMessages } from "./messages/en";
import { StepCard } from "./StepCard";

const OTHER_LOCALES = LOCALES.filter((locale): locale is Exclude<Locale, "en"> => locale !== "en");
const geometry = Promise.resolve(
  thumbnailGeometry(pictureLayout(EVERY_ENTRY_SCENARIO.modules, new Map())),
);
const noop = () => undefined;

const language = new Map<
  Locale,
  { t: TranslateFn<UpgradeMessages>; words: HandoverWords; steps: StepDescription[] }
>();
beforeAll(async () => {
  for (const locale of LOCALES) {
    await appMessages.load(locale);
    await loadCatalogTexts(locale);
    const messages = await upgradeMessages.load(locale);
    const t: TranslateFn<UpgradeMessages> = (key, values) => interpolate(messages[key], values);
    const words = wordsIn(HANDOVER_WORDS_EN, t);
    const steps = describePlan(EVERY_ENTRY_PLAN, EVERY_ENTRY_SCENARIO, catalogIn(locale), words, {
      locale,
      redact: true,
      report: { findings: EVERY_ENTRY_FINDINGS, platform: "fusion" },
    });
    language.set(locale, { t, words, steps });
  }
});

function stepCard(locale: Locale, step: StepDescription, done: boolean) {
  return renderText(
    <MemoryRouter>
      <LocaleContext value={locale}>
        <ol>
          <StepCard
            step={step}
            total={EVERY_ENTRY_PLAN.steps.length}
            done={done}
            verified={false}
            current={!done}
            moduleIndexes={new Int32Array(0)}
            moduleLines={(count) => step.modules.slice(0, count)}
            geometry={geometry}
            locale={locale}
            t={language.get(locale)!.t}
            onDone={noop}
            onNext={noop}
          />
        </ol>
      </LocaleContext>
    </MemoryRouter>,
  );
}

describe.each(OTHER_LOCALES)("the wizard in %s", (locale) => {
  it("has a step of every kind and method, one for each entry", () => {
    const { steps } = language.get(locale)!;
    expect(new Set(steps.map((step) => step.kind))).toEqual(
      new Set(["prepare", "connection", "module", "connector", "verify"]),
    );
    expect(steps).toHaveLength(EVERY_ENTRY_FINDINGS.length + 2);
  });

  it("says no English catalog sentence in any step, open or done", () => {
    for (const step of language.get(locale)!.steps) {
      for (const done of [false, true]) {
        const { text, originals } = stepCard(locale, step, done);
        expect({ step: step.id, leaks: englishLeaks(text) }).toEqual({ step: step.id, leaks: [] });
        expect(originals).toEqual(step.entryIds.map((id) => entryById(id)!.summary));
      }
    }
  });

  it("hands over Markdown and CSV without an English catalog sentence", () => {
    const { steps, words } = language.get(locale)!;
    const meta = { scenarioName: "Every entry", done: [], today: TODAY, locale, redact: true };
    const markdown = planToMarkdown(steps, meta, words).replace(/\\(.)/g, "$1");
    expect(englishLeaks(markdown)).toEqual([]);
    expect(englishLeaks(planToCsv(steps, meta, words))).toEqual([]);
    // The translation is there instead (its start: Markdown may escape later characters).
    const summary = entryById("adobe-authenticator-jwt-connection", locale)!.summary;
    expect(markdown).toContain(summary.slice(0, 40));
  });
});

describe("the wizard in English", () => {
  it("hands over the English catalog", () => {
    const { steps, words } = language.get("en")!;
    const meta = {
      scenarioName: "Every entry",
      done: [],
      today: TODAY,
      locale: "en",
      redact: true,
    } as const;
    expect(englishLeaks(planToCsv(steps, meta, words)).length).toBeGreaterThan(100);
  });
});
