// Benchmark of the engine: read + walk + analyze against JSON.parse of the same text, in the same
// run (median of several runs, after warm-up runs that let the JIT compile both). Three inputs:
// - every fixture (the real corpus, 34 readable files);
// - a 50 MB blueprint made of copies of real modules (scripts/lib/corpus-blueprint.ts: about
//   12 KB per module, as in real exports). This is the 50 MB figure the target applies to: the
//   whole analysis within 1.5× JSON.parse alone (exit 1 if over);
// - a 50 MB blueprint of small synthetic modules (scripts/lib/generate-blueprint.ts, about 1 KB
//   each, ten times the modules of a real file of that size): a worst case, printed, not gated.
// Then the command-line check on that worst case, its --json report against its text report
// (gated: --json within 1.5× of text).
// Usage: npm run bench
import { CATALOG } from "../src/core/catalog/index";
import { diagnoseBlueprint } from "../src/core/diagnosis/diagnose";
import { fixtureFiles, fixtureText } from "../test/fixtures";
import { corpusBlueprint } from "./lib/corpus-blueprint";
import { generateBlueprint } from "./lib/generate-blueprint";
import { checkFile, jsonEntry, textEntry } from "./lib/check-files";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";

// A full collection before each timed phase, so that neither pays for the garbage the other left
// (a 50 MB document parsed is some 200 MB of heap): without it, which phase meets the major GC is
// chance, and the ratio swings by ±0.2 from run to run.
setFlagsFromString("--expose-gc");
const collectGarbage = runInNewContext("gc") as () => void;

const TARGET_RATIO = 1.5;
const CLI_JSON_TARGET = 1.5;
const CLI_RUNS = 3;
/** Runs not counted: the JIT compiles both paths first (the small fixtures need more of them). */
const WARM_UP = { small: 20, large: 2 };
const RUNS = 9;
const TODAY = "2026-11-25";

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}

function time(run: () => void): number {
  collectGarbage();
  const start = performance.now();
  run();
  return performance.now() - start;
}

/**
 * Diagnoses every text as the app does (read, walk, analyze, plan): the modules found and the
 * time spent reading (parse + walk), taken from the pipeline's own phase reports.
 */
function readAndAnalyze(texts: string[]): { modules: number; reading: number } {
  let modules = 0;
  let reading = 0;
  for (const text of texts) {
    const start = performance.now();
    const result = diagnoseBlueprint(text, CATALOG, {
      today: TODAY,
      onProgress: ({ phase, fraction }) => {
        if (phase === "reading" && fraction === 1) reading += performance.now() - start;
      },
    });
    if (!result.ok) throw new Error(`bench input refused: ${result.error.message}`);
    modules += result.scenario.modules.length;
  }
  return { modules, reading };
}

function measure(name: string, texts: string[], warmUp: number): number {
  const bytes = texts.reduce((sum, text) => sum + Buffer.byteLength(text), 0);
  const parse: number[] = [];
  const full: number[] = [];
  const reading: number[] = [];
  let modules = 0;
  for (let run = 0; run < warmUp + RUNS; run++) {
    // Alternated, so that both see the same machine load.
    const p = time(() => texts.forEach((text) => void JSON.parse(text)));
    let read = 0;
    const f = time(() => ({ modules, reading: read } = readAndAnalyze(texts)));
    if (run >= warmUp) {
      parse.push(p);
      full.push(f);
      reading.push(read);
    }
  }
  const mb = bytes / 1e6;
  const [p, f, r] = [median(parse), median(full), median(reading)];
  const ratio = f / p;
  const rate = (ms: number) => `${(mb / (ms / 1000)).toFixed(0)} MB/s`;
  console.log(
    `${name}: ${mb.toFixed(1)} MB, ${modules} modules\n` +
      `  JSON.parse ${p.toFixed(0)} ms (${rate(p)})  read+walk ${r.toFixed(0)} ms  ` +
      `read+walk+analyze+plan ${f.toFixed(0)} ms (${rate(f)})  ratio ${ratio.toFixed(2)}`,
  );
  return ratio;
}

/** The CLI on one file: read, analyze, plan and report, as text and as --json. */
function measureCli(name: string, text: string): number {
  const folder = mkdtempSync(join(tmpdir(), "bench-cli-"));
  const file = join(folder, "blueprint.json");
  writeFileSync(file, text);
  const asText: number[] = [];
  const asJson: number[] = [];
  let modules = 0;
  let affected = 0;
  try {
    for (let run = 0; run < CLI_RUNS; run++) {
      asText.push(time(() => void textEntry(checkFile(file, TODAY))));
      asJson.push(
        time(() => {
          const entry = jsonEntry(checkFile(file, TODAY));
          modules = entry.modules?.total ?? 0;
          affected = entry.findings.reduce((sum, finding) => sum + finding.modules.length, 0);
          void JSON.stringify(entry, null, 2);
        }),
      );
    }
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
  const [t, j] = [median(asText), median(asJson)];
  console.log(
    `${name}: ${modules} modules, ${affected} affected\n` +
      `  text ${t.toFixed(0)} ms  --json ${j.toFixed(0)} ms  ratio ${(j / t).toFixed(2)}`,
  );
  return j / t;
}

const fixtures = fixtureFiles()
  .filter((file) => !file.includes(".broken."))
  .map(fixtureText);
measure(`all fixtures (${fixtures.length} files)`, fixtures, WARM_UP.small);
const ratio = measure("50 MB of real modules (gated)", [corpusBlueprint(50e6)], WARM_UP.large);
const worstCase = generateBlueprint(50e6);
measure("50 MB of small modules (worst case)", [worstCase], WARM_UP.large);
const cliRatio = measureCli("CLI on the worst case, --json against text (gated)", worstCase);
let over = false;
if (ratio > TARGET_RATIO) {
  console.error(`Over target: ${ratio.toFixed(2)}× JSON.parse (target ≤ ${TARGET_RATIO}×).`);
  over = true;
} else {
  console.log(`Within target: ${ratio.toFixed(2)}× JSON.parse (target ≤ ${TARGET_RATIO}×).`);
}
if (cliRatio > CLI_JSON_TARGET) {
  console.error(
    `CLI --json over target: ${cliRatio.toFixed(2)}× text (target ≤ ${CLI_JSON_TARGET}×).`,
  );
  over = true;
} else {
  console.log(
    `CLI --json within target: ${cliRatio.toFixed(2)}× text (target ≤ ${CLI_JSON_TARGET}×).`,
  );
}
if (over) process.exit(1);
