/**
 * The plan as CSV (RFC 4180: comma separated, CRLF line ends, fields quoted when they hold a
 * quote, comma or line break, quotes doubled). A cell a spreadsheet would read as a formula
 * (starting with = + - @, tab or carriage return) gets a leading apostrophe.
 */
import type { StepDescription } from "./describe";
import type { HandoverMeta } from "./header";
import type { HandoverWords } from "./words";

export function csvCell(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export function planToCsv(
  steps: StepDescription[],
  meta: HandoverMeta,
  words: HandoverWords,
): string {
  const header = [
    words["plan.label.step"],
    words["plan.label.status"],
    words["plan.label.title"],
    words["plan.label.what"],
    words["plan.label.dates"],
    words["plan.label.how"],
    words["plan.label.config"],
    words["plan.label.fields"],
    words["plan.label.modules"],
    words["plan.label.connections"],
    words["plan.label.sources"],
    words["plan.label.urgency"],
    words["plan.label.evidence"],
  ];
  const rows = steps.map((step) => [
    String(step.number),
    meta.done.includes(step.id) ? words["plan.status.done"] : words["plan.status.todo"],
    step.title,
    [...step.what, ...step.summaries].join("\n"),
    step.dates.join("\n"),
    step.how.map((line, index) => `${index + 1}. ${line}`).join("\n"),
    step.config ?? "",
    step.fields.join(", "),
    step.modules.join("\n"),
    step.connections.join("\n"),
    step.sources.map((source) => source.url).join("\n"),
    step.urgency.join("\n"),
    [...step.evidence, ...(step.platformNote ? [step.platformNote] : [])].join("\n"),
  ]);
  return [header, ...rows].map((row) => row.map(csvCell).join(",")).join("\r\n") + "\r\n";
}
