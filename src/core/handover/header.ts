import { interpolate } from "../locale/interpolate";
import { formatDate } from "../locale/format";
import type { Locale } from "../locale/locales";
import type { StepDescription } from "./describe";
import { redactValue } from "../blueprint/redact";
import type { HandoverWords } from "./words";
import { exportFileName, type ExportExtension } from "./file-name";

/** What every export says about itself, besides the steps. */
export interface HandoverMeta {
  scenarioName: string | null;
  /** Ids of the steps checked off. */
  done: readonly string[];
  /** The day the export is made (YYYY-MM-DD). */
  today: string;
  locale: Locale;
  redact: boolean;
}

export interface Header {
  title: string;
  lines: string[];
}

/** The scenario's name as every export shows it: redacted when asked. */
export function scenarioCell(meta: HandoverMeta, words: HandoverWords): string {
  const name = meta.scenarioName ?? words["plan.doc.untitled"];
  return meta.redact ? redactValue(name) : name;
}

function titleOf(meta: HandoverMeta, words: HandoverWords): string {
  return interpolate(words["plan.doc.title"], { scenario: scenarioCell(meta, words) });
}

/** `upgrade-plan-orders.md`, `uppgraderingsplan-orders.csv`: the title in the reader's language. */
export function planFileName<E extends ExportExtension>(
  meta: HandoverMeta,
  words: HandoverWords,
  extension: E,
) {
  return exportFileName(titleOf(meta, words), extension);
}

export function headerOf(
  steps: readonly { id: string }[],
  meta: HandoverMeta,
  words: HandoverWords,
): Header {
  const done = steps.filter((step) => meta.done.includes(step.id)).length;
  return {
    title: titleOf(meta, words),
    lines: [
      interpolate(words["plan.doc.progress"], { done, total: steps.length }),
      interpolate(words["plan.doc.generated"], { date: formatDate(meta.locale, meta.today) }),
      ...(meta.redact ? [words["plan.doc.redacted"]] : []),
    ],
  };
}

/** A step's details as labelled groups, in the order every export lists them. */
export function detailGroups(
  step: StepDescription,
  words: HandoverWords,
): { label: string; items: string[]; ordered: boolean; links?: true }[] {
  return [
    { label: words["plan.label.what"], items: [...step.what, ...step.summaries], ordered: false },
    { label: words["plan.label.urgency"], items: step.urgency, ordered: false },
    {
      label: words["plan.label.evidence"],
      items: [...step.evidence, ...(step.platformNote ? [step.platformNote] : [])],
      ordered: false,
    },
    { label: words["plan.label.dates"], items: step.dates, ordered: false },
    { label: words["plan.label.how"], items: step.how, ordered: true },
    { label: words["plan.label.config"], items: step.config ? [step.config] : [], ordered: false },
    { label: words["plan.label.fields"], items: step.fields, ordered: false },
    { label: words["plan.label.modules"], items: step.modules, ordered: false },
    { label: words["plan.label.connections"], items: step.connections, ordered: false },
    // The only links of an export: the catalog's sources, never text from the blueprint.
    {
      label: words["plan.label.sources"],
      items: step.sources.map((s) => s.url),
      ordered: false,
      links: true as const,
    },
  ].filter((group) => group.items.length > 0);
}
