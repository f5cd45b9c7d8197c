// Command-line check: reads blueprints (files or folders), prints platform, module count and the
// breaking changes found, or where a file is broken. Nothing leaves the machine.
// Usage: npm run check -- [--json | --markdown] [--today YYYY-MM-DD] <files or folders>
// Exit code: 0 no findings, 1 findings, 2 a file could not be read or parsed.
import { describePlan, HANDOVER_WORDS_EN, planToMarkdown } from "../src/core/handover/index";
import { CATALOG } from "../src/core/catalog/index";
import {
  evidenceText,
  platformNoteText,
  verdictOf,
  verdictText,
} from "../src/core/analysis/evidence-words";
import type { Finding } from "../src/core/analysis/report";
import { urgencyText } from "../src/core/analysis/severity-words";
import {
  checkFile,
  collectFiles,
  jsonEntry,
  SEVERITY_ORDER,
  type FileResult,
} from "./lib/check-files";

const args = process.argv.slice(2);
const json = args.includes("--json");
const markdown = args.includes("--markdown");
const todayAt = args.indexOf("--today");
const today = todayAt >= 0 ? (args[todayAt + 1] ?? "") : new Date().toISOString().slice(0, 10);
const paths = args.filter((arg, index) => !arg.startsWith("--") && index !== todayAt + 1);

if (paths.length === 0 || !/^\d{4}-\d{2}-\d{2}$/.test(today)) {
  console.error(
    "Usage: npm run check -- [--json | --markdown] [--today YYYY-MM-DD] <files or folders>",
  );
  process.exit(2);
}

const reasons = (finding: Finding) =>
  finding.evidence.map((item) => evidenceText("en", item)).join("; ");

const files = collectFiles(paths);
const results: FileResult[] = [];
files.forEach((file, index) => {
  if (files.length > 10)
    process.stderr.write(`\r${index + 1}/${files.length} ${file.slice(-60).padEnd(60)}`);
  results.push(checkFile(file, today));
});
if (files.length > 10) process.stderr.write("\n");

if (json) {
  console.log(
    JSON.stringify({ today, catalog: CATALOG.snapshot, files: results.map(jsonEntry) }, null, 2),
  );
} else if (markdown) {
  for (const result of results) {
    if (!result.ok) {
      console.log(
        `# ${result.file}\n\nCould not be read: ${result.error.message}${result.error.hint ? ` ${result.error.hint}` : ""}\n`,
      );
      continue;
    }
    const steps = describePlan(result.plan, result.scenario, CATALOG, HANDOVER_WORDS_EN, {
      locale: "en",
      redact: true,
      report: result.report,
    });
    console.log(
      planToMarkdown(
        steps,
        {
          scenarioName: result.scenario.name ?? result.file,
          done: [],
          today,
          locale: "en",
          redact: true,
        },
        HANDOVER_WORDS_EN,
      ),
    );
  }
} else {
  for (const result of results) {
    if (!result.ok) {
      const { message, hint, excerpt } = result.error;
      console.log(`${result.file}\n  error: ${message}${hint ? `\n  hint: ${hint}` : ""}`);
      if (excerpt) console.log(`    ${excerpt.text}\n    ${excerpt.caret}`);
      continue;
    }
    const { scenario, report } = result;
    const counts = SEVERITY_ORDER.map((severity) => `${severity} ${report.counts[severity]}`).join(
      ", ",
    );
    console.log(
      `${result.file}\n  ${scenario.platform}, ${scenario.modules.length} modules, findings: ${counts}`,
    );
    for (const warning of scenario.warnings) console.log(`  warning: ${warning.message}`);
    // The same words as the page: severity and its reason, verdict and evidence, platform note.
    for (const finding of report.findings) {
      const entry = CATALOG.entries.find((e) => e.id === finding.entryId);
      console.log(
        `  [${finding.severity}] ${finding.ref} ${entry?.app.displayName ?? finding.entryId} (${finding.confidence}, ${finding.moduleKeys.length} module(s)): ${entry?.summary ?? ""}`,
      );
      console.log(`    ${urgencyText("en", finding.severity, finding.urgency)}`);
      console.log(`    ${verdictText("en", verdictOf(finding))}: ${reasons(finding)}`);
      const note = platformNoteText("en", finding, scenario.platform);
      if (note) console.log(`    ${note}`);
    }
    for (const finding of report.cleared) {
      const entry = CATALOG.entries.find((e) => e.id === finding.entryId);
      console.log(
        `  [not affected] ${finding.ref} ${entry?.app.displayName ?? finding.entryId} (${finding.moduleKeys.length} module(s)): ${reasons(finding)}`,
      );
    }
  }
}

const unreadable = results.some((result) => !result.ok);
const findings = results.some((result) => result.ok && result.report.findings.length > 0);
process.exit(unreadable ? 2 : findings ? 1 : 0);
