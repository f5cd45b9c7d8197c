// Every finding card kind, for every catalog entry, in every language but English: no sentence of
// the English catalog on the card, and the English original one click away.
import { beforeAll, describe, expect, it } from "vitest";
import { englishLeaks } from "../../core/catalog/english-leaks";
import { CATALOG, catalogIn, entryById, loadCatalogTexts } from "../../core/catalog/index";
import { buildExamples, EXAMPLE_WORDS_EN, type ExampleWords } from "../../core/examples/examples";
import {
  EVERY_ENTRY_FINDINGS,
  EVERY_ENTRY_SCENARIO,
  TODAY,
} from "../../core/handover/test-every-entry";
import { interpolate } from "../../core/locale/interpolate";
import { LOCALES, type Locale } from "../../core/locale/locales";
import { appMessages } from "../../i18n/app";
import type { TranslateFn } from "../../i18n/useT";
import { renderText } from "../../ui/test-render-text";
import { FindingCard } from "./FindingCard";
import { diagnoseMessages } from "./messages/index";
import type { DiagnoseMessages } from "./messages/en";

const OTHER_LOCALES = LOCALES.filter((locale): locale is Exclude<Locale, "en"> => locale !== "en");
const KINDS = ["to check", "confirmed", "dismissed", "cleared"] as const;
const modules = new Map(EVERY_ENTRY_SCENARIO.modules.map((module) => [module.key, module]));
const noop = () => undefined;

const translators = new Map<Locale, TranslateFn<DiagnoseMessages>>();
beforeAll(async () => {
  for (const locale of LOCALES) {
    // Loaded first, so the components' use() finds them settled and renders at once.
    await appMessages.load(locale);
    await loadCatalogTexts(locale);
    const messages = await diagnoseMessages.load(locale);
    translators.set(locale, (key, values) => interpolate(messages[key], values));
  }
});

function card(locale: Locale, index: number, kind: (typeof KINDS)[number]) {
  const finding = EVERY_ENTRY_FINDINGS[index]!;
  return renderText(
    <FindingCard
      t={translators.get(locale)!}
      locale={locale}
      today={TODAY}
      platform="fusion"
      finding={{
        ...finding,
        userConfirmed: kind === "confirmed",
        dismissal: kind === "dismissed" ? "scenario" : null,
      }}
      modules={modules}
      selectedKey={null}
      dismissed={kind === "dismissed"}
      cleared={kind === "cleared"}
      onSelectModule={noop}
      onConfirm={noop}
      onDismiss={noop}
      onRestore={noop}
    />,
  );
}

describe.each(OTHER_LOCALES)("finding cards in %s", (locale) => {
  it.each(KINDS)("%s: no English catalog sentence on any entry's card", (kind) => {
    for (const [index, finding] of EVERY_ENTRY_FINDINGS.entries()) {
      const { text, originals } = card(locale, index, kind);
      expect({ ref: finding.ref, leaks: englishLeaks(text) }).toEqual({
        ref: finding.ref,
        leaks: [],
      });
      expect(text).toContain(entryById(finding.entryId, locale)!.summary.slice(0, 40));
      expect(originals).toEqual([entryById(finding.entryId)!.summary]);
    }
  });
});

describe.each(OTHER_LOCALES)("the examples in %s", (locale) => {
  it("name their app and say their words without an English catalog phrase", () => {
    const t = translators.get(locale)!;
    const words = Object.fromEntries(
      Object.keys(EXAMPLE_WORDS_EN).map((key) => [key, t(key as keyof ExampleWords)]),
    ) as ExampleWords;
    const examples = buildExamples(CATALOG, catalogIn(locale), words);
    const english = buildExamples(CATALOG);
    expect(examples.map((example) => example.kind)).toEqual(english.map((example) => example.kind));
    for (const example of examples) {
      expect(englishLeaks(`${example.appName ?? ""}\n${example.text}`)).toEqual([]);
    }
    expect(englishLeaks(english.map((example) => example.text).join("\n"))).not.toEqual([]);
  });
});

describe("finding cards in English", () => {
  it("show the catalog's English summary with no translation note", () => {
    const { text, originals } = card("en", 0, "to check");
    expect(text).toContain(entryById(EVERY_ENTRY_FINDINGS[0]!.entryId)!.summary);
    expect(originals).toEqual([]);
  });
});
