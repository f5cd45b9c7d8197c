// The real blueprints in test/fixtures/blueprints and their SOURCES.md table (tests only).
import { readdirSync, readFileSync } from "node:fs";

export const FIXTURE_DIR = "test/fixtures/blueprints";

export interface FixtureRow {
  file: string;
  bytes: number;
  modules: number;
  features: string;
}

/** Rows of the SOURCES.md table: the expected module count of every fixture. */
export function fixtureRows(): FixtureRow[] {
  const table = readFileSync(`${FIXTURE_DIR}/SOURCES.md`, "utf8");
  return table
    .split("\n")
    .filter((line) => /^\| \d{3}-/.test(line))
    .map((line) => {
      const cells = line.split(" | ").map((cell) => cell.replace(/^\| ?| ?\|$/g, "").trim());
      return {
        file: cells[0] ?? "",
        bytes: Number(cells[4]),
        modules: Number(cells[5]),
        features: cells[6] ?? "",
      };
    });
}

export const fixtureFiles = () => readdirSync(FIXTURE_DIR).filter((file) => file.endsWith(".json"));

export const fixtureBytes = (file: string) =>
  new Uint8Array(readFileSync(`${FIXTURE_DIR}/${file}`));
export const fixtureText = (file: string) => readFileSync(`${FIXTURE_DIR}/${file}`, "utf8");
