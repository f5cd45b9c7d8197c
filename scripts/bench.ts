// Benchmark of the engine: read + walk + analyze, over every fixture and over a generated 50 MB
// blueprint, against JSON.parse of the same text in the same run (median of several runs).
// Target: the whole analysis within 1.5× JSON.parse alone on the 50 MB blueprint (exit 1 if over).
// Usage: npm run bench
import { analyze } from "../src/core/analysis/analyze";
import { readBlueprint } from "../src/core/blueprint/read";
import { CATALOG } from "../src/core/catalog/index";
import { fixtureFiles, fixtureText } from "../test/fixtures";
import { generateBlueprint } from "./lib/generate-blueprint";

const TARGET_RATIO = 1.5;
const RUNS = 5;

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}

function time(run: () => void): number {
  const start = performance.now();
  run();
  return performance.now() - start;
}

function measure(name: string, texts: string[]) {
  const bytes = texts.reduce((sum, text) => sum + Buffer.byteLength(text), 0);
  const parse: number[] = [];
  const full: number[] = [];
  let modules = 0;
  for (let run = 0; run < RUNS; run++) {
    parse.push(time(() => texts.forEach((text) => void JSON.parse(text))));
    full.push(
      time(() => {
        modules = 0;
        for (const text of texts) {
          const result = readBlueprint(text);
          if (result.ok) {
            analyze(result.scenario, CATALOG, "2026-11-25");
            modules += result.scenario.modules.length;
          }
        }
      }),
    );
  }
  const mb = bytes / 1e6;
  const [p, f] = [median(parse), median(full)];
  const ratio = f / p;
  console.log(
    `${name.padEnd(28)} ${mb.toFixed(1).padStart(6)} MB ${String(modules).padStart(7)} modules  ` +
      `JSON.parse ${p.toFixed(0).padStart(5)} ms (${(mb / (p / 1000)).toFixed(0)} MB/s)  ` +
      `read+walk+analyze ${f.toFixed(0).padStart(5)} ms (${(mb / (f / 1000)).toFixed(0)} MB/s)  ratio ${ratio.toFixed(2)}`,
  );
  return ratio;
}

const fixtures = fixtureFiles()
  .filter((file) => !file.includes(".broken."))
  .map(fixtureText);
measure(`all fixtures (${fixtures.length} files)`, fixtures);
const ratio = measure("generated 50 MB blueprint", [generateBlueprint(50e6)]);
if (ratio > TARGET_RATIO) {
  console.error(`Over target: ${ratio.toFixed(2)}× JSON.parse (target ≤ ${TARGET_RATIO}×).`);
  process.exit(1);
}
console.log(`Within target: ${ratio.toFixed(2)}× JSON.parse (target ≤ ${TARGET_RATIO}×).`);
