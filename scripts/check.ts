// Command-line check: reads blueprints (files or folders), prints platform, module count and the
// breaking changes found, or where a file is broken. Nothing leaves the machine.
// Usage: npm run check -- [--json | --markdown | --csv] [--today YYYY-MM-DD] <files or folders>
// Exit code: 0 no findings, 1 findings, 2 a file could not be read or parsed.
import { describePlan, HANDOVER_WORDS_EN, planToMarkdown } from "../src/core/handover/index";
import { CATALOG } from "../src/core/catalog/index";
import { checkFile, collectFiles, jsonEntry, textEntry, type FileResult } from "./lib/check-files";
import { parseCheckArgs } from "./lib/check-args";
import { checkSummaryLine, portfolioEntries } from "./lib/check-portfolio";
import { portfolioToCsv } from "../src/core/portfolio/export";
import { PORTFOLIO_WORDS_EN } from "../src/core/portfolio/words";

const parsed = parseCheckArgs(process.argv.slice(2), new Date().toISOString().slice(0, 10));
if (!parsed.ok) {
  console.error(parsed.message);
  process.exit(2);
}
const { format, today, paths } = parsed;

const files = collectFiles(paths);
const results: FileResult[] = [];
files.forEach((file, index) => {
  if (files.length > 10)
    process.stderr.write(`\r${index + 1}/${files.length} ${file.slice(-60).padEnd(60)}`);
  results.push(checkFile(file, today));
});
if (files.length > 10) process.stderr.write("\n");

if (format === "json") {
  console.log(
    JSON.stringify({ today, catalog: CATALOG.snapshot, files: results.map(jsonEntry) }, null, 2),
  );
} else if (format === "csv") {
  process.stdout.write(
    portfolioToCsv(portfolioEntries(results), PORTFOLIO_WORDS_EN, {
      today,
      locale: "en",
      redact: true,
    }),
  );
} else if (format === "markdown") {
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
  for (const result of results) console.log(textEntry(result));
}

// Last, so a long run ends on its totals; on stderr when stdout is a JSON, CSV or Markdown file.
const summary = checkSummaryLine(results);
if (format === "text") console.log(summary);
else console.error(summary);

const unreadable = results.some((result) => !result.ok);
const findings = results.some((result) => result.ok && result.report.findings.length > 0);
process.exit(unreadable ? 2 : findings ? 1 : 0);
