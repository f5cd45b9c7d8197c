// One meaning per severity: every catalog entry, at days before, between and after its dates,
// gets one severity and one reason; the legend of that severity lists the reason, the card
// states it with the same action, in all five languages; a past stop date or "no longer
// available" is never "plan the change".
import { describe, expect, it } from "vitest";
import { LOCALES } from "../locale/locales";
import { CATALOG } from "../catalog/index";
import type { CatalogEntry } from "../catalog/model";
import { SEVERITIES, URGENCY_REASONS } from "./report";
import { daysBetween, urgencyOf } from "./severity";
import { reasonText, severityLegend, severityName, urgencyText } from "./severity-words";

const shift = (date: string, days: number) =>
  new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

/** Days around every date of the entry: far before, the day before, of and after each, far after. */
function daysAround(entry: CatalogEntry): string[] {
  const dates = Object.values(entry.dates).flatMap((fact) => (fact?.date ? [fact.date] : []));
  const stop = entry.dates.stopsWorking?.date;
  const around = dates.flatMap((date) => [shift(date, -1), date, shift(date, 1)]);
  const edges = stop
    ? [shift(stop, -91), shift(stop, -90), shift(stop, -366), shift(stop, -365)]
    : [];
  const all = [...dates, ...(stop ? [stop] : [])].sort();
  const first = all[0] ?? "2026-11-29";
  const last = all.at(-1) ?? "2026-11-29";
  return [shift(first, -800), ...around, ...edges, shift(last, 800)];
}

describe("one meaning per severity", () => {
  it("covers the whole catalog", () => {
    expect(CATALOG.entries.length).toBeGreaterThanOrEqual(39);
  });

  for (const entry of CATALOG.entries) {
    it(`${entry.ref} ${entry.id}: severity, legend and card agree at every date`, () => {
      for (const today of daysAround(entry)) {
        const { severity, reason } = urgencyOf(entry, today);
        const at = `${entry.ref} on ${today}`;
        expect(URGENCY_REASONS[severity], at).toContain(reason);

        const stop = entry.dates.stopsWorking?.date;
        if ((entry.status === "stopped" && !stop) || (stop && daysBetween(today, stop) < 0))
          expect(severity, at).toBe("expired");
        if (stop && daysBetween(today, stop) >= 0 && daysBetween(today, stop) <= 90)
          expect(severity, at).toBe("critical");

        for (const locale of LOCALES) {
          const card = urgencyText(locale, severity, reason);
          const legend = severityLegend(locale, severity);
          const phrase = reasonText(locale, reason);
          // The card states the reason; the legend of the card's severity lists it, no other does.
          expect(card.toLowerCase(), `${at} ${locale}`).toContain(phrase.toLowerCase());
          expect(legend.toLowerCase(), `${at} ${locale}`).toContain(phrase.toLowerCase());
          for (const other of SEVERITIES.filter((s) => s !== severity))
            expect(severityLegend(locale, other).toLowerCase()).not.toContain(phrase.toLowerCase());
          // Card and legend end with the same action.
          const action = (text: string) => text.slice(text.lastIndexOf(":") + 1).trim();
          expect(action(card), `${at} ${locale}`).toBe(action(legend));
          expect(severityName(locale, severity)).not.toBe("");
        }
        if (severity === "expired")
          expect(urgencyText("en", severity, reason), at).not.toMatch(/plan/i);
      }
    });
  }

  it("has no entry said to be gone whose stop date is after the snapshot", () => {
    for (const entry of CATALOG.entries.filter((e) => e.status === "stopped")) {
      const stop = entry.dates.stopsWorking?.date;
      if (stop) expect(stop <= CATALOG.snapshot.date, entry.ref).toBe(true);
      expect(urgencyOf(entry, CATALOG.snapshot.date).severity, entry.ref).toBe("expired");
    }
  });

  it("says what the issue found wrong in plain words", () => {
    const slack = CATALOG.entries.find((entry) => entry.id === "slack-legacy-connector")!;
    expect(urgencyText("en", "warning", urgencyOf(slack, "2026-11-29").reason)).toBe(
      "Deprecated, no stop date announced: plan the change",
    );
    const google = CATALOG.entries.find((entry) => entry.id === "google-restricted-scopes")!;
    expect(urgencyOf(google, "2026-11-29")).toEqual({ severity: "warning", reason: "in-effect" });
  });
});
