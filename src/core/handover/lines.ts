/**
 * A finding as the lines of an export: one line per module it touches (so three "uploadAFile"
 * lines are told apart by their `#12`), one line without a module when it touches none. The
 * portfolio's exports and each plan's exports make their shared cells here, the same way.
 */
import type { Confidence, Finding, Severity } from "../analysis/report";
import type { ScenarioModule } from "../blueprint/model";
import type { CatalogEntry } from "../catalog/model";
import type { ColumnWords, SharedColumn } from "./columns";

export interface LineModule {
  /** The module's `id` in the blueprint (shown as `#12`), null when it has none. */
  number: number | string | null;
  /** `app:Name`. */
  module: string;
  /** The user's label, as text. */
  label: string | null;
}

export interface LineFinding {
  /** A1…C10. */
  ref: string;
  /** The app the change is about, as the catalog names it. */
  app: string;
  severity: Severity;
  confidence: Confidence;
  /** YYYY-MM-DD, when the change has a dated deadline. */
  deadline: string | null;
  modules: LineModule[];
}

/** The cells of a line that come from the finding (the scenario and file come from the export). */
export type LineCells = Record<Exclude<SharedColumn, "scenario" | "file">, string>;

/** The cells of a line with no finding (a backup step, a scenario with nothing to do). */
export const NO_FINDING: LineCells = {
  severity: "",
  deadline: "",
  change: "",
  module: "",
  module_name: "",
  confidence: "",
};

/** The finding's facts the lines need; `keys` narrows its modules (to one plan step's). */
export function lineFinding(
  finding: Finding,
  entries: ReadonlyMap<string, CatalogEntry>,
  modules: ReadonlyMap<string, ScenarioModule>,
  keys: readonly string[] = finding.moduleKeys,
): LineFinding {
  // A Set: keys.includes for each of 100,000 modules took seconds on the wizard's first render.
  const wanted = new Set(keys);
  return {
    ref: finding.ref,
    app: entries.get(finding.entryId)?.app.displayName ?? finding.entryId,
    severity: finding.severity,
    confidence: finding.confidence,
    deadline: finding.deadline?.date ?? null,
    modules: finding.moduleKeys.flatMap((key) => {
      const module = wanted.has(key) ? modules.get(key) : undefined;
      return module ? [{ number: module.id, module: module.module, label: module.label }] : [];
    }),
  };
}

/** `#12`, the way Fusion's editor numbers a module; empty when the module has no id. */
export function moduleNumber(number: LineModule["number"]): string {
  return number === null ? "" : `#${number}`;
}

/** `clean` hides what redaction hides in the user's labels. */
export function findingLines(
  finding: LineFinding,
  words: ColumnWords,
  clean: (text: string) => string,
): LineCells[] {
  return [...eachFindingLine(finding, words, clean)];
}

/** The lines of `findingLines` one at a time (a finding may touch tens of thousands of modules). */
export function* eachFindingLine(
  finding: LineFinding,
  words: ColumnWords,
  clean: (text: string) => string,
): Generator<LineCells, void, void> {
  const common = {
    severity: words.severity[finding.severity],
    deadline: finding.deadline ?? "",
    change: `${finding.ref} ${finding.app}`,
    confidence: words.confidence[finding.confidence],
  };
  if (finding.modules.length === 0) {
    yield { ...common, module: "", module_name: "" };
    return;
  }
  for (const module of finding.modules) {
    yield {
      ...common,
      module: moduleNumber(module.number),
      module_name: clean(module.label ? `${module.label} (${module.module})` : module.module),
    };
  }
}
