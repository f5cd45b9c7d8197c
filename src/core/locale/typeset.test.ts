import { describe, expect, it } from "vitest";
import { URGENCY_REASONS, type Severity } from "../analysis/report";
import { severityLegend, urgencyText } from "../analysis/severity-words";
import { LOCALES } from "./locales";
import { NBSP, NNBSP, typeset, withColon } from "./typeset";
import { typographyProblems } from "./typography-rules";

describe("typeset", () => {
  it("puts French no-break spaces before : ; ? ! and inside « »", () => {
    expect(typeset("fr", "Certitude: élevée; vraiment? oui!")).toBe(
      `Certitude${NBSP}: élevée${NNBSP}; vraiment${NNBSP}? oui${NNBSP}!`,
    );
    expect(typeset("fr", "Source : la page “Mettre à niveau”")).toBe(
      `Source${NBSP}: la page «${NBSP}Mettre à niveau${NBSP}»`,
    );
    expect(typeset("fr", "choisissez « Exporter » et l'envoyer")).toBe(
      `choisissez «${NBSP}Exporter${NBSP}» et l’envoyer`,
    );
  });

  it("leaves colons that are not punctuation alone (links, times, ids)", () => {
    expect(typeset("fr", "https://example.com à 10:30, gateway:CustomWebHook")).toBe(
      "https://example.com à 10:30, gateway:CustomWebHook",
    );
  });

  it("writes each language's quote marks", () => {
    expect(typeset("sv", 'kallas "bryta ändringar" och “annat”')).toBe(
      "kallas ”bryta ändringar” och ”annat”",
    );
    expect(typeset("it", "scegli “Esporta blueprint”")).toBe("scegli «Esporta blueprint»");
    expect(typeset("nl", "kies ‘Module upgraden’ in scenario’s")).toBe(
      "kies “Module upgraden” in scenario’s",
    );
    expect(typeset("en", 'Adobe\'s "Upgrade" button')).toBe("Adobe’s “Upgrade” button");
  });

  it("removes a French-style space before a colon in other languages", () => {
    expect(typeset("it", "Fonte : la pagina")).toBe("Fonte: la pagina");
  });

  it("leaves {placeholders} for the values, which are filled after and never typeset", () => {
    expect(typeset("fr", "Connexion “{label}” (id {id})")).toBe(
      `Connexion «${NBSP}{label}${NBSP}» (id {id})`,
    );
  });

  it.each(LOCALES)("%s: is idempotent", (locale) => {
    const text = "Certitude : “x” ; l'ami ? « y »!";
    expect(typeset(locale, typeset(locale, text))).toBe(typeset(locale, text));
  });

  it("writes a label's colon as the language does", () => {
    expect(withColon("fr", "Ce qui change")).toBe(`Ce qui change${NBSP}:`);
    expect(withColon("sv", "Hur säkert")).toBe("Hur säkert:");
  });
});

describe("the words of severity keep each language's typography", () => {
  const severities = Object.keys(URGENCY_REASONS) as Severity[];
  it.each(LOCALES)("%s", (locale) => {
    const texts = severities.flatMap((severity) => [
      severityLegend(locale, severity),
      ...URGENCY_REASONS[severity].map((reason) => urgencyText(locale, severity, reason)),
    ]);
    expect(texts.flatMap((text) => typographyProblems(locale, text))).toEqual([]);
  });
});
