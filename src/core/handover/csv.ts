/**
 * The plan as CSV (RFC 4180: comma separated, CRLF line ends, fields quoted when they hold a
 * quote, comma or line break, quotes doubled). A cell a spreadsheet would read as a formula
 * (starting with = + - @, tab or carriage return) gets a leading apostrophe.
 *
 * One line per finding and module a step acts on (a step with none, like the backup, has one
 * line), so plans of several scenarios can be merged and sorted by severity, deadline or module.
 * The columns' order is fixed in every language (docs/decisions/0017-export-columns.md).
 */
import { columnWords, PLAN_SHARED_COLUMNS } from "./columns";
import type { StepDescription } from "./describe";
import { NO_FINDING } from "./lines";
import { scenarioCell, type HandoverMeta } from "./header";
import type { HandoverKey, HandoverWords } from "./words";
import { finish, inParts, type Sliced } from "../work/sliced";

export function csvCell(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

function csvRow(cells: readonly string[]): string {
  return cells.map(csvCell).join(",");
}

/** Rows of cells as CSV text, the header first. */
export function csvTable(rows: readonly (readonly string[])[]): string {
  return rows.map(csvRow).join("\r\n") + "\r\n";
}

/** The step's own columns and the word that heads each. */
const STEP_COLUMNS = {
  step: "plan.label.step",
  status: "plan.label.status",
  title: "plan.label.title",
  what: "plan.label.what",
  dates: "plan.label.dates",
  how: "plan.label.how",
  config: "plan.label.config",
  fields: "plan.label.fields",
  connections: "plan.label.connections",
  sources: "plan.label.sources",
  severity_reason: "plan.label.severityReason",
  evidence: "plan.label.evidence",
} as const satisfies Record<string, HandoverKey>;
type StepColumn = keyof typeof STEP_COLUMNS;
const STEP_CSV_COLUMNS = Object.keys(STEP_COLUMNS) as StepColumn[];

/** Machine keys of the plan's columns, in order: the shared ones, then the step's. */
export const PLAN_CSV_COLUMNS = [...PLAN_SHARED_COLUMNS, ...STEP_CSV_COLUMNS] as const;

function stepCells(
  step: StepDescription,
  meta: HandoverMeta,
  words: HandoverWords,
): Record<StepColumn, string> {
  return {
    step: String(step.number),
    status: meta.done.includes(step.id) ? words["plan.status.done"] : words["plan.status.todo"],
    title: step.title,
    what: [...step.what, ...step.summaries].join("\n"),
    dates: step.dates.join("\n"),
    how: step.how.map((line, index) => `${index + 1}. ${line}`).join("\n"),
    config: step.config ?? "",
    fields: step.fields.join(", "),
    connections: step.connections.join("\n"),
    sources: step.sources.map((source) => source.url).join("\n"),
    severity_reason: step.urgency.join("\n"),
    evidence: [...step.evidence, ...(step.platformNote ? [step.platformNote] : [])].join("\n"),
  };
}

/** The plan as CSV, in parts made a piece at a time (see core/work/sliced). */
export function planCsvParts(
  steps: StepDescription[],
  meta: HandoverMeta,
  words: HandoverWords,
): Sliced<string[]> {
  return inParts(csvLines(steps, meta, words), "\r\n");
}

export function planToCsv(
  steps: StepDescription[],
  meta: HandoverMeta,
  words: HandoverWords,
): string {
  return finish(planCsvParts(steps, meta, words)).join("");
}

function* csvLines(steps: StepDescription[], meta: HandoverMeta, words: HandoverWords) {
  const stepWords = Object.fromEntries(
    Object.entries(STEP_COLUMNS).map(([key, word]) => [key, words[word]]),
  ) as Record<StepColumn, string>;
  const heads = { ...columnWords(meta.locale).column, ...stepWords };
  const scenario = scenarioCell(meta, words);
  yield csvRow(PLAN_CSV_COLUMNS.map((key) => heads[key]));
  for (const step of steps) {
    // The step's own cells end each of its lines: made into CSV once per step, not per line
    // (a step of a huge scenario has tens of thousands of lines).
    const cells = stepCells(step, meta, words);
    const own = csvRow(STEP_CSV_COLUMNS.map((key) => cells[key]));
    for (const line of step.lines.length > 0 ? step.lines : [NO_FINDING]) {
      const shared = { scenario, ...line };
      yield `${csvRow(PLAN_SHARED_COLUMNS.map((key) => shared[key]))},${own}`;
    }
  }
}
