// One report on the whole app: builds it, then prints the sizes per page type (gzipped), axe on
// every page in every language and theme, Lighthouse on every page type in every language, and
// the Diagnose timings in Chromium. Each part is its own script; this runs them in order and
// says at the end which failed. Takes a few minutes.
// Usage: npm run audit:app
import { spawnSync } from "node:child_process";

const STEPS: { name: string; command: string[] }[] = [
  { name: "build", command: ["npm", "run", "build", "--silent"] },
  { name: "sizes per page type", command: ["npx", "tsx", "scripts/size-budget.ts"] },
  { name: "axe", command: ["npx", "tsx", "scripts/axe-report.ts"] },
  { name: "Lighthouse", command: ["npx", "tsx", "scripts/lighthouse.ts", "--all"] },
  { name: "Diagnose timings", command: ["npm", "run", "bench:ui", "--silent"] },
];

const failed: string[] = [];
for (const step of STEPS) {
  console.log(`\n## ${step.name}\n`);
  const [command = "", ...args] = step.command;
  const result = spawnSync(command, args, { stdio: "inherit" });
  if (result.status !== 0) failed.push(step.name);
}
console.log(
  failed.length === 0 ? "\nAudit: every check passed." : `\nAudit: failed: ${failed.join(", ")}.`,
);
process.exit(failed.length === 0 ? 0 : 1);
