// A blueprint that cannot be read is explained in the reader's language, hint included: no English
// sentence in a French panel, and the JSON to type keeps its straight quotes whatever the language.
import { beforeAll, describe, expect, it } from "vitest";
import { HINT_WORDS_EN } from "../../core/blueprint/hints";
import { HINT_CAUSES } from "../../core/blueprint/test-hint-causes";
import { interpolate } from "../../core/locale/interpolate";
import { LOCALES, type Locale } from "../../core/locale/locales";
import type { TranslateFn } from "../../i18n/useT";
import { renderText } from "../../ui/test-render-text";
import { diagnoseMessages } from "./messages/index";
import type { DiagnoseMessages } from "./messages/en";
import { ReadErrorPanel } from "./ReadErrorPanel";

const translators = new Map<Locale, TranslateFn<DiagnoseMessages>>();
beforeAll(async () => {
  for (const locale of LOCALES) {
    const messages = await diagnoseMessages.load(locale);
    translators.set(locale, (key, values) => interpolate(messages[key], values));
  }
});

function panel(locale: Locale, error: ReturnType<(typeof HINT_CAUSES)[number][1]>) {
  return renderText(
    <ReadErrorPanel
      t={translators.get(locale)!}
      locale={locale}
      error={error}
      inputSize={1000}
      inTextBox
      onRetry={() => undefined}
    />,
  );
}

describe.each(LOCALES)("a read error's hint in %s", (locale) => {
  it.each(HINT_CAUSES)("%s", (code, cause) => {
    const error = cause();
    const { text, html } = panel(locale, error);
    const hint = translators.get(locale)!(`hint.${code}`, error.hintValues);
    expect(text).toContain(hint);
    expect(hint).not.toMatch(/\{\w+\}/);
    // What to type is shown as it must be typed.
    for (const value of Object.values(error.hintValues ?? {})) expect(text).toContain(value);
    if (locale !== "en") {
      expect(text).not.toContain(interpolate(HINT_WORDS_EN[`hint.${code}`], error.hintValues));
      expect(html).not.toContain('lang="en"');
    }
  });
});
