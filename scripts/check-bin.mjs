#!/usr/bin/env node
// `fusion-check`: runs scripts/check.ts through tsx (the engine is TypeScript), same arguments.
import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";

const script = fileURLToPath(new URL("./check.ts", import.meta.url));
const result = spawnSync(process.execPath, ["--import", "tsx", script, ...process.argv.slice(2)], {
  stdio: "inherit",
});
process.exit(result.status ?? 2);
