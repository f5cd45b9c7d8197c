import { existsSync } from "node:fs";

/**
 * Finds a Chromium for the end-to-end suite and the scripts (size budget, Lighthouse, UI bench): $CHROMIUM_PATH (or $CHROME_PATH), then Debian's.
 * Test tools cannot download browsers on this network, so a missing one stops the run at once
 * with the command that installs it.
 */
export function chromiumPath(): string {
  const candidates = [process.env.CHROMIUM_PATH, process.env.CHROME_PATH, "/usr/bin/chromium"];
  for (const candidate of candidates) {
    if (candidate && existsSync(candidate)) return candidate;
  }
  throw new Error(
    [
      "No Chromium found for the end-to-end tests.",
      "Install Debian's: sudo apt-get update && sudo apt-get install -y chromium",
      "or point CHROMIUM_PATH at a Chromium or Chrome binary.",
    ].join("\n"),
  );
}

/** Flags that keep Chromium quiet on a closed network (no background connections). */
export const CHROMIUM_FLAGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--disable-default-apps",
  "--disable-extensions",
];
