/**
 * The words of the catalog, apart from its facts: one record per entry, in each language. The
 * English table (`en.ts`) decides which fields an entry has; every other language's table is
 * typed from it (`Translation`), so a missing entry, field or connection name fails the
 * typecheck. Product, app and module names Fusion shows in English stay in the entries.
 */

/** The fields an entry may have words for; the English table gives only those it needs. */
export interface EntryTextsShape {
  /** The app's name when it is descriptive ("HTTP (mutual TLS)"), not a product name. */
  app?: string;
  summary: string;
  /** What replaces the changed item, when it is described rather than named. */
  replacement?: string;
  outputChanges?: string;
  notes?: string;
  /** Names of the entry's connection types, in the order of `match.connectionTypes`. */
  connections?: readonly string[];
  /** A note beside a date (or in place of it, when no date is known). */
  dates?: Partial<
    Record<"announced" | "deprecated" | "removedFromSelector" | "stopsWorking", string>
  >;
}

/** The same shape with every text a plain string: what a translation must provide. */
export type Translation<T> = T extends string
  ? string
  : { readonly [K in keyof T]: Translation<T[K]> };
