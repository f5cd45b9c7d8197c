// Lighthouse (mobile, the default config: simulated slow 4G and a 4× slower CPU) on the built
// app, in Debian's Chromium. Prints, per page, the median of --runs runs: the four category
// scores, first contentful paint, largest contentful paint, total blocking time and bytes
// transferred. Exits 1 when a page scores under --min.
//
// Usage (after npm run build):
//   npm run lighthouse                        the five article pages, one run each
//   npm run lighthouse -- --runs 3 --all      every page type in every language, median of 3
//   npm run lighthouse -- --compare <url>     the English article and another page (say, the
//                                             same article in a locally built docs site), run
//                                             alternately, median of 3 (--runs), side by side
//   npm run lighthouse -- --min 90            fail under a score
// LIGHTHOUSE_PORT: another port than 4190 for the app (two checkouts measuring at once).
import lighthouse from "lighthouse";
import * as chromeLauncher from "chrome-launcher";
import { CHROMIUM_FLAGS, chromiumPath } from "./lib/chromium";
import { LOCALES, PAGE_TYPES } from "./lib/pages";
import { serveBuiltApp } from "./lib/served-app";

const PORT = Number(process.env.LIGHTHOUSE_PORT ?? 4190);
const CATEGORIES = ["performance", "accessibility", "best-practices", "seo"] as const;
const METRICS = {
  fcp: "first-contentful-paint",
  lcp: "largest-contentful-paint",
  tbt: "total-blocking-time",
  transfer: "total-byte-weight",
} as const;

function option(name: string): string | undefined {
  const index = process.argv.indexOf(name);
  return index > 0 ? process.argv[index + 1] : undefined;
}

const compare = option("--compare");
const runs = Number(option("--runs") ?? (compare ? 3 : 1));
const minimum = Number(option("--min") ?? 0);
const types = process.argv.includes("--all") ? PAGE_TYPES : PAGE_TYPES.slice(0, 1);

interface Measure {
  scores: number[];
  metrics: Record<keyof typeof METRICS, number>;
  /** Weighted audits under full marks, to say why a score is not 100. */
  misses: string[];
}

/** The median of the runs that gave a figure (under heavy load a run may give none: NaN). */
const median = (values: number[]) => {
  const sorted = values.filter(Number.isFinite).sort((a, b) => a - b);
  if (sorted.length === 0) return NaN;
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
};

async function measure(url: string, port: number): Promise<Measure> {
  const result = await lighthouse(url, {
    port,
    output: "json",
    logLevel: "error",
    onlyCategories: [...CATEGORIES],
  });
  const lhr = result?.lhr;
  if (!lhr) throw new Error(`Lighthouse returned nothing for ${url}`);
  const misses: string[] = [];
  for (const category of CATEGORIES) {
    for (const ref of lhr.categories[category]?.auditRefs ?? []) {
      const audit = lhr.audits[ref.id];
      if (ref.weight > 0 && audit && audit.score !== null && audit.score < 1)
        misses.push(`${category}: ${audit.id} (${audit.score}) ${audit.displayValue ?? ""}`);
    }
  }
  return {
    scores: CATEGORIES.map((category) => Math.round((lhr.categories[category]?.score ?? 0) * 100)),
    metrics: Object.fromEntries(
      Object.entries(METRICS).map(([key, id]) => [key, lhr.audits[id]?.numericValue ?? NaN]),
    ) as Measure["metrics"],
    misses,
  };
}

function summary(all: Measure[]): { scores: number[]; metrics: Measure["metrics"] } {
  return {
    scores: CATEGORIES.map((_, index) => median(all.map((one) => one.scores[index]!))),
    metrics: Object.fromEntries(
      Object.keys(METRICS).map((key) => [
        key,
        median(all.map((one) => one.metrics[key as keyof typeof METRICS])),
      ]),
    ) as Measure["metrics"],
  };
}

const server = await serveBuiltApp(PORT);
const chrome = await chromeLauncher.launch({
  chromePath: chromiumPath(),
  chromeFlags: ["--headless=new", ...CHROMIUM_FLAGS],
});

const urls = compare
  ? [`${server.base}${PAGE_TYPES[0]!.path("en")}`, compare]
  : types.flatMap((type) => LOCALES.map((locale) => `${server.base}${type.path(locale)}`));

let failed = false;
try {
  // Run after run over all pages, so that a page is not favoured by a quiet moment.
  const results = new Map<string, Measure[]>(urls.map((url) => [url, []]));
  for (let run = 0; run < runs; run++) {
    for (const url of urls) results.get(url)!.push(await measure(url, chrome.port));
  }
  console.log(
    `Lighthouse mobile, median of ${runs} run(s)\n` +
      `${"page".padEnd(44)}${CATEGORIES.map((c) => c.slice(0, 11).padStart(12)).join("")}` +
      `${"FCP ms".padStart(9)}${"LCP ms".padStart(9)}${"TBT ms".padStart(9)}${"kB".padStart(8)}`,
  );
  for (const [url, all] of results) {
    const { scores, metrics } = summary(all);
    failed ||= scores.some((score) => score < minimum);
    const name = url.startsWith(server.base) ? url.slice(server.base.length) : url;
    console.log(
      `${name.padEnd(44)}${scores.map((s) => String(s).padStart(12)).join("")}` +
        `${metrics.fcp.toFixed(0).padStart(9)}${metrics.lcp.toFixed(0).padStart(9)}` +
        `${metrics.tbt.toFixed(0).padStart(9)}${(metrics.transfer / 1000).toFixed(1).padStart(8)}`,
    );
    if (runs > 1) {
      const each = (key: keyof typeof METRICS) => all.map((one) => one.metrics[key].toFixed(0));
      console.log(`    runs: FCP ${each("fcp").join(" / ")}, LCP ${each("lcp").join(" / ")}`);
    }
    for (const miss of new Set(all.flatMap((one) => one.misses))) console.log(`    ${miss}`);
  }
} finally {
  chrome.kill();
  await server.stop();
}
if (failed) {
  console.error(`A page scored under ${minimum}.`);
  process.exit(1);
}
