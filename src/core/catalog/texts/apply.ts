/** An entry in other words: the facts kept, each text field replaced by the table's. */
import type { CatalogEntry } from "../model";
import type { EntryTextsShape } from "./model";

type DateKind = keyof CatalogEntry["dates"];
const DATE_KINDS: DateKind[] = ["announced", "deprecated", "removedFromSelector", "stopsWorking"];

export function withTexts(entry: CatalogEntry, texts: EntryTextsShape): CatalogEntry {
  const dates = { ...entry.dates };
  for (const kind of DATE_KINDS) {
    const fact = dates[kind];
    const note = texts.dates?.[kind];
    if (fact && note !== undefined) dates[kind] = { ...fact, text: note };
  }
  return {
    ...entry,
    app: { ...entry.app, displayName: texts.app ?? entry.app.displayName },
    summary: texts.summary,
    match: {
      ...entry.match,
      connectionTypes: entry.match.connectionTypes.map((matcher, index) => ({
        ...matcher,
        displayName: texts.connections?.[index] ?? matcher.displayName,
      })),
    },
    replacement: {
      ...entry.replacement,
      displayName: texts.replacement ?? entry.replacement.displayName,
      outputChanges: texts.outputChanges ?? entry.replacement.outputChanges,
    },
    dates,
    notes: texts.notes ?? entry.notes,
  };
}
