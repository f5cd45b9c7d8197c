/**
 * A plan step in words: what to do and why, how urgent and what decided it, the path through
 * the editor's screens (named after the scenario's platform), the
 * configuration to check, the modules and sources. The wizard shows it and every export
 * (Markdown, CSV, plain text) is made from it, so they always say the same thing.
 */
import {
  evidenceText,
  platformName,
  platformNoteText,
  verdictOf,
  verdictText,
} from "../analysis/evidence-words";
import type { Finding, Plan, PlanStep, Report, StepKind, UpgradeMethod } from "../analysis/report";
import { severityName, urgencyText } from "../analysis/severity-words";
import type { Scenario, ScenarioModule } from "../blueprint/model";
import type { Catalog, CatalogEntry, Source } from "../catalog/model";
import type { DatedFact } from "../domain/change";
import { interpolate } from "../locale/interpolate";
import { formatDatedFact } from "../catalog/dates";
import type { Locale } from "../locale/locales";
import { withColon } from "../locale/typeset";
import type { HandoverKey, HandoverWords } from "./words";
import { columnWords } from "./columns";
import { eachFindingLine, lineFinding, type LineCells } from "./lines";
import { finish, type Sliced } from "../work/sliced";
import { redactValue } from "../blueprint/redact";
import { stepModuleIndexes } from "../analysis/step-modules";
import { visibleId, visibleLabel } from "../blueprint/visible-text";

export interface DescribeOptions {
  locale: Locale;
  /** Hide connection ids, webhook ids and e-mail addresses (on unless the user turns it off). */
  redact: boolean;
  /** The public address of a source in the reader's language; the source's own URL by default. */
  sourceUrl?: (source: Source) => string;
  /** The findings the plan acts on (their severity and evidence) and the scenario's platform. */
  report: Pick<Report, "findings" | "platform">;
  /**
   * Where each step's modules are in the scenario (`stepModuleIndexes`): the analysis worker's,
   * so the page looks up no key; computed here when not given.
   */
  stepModules?: readonly Int32Array[];
}

/**
 * A step as its card first shows it: everything but its per-module lines, which a step of a huge
 * scenario has tens of thousands of (they are made on demand: `PlanDescription`).
 */
export interface StepOutline {
  id: string;
  /** 1-based position in the plan. */
  number: number;
  kind: StepKind;
  method: UpgradeMethod;
  title: string;
  /** Localized sentences: what changes and what replaces it. */
  what: string[];
  /** Each finding's severity and the reason it holds, as the Diagnose cards say it. */
  urgency: string[];
  /** The verdict and what decided it, as Diagnose shows it. */
  evidence: string[];
  /** "Documented for Fusion: check whether it applies in Make", when that is the case. */
  platformNote: string | null;
  /** The catalog's one-sentence summaries, in the words of the catalog given. */
  summaries: string[];
  /** The catalog entries the step acts on (to show their English original). */
  entryIds: string[];
  dates: string[];
  /** The path through Fusion's screens, in order. */
  how: string[];
  config: string | null;
  fields: string[];
  /** How many modules the step acts on: the number of its module lines. */
  moduleCount: number;
  connections: string[];
  sources: { url: string }[];
}

/** A step in full, as every export tells it. */
export interface StepDescription extends StepOutline {
  /** One line per module, `#7 “Upload a File” (google-drive:uploadAFile)`. */
  modules: string[];
  /** One per finding and module the step acts on: the columns every export shares. */
  lines: LineCells[];
}

/**
 * A plan in words, its per-module text made when it is asked for: the wizard opens on the
 * outlines and the first module lines of each step; an export asks for every step in full.
 */
export interface PlanDescription {
  steps: StepOutline[];
  /** The first `count` module lines of the step at `index` (0-based), kept once made. */
  moduleLines: (index: number, count: number) => string[];
  /** Every step in full (made on the first call, then kept). */
  full: () => StepDescription[];
  /** The same, made a piece at a time (what the page runs, in slices). */
  fullSliced: () => Sliced<StepDescription[]>;
}

type Say = (key: HandoverKey, values?: Record<string, string | number>) => string;

const DATE_KINDS = ["stopsWorking", "deprecated", "removedFromSelector"] as const;

/** `#7 “Upload a File” (google-drive:uploadAFile)`: the number the picture and the editor show first. */
function moduleName(module: ScenarioModule, say: Say, clean: (text: string) => string): string {
  const name = say("plan.module", {
    label: clean(module.label ?? module.name),
    id: visibleId(module.module),
  });
  return module.id === null ? name : `#${module.id} ${name}`;
}

function howFor(
  method: UpgradeMethod,
  say: Say,
  names: { module: string; app: string; replacement: string; platform: string },
): string[] {
  const badge = say("plan.how.badge", { badge: say("plan.fusion.badge"), module: names.module });
  const save = say("plan.how.save");
  switch (method) {
    case "backup":
      return [
        say("plan.how.backupExport", { platform: names.platform }),
        say("plan.how.backupClone"),
      ];
    case "upgrade":
      return [
        badge,
        say("plan.how.upgrade", { upgrade: say("plan.fusion.upgrade") }),
        save,
        say("plan.how.openCheck"),
      ];
    case "upgrade-all":
      return [
        badge,
        say("plan.how.upgradeAll", {
          upgradeAll: say("plan.fusion.upgradeAll"),
          app: names.app,
          platform: names.platform,
        }),
        save,
        say("plan.how.openCheck"),
      ];
    case "choose-new":
      return [
        badge,
        say("plan.how.chooseNew", { chooseNew: say("plan.fusion.chooseNew") }),
        say("plan.how.pickReplacement", { replacement: names.replacement }),
        say("plan.how.configureSame"),
        say("plan.how.wire"),
        say("plan.how.deleteOld"),
        say("plan.how.remapSource"),
        save,
      ];
    case "new-connection":
      return [
        say("plan.how.newConnection", { app: names.app, replacement: names.replacement }),
        say("plan.how.selectConnection"),
        say("plan.how.swapConnection"),
        save,
      ];
    case "new-connector-rebuild":
      return [
        say("plan.how.addFromConnector", { replacement: names.replacement }),
        say("plan.how.configureSame"),
        say("plan.how.wire"),
        say("plan.how.deleteOld"),
        say("plan.how.remapSource"),
        save,
      ];
    case "external-action":
      return [say("plan.how.external", { app: names.app })];
    case "none":
      return [say("plan.how.none")];
    case "verify":
      return [say("plan.how.run"), say("plan.how.reexport")];
  }
}

function titleFor(step: PlanStep, say: Say, names: { module: string; app: string }, count: number) {
  if (step.method === "upgrade-all") return say("plan.title.upgradeAll", { app: names.app });
  switch (step.kind) {
    case "prepare":
      return say("plan.title.prepare");
    case "verify":
      return say("plan.title.verify");
    case "connection":
      return say("plan.title.connection", { app: names.app });
    case "connector":
      return say("plan.title.connector", { app: names.app });
    case "module":
      return count > 1
        ? say("plan.title.moduleGroup", { count, app: names.app })
        : say("plan.title.module", { module: names.module });
  }
}

function whatFor(step: PlanStep, entries: CatalogEntry[], say: Say, replacement: string) {
  if (step.kind === "prepare") return [say("plan.what.prepare")];
  if (step.kind === "verify") return [say("plan.what.verify")];
  return entries.flatMap((entry) => [
    say(`plan.what.${entry.category}`, { app: entry.app.displayName }),
    ...(entry.replacement.displayName ? [say("plan.what.replacement", { replacement })] : []),
  ]);
}

type RefId = number | string | null;

/** Says whether a (label, id) pair is seen for the first time. */
function firstSight() {
  const seen = new Map<string | null, Set<RefId>>();
  return (label: string | null, id: RefId) => {
    let ids = seen.get(label);
    if (!ids) seen.set(label, (ids = new Set()));
    if (ids.has(id)) return false;
    ids.add(id);
    return true;
  };
}

/**
 * The step's connections and webhooks, each once. A connection is worded only the first time it
 * is seen: the thousands of modules of a huge scenario share a few, and wording every module's
 * copy was a large part of the wizard's first render.
 */
function connectionsOf(
  modules: ScenarioModule[],
  say: Say,
  clean: (text: string) => string,
  shownId: (id: RefId) => string,
): string[] {
  const lines = new Set<string>();
  const add = (key: "plan.connection" | "plan.webhook", label: string | null, id: RefId) =>
    lines.add(say(key, { label: clean(label ?? say("plan.noLabel")), id: shownId(id) }));
  const newConnection = firstSight();
  const newWebhook = firstSight();
  for (const module of modules) {
    for (const { label, id } of module.connections) {
      if (newConnection(label, id)) add("plan.connection", label, id);
    }
    const { webhook } = module;
    if (webhook && newWebhook(webhook.label, webhook.id))
      add("plan.webhook", webhook.label, webhook.id);
  }
  return [...lines];
}

/** Every step of `plan`, in order, in the words given; per-module lines made on demand. */
export function planDescription(
  plan: Plan,
  scenario: Scenario,
  catalog: Catalog,
  words: HandoverWords,
  options: DescribeOptions,
): PlanDescription {
  const say: Say = (key, values) => interpolate(words[key], values);
  // Blueprint text as shown: redacted when asked, and its bidi and control characters visible.
  const clean = (text: string) => visibleLabel(options.redact ? redactValue(text) : text);
  const shownId = (id: RefId) =>
    options.redact ? say("plan.hidden") : id === null ? "—" : String(id);
  const sourceUrl = options.sourceUrl ?? ((source: Source) => source.url);
  const entriesById = new Map(catalog.entries.map((entry) => [entry.id, entry]));
  const indexes = options.stepModules ?? stepModuleIndexes(plan, scenario.modules);
  const findingsById = new Map(options.report.findings.map((finding) => [finding.id, finding]));
  const platform = platformName(options.locale, options.report.platform);

  // Kept for the lines made later: each step's modules and findings.
  const stepModules: ScenarioModule[][] = [];
  const stepFindings: Finding[][] = [];
  const steps = plan.steps.map((step, index): StepOutline => {
    const entries = step.entryIds
      .map((id) => entriesById.get(id))
      .filter((entry): entry is CatalogEntry => entry !== undefined);
    const modules = Array.from(indexes[index] ?? [], (at) => scenario.modules[at]!);
    const first = entries[0];
    const findings = step.findingIds
      .map((id) => findingsById.get(id))
      .filter((finding): finding is Finding => finding !== undefined);
    stepModules.push(modules);
    stepFindings.push(findings);
    const names = {
      platform,
      module: modules[0] ? moduleName(modules[0], say, clean) : "",
      app: first?.app.displayName ?? modules[0]?.app ?? "",
      replacement: first?.replacement.displayName ?? say("plan.replacement.unknown"),
    };
    const sources = new Map<string, { url: string }>();
    for (const source of entries.flatMap((entry) => entry.sources)) {
      const url = sourceUrl(source);
      sources.set(url, { url });
    }
    const dates = entries.flatMap((entry) =>
      DATE_KINDS.flatMap((kind) => {
        const fact: DatedFact | null = entry.dates[kind];
        if (!fact) return [];
        // No date: a sentence of its own in the reader's language, never the catalog's note.
        if (!fact.date) return [say(`plan.date.${kind}.undated`)];
        return [say(`plan.date.${kind}`, { date: formatDatedFact(options.locale, fact) ?? "" })];
      }),
    );
    const hasConfig = step.kind === "module" || step.kind === "connector";
    return {
      id: step.id,
      number: index + 1,
      kind: step.kind,
      method: step.method,
      title: titleFor(step, say, names, modules.length),
      what: [...new Set(whatFor(step, entries, say, names.replacement))],
      urgency: [
        ...new Set(
          findings.map(
            (finding) =>
              `${withColon(options.locale, severityName(options.locale, finding.severity))} ${urgencyText(options.locale, finding.severity, finding.urgency)}`,
          ),
        ),
      ],
      evidence: [
        ...new Set(
          findings.flatMap((finding) => [
            verdictText(options.locale, verdictOf(finding)),
            ...finding.evidence.map((item) => evidenceText(options.locale, item)),
          ]),
        ),
      ],
      platformNote:
        findings
          .map((finding) => platformNoteText(options.locale, finding, options.report.platform))
          .find((note) => note !== null) ?? null,
      summaries: entries.map((entry) => entry.summary),
      entryIds: entries.map((entry) => entry.id),
      dates: [...new Set(dates)],
      how: howFor(step.method, say, names),
      config: hasConfig
        ? say(`plan.config.${step.preservesConfiguration}`, { platform: names.platform })
        : null,
      fields: step.fieldsToRecheck.map(clean),
      moduleCount: modules.length,
      connections: connectionsOf(modules, say, clean, shownId),
      sources: [...sources.values()],
    };
  });

  const named: string[][] = steps.map(() => []);
  const moduleLines = (index: number, count: number) => {
    const made = named[index] ?? [];
    const modules = stepModules[index] ?? [];
    for (let at = made.length; at < Math.min(count, modules.length); at++) {
      made.push(moduleName(modules[at]!, say, clean));
    }
    return made.slice(0, count);
  };
  let described: StepDescription[] | null = null;
  // A pause every PIECE module lines or export lines: a few milliseconds of work.
  const PIECE = 500;
  function* fullSliced(): Sliced<StepDescription[]> {
    if (described) return described;
    const columns = columnWords(options.locale);
    const made: StepDescription[] = [];
    for (const [index, step] of steps.entries()) {
      for (let count = PIECE; count < step.moduleCount; count += PIECE) {
        moduleLines(index, count);
        yield;
      }
      const modules = new Map(stepModules[index]!.map((module) => [module.key, module]));
      const lines: LineCells[] = [];
      for (const finding of stepFindings[index]!) {
        for (const line of eachFindingLine(
          lineFinding(finding, entriesById, modules),
          columns,
          clean,
        )) {
          if (lines.push(line) % PIECE === 0) yield;
        }
      }
      made.push({ ...step, modules: moduleLines(index, step.moduleCount), lines });
      yield;
    }
    described = made;
    return made;
  }
  return { steps, moduleLines, full: () => finish(fullSliced()), fullSliced };
}

/** Every step of `plan` in full, in order, in the words given (what the exports are made from). */
export function describePlan(
  plan: Plan,
  scenario: Scenario,
  catalog: Catalog,
  words: HandoverWords,
  options: DescribeOptions,
): StepDescription[] {
  return planDescription(plan, scenario, catalog, words, options).full();
}
