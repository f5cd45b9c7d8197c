// File discovery and per-file analysis for the command-line check (scripts/check.ts).
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import {
  evidenceCodes,
  evidenceText,
  platformNoteText,
  verdictOf,
  verdictText,
} from "../../src/core/analysis/evidence-words";
import { urgencyText } from "../../src/core/analysis/severity-words";
import { SEVERITIES, type Finding, type Plan, type Report } from "../../src/core/analysis/report";
import type { ReadError, Scenario } from "../../src/core/blueprint/model";
import { CATALOG } from "../../src/core/catalog/index";
import { refusedForSize } from "../../src/core/blueprint/read";
import { diagnoseBlueprint } from "../../src/core/diagnosis/diagnose";

/** Every file named on the command line, and every .json file under a named folder. */
export function collectFiles(paths: string[]): string[] {
  const files: string[] = [];
  const pending = [...paths];
  for (let path = pending.shift(); path !== undefined; path = pending.shift()) {
    const info = statSync(path, { throwIfNoEntry: false });
    if (!info) {
      files.push(path); // reported as unreadable
    } else if (info.isDirectory()) {
      for (const name of readdirSync(path).sort()) {
        const child = join(path, name);
        if (statSync(child).isDirectory() || name.toLowerCase().endsWith(".json"))
          pending.push(child);
      }
    } else {
      files.push(path);
    }
  }
  return files;
}

export type FileResult =
  | { file: string; ok: true; scenario: Scenario; report: Report; plan: Plan }
  | { file: string; ok: false; error: ReadError };

export function checkFile(file: string, today: string): FileResult {
  let bytes: Uint8Array;
  try {
    const refused = refusedForSize(statSync(file).size);
    if (refused) return { file, ok: false, error: refused };
    bytes = readFileSync(file);
  } catch (cause) {
    const reason = cause instanceof Error ? cause.message : String(cause);
    return {
      file,
      ok: false,
      error: { code: "empty", message: `The file could not be read: ${reason}` },
    };
  }
  return { file, ...diagnoseBlueprint(bytes, CATALOG, { today }) };
}

const ENTRIES_BY_ID = new Map(CATALOG.entries.map((entry) => [entry.id, entry]));

/** One file's entry in the `--json` report (its schema is documented in the README). */
export function jsonEntry(result: FileResult) {
  if (!result.ok) {
    const { code, message, line, column, hint, hintCode } = result.error;
    return {
      file: result.file,
      ok: false,
      error: {
        code,
        message,
        line: line ?? null,
        column: column ?? null,
        hint: hint ?? null,
        hintCode: hintCode ?? null,
      },
      platform: null,
      modules: null,
      findings: [],
      cleared: [],
    };
  }
  const { scenario, report, plan } = result;
  // Indexed once: a lookup per affected module made large reports quadratic.
  const modulesByKey = new Map(scenario.modules.map((module) => [module.key, module]));
  const modulesOf = (finding: Finding) =>
    finding.moduleKeys.map((key) => {
      const module = modulesByKey.get(key);
      return { key, module: module?.module ?? null, path: module?.pathText ?? null };
    });
  return {
    file: result.file,
    ok: true,
    error: null,
    scenario: scenario.name,
    platform: scenario.platform,
    shape: scenario.shape,
    modules: {
      total: scenario.modules.length,
      apps: report.inventory.apps.length,
      unknownModuleIds: report.inventory.unknownModuleIds,
    },
    counts: report.counts,
    warnings: scenario.warnings.map((warning) => warning.code),
    findings: report.findings.map((finding) => {
      const entry = ENTRIES_BY_ID.get(finding.entryId);
      return {
        ref: finding.ref,
        entry: finding.entryId,
        level: finding.level,
        severity: finding.severity,
        urgency: finding.urgency,
        confidence: finding.confidence,
        verdict: verdictOf(finding),
        matchedBy: finding.matchedBy,
        evidence: evidenceCodes(finding),
        documentedFor: finding.documentedFor,
        platformNote: platformNoteText("en", finding, scenario.platform),
        deadline: finding.deadline?.date ?? null,
        summary: entry?.summary ?? null,
        modules: modulesOf(finding),
      };
    }),
    cleared: report.cleared.map((finding) => ({
      ref: finding.ref,
      entry: finding.entryId,
      evidence: evidenceCodes(finding),
      modules: modulesOf(finding),
    })),
    steps: plan.steps.length,
  };
}

/** One file's block in the text report. */
const reasons = (finding: Finding) =>
  finding.evidence.map((item) => evidenceText("en", item)).join("; ");

export function textEntry(result: FileResult): string {
  if (!result.ok) {
    const { message, hint, excerpt } = result.error;
    const lines = [`${result.file}`, `  error: ${message}`];
    if (hint) lines.push(`  hint: ${hint}`);
    if (excerpt) lines.push(`    ${excerpt.text}`, `    ${excerpt.caret}`);
    return lines.join("\n");
  }
  const { scenario, report } = result;
  const counts = SEVERITIES.map((severity) => `${severity} ${report.counts[severity]}`).join(", ");
  const lines = [
    result.file,
    `  ${scenario.platform}, ${scenario.modules.length} modules, findings: ${counts}`,
  ];
  for (const warning of scenario.warnings) lines.push(`  warning: ${warning.message}`);
  // The same words as the page: severity and its reason, verdict and evidence, platform note.
  for (const finding of report.findings) {
    const entry = ENTRIES_BY_ID.get(finding.entryId);
    lines.push(
      `  [${finding.severity}] ${finding.ref} ${entry?.app.displayName ?? finding.entryId} (${finding.confidence}, ${finding.moduleKeys.length} module(s)): ${entry?.summary ?? ""}`,
      `    ${urgencyText("en", finding.severity, finding.urgency)}`,
      `    ${verdictText("en", verdictOf(finding))}: ${reasons(finding)}`,
    );
    const note = platformNoteText("en", finding, scenario.platform);
    if (note) lines.push(`    ${note}`);
  }
  for (const finding of report.cleared) {
    const entry = ENTRIES_BY_ID.get(finding.entryId);
    lines.push(
      `  [not affected] ${finding.ref} ${entry?.app.displayName ?? finding.entryId} (${finding.moduleKeys.length} module(s)): ${reasons(finding)}`,
    );
  }
  return lines.join("\n");
}
