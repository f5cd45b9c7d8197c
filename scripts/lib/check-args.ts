// The command line of scripts/check.ts, read once: flags may come before, between or after paths.

export type CheckFormat = "text" | "json" | "markdown" | "csv";

export type CheckArgs =
  | { ok: true; format: CheckFormat; today: string; paths: string[] }
  | { ok: false; message: string };

const FORMATS: Record<string, CheckFormat> = {
  "--json": "json",
  "--markdown": "markdown",
  "--csv": "csv",
};
const DATE = /^\d{4}-\d{2}-\d{2}$/;

export const USAGE =
  "Usage: npm run check -- [--json | --markdown | --csv] [--today YYYY-MM-DD] <files or folders>";

/**
 * `--today` takes the next argument only when it is a date, so `--today file.json` never
 * swallows the file: it is an error that says what is missing. `--today=YYYY-MM-DD` works too.
 */
export function parseCheckArgs(args: readonly string[], now: string): CheckArgs {
  let format: CheckFormat = "text";
  let today: string | null = null;
  const paths: string[] = [];
  for (let index = 0; index < args.length; index++) {
    const arg = args[index]!;
    if (arg === "--today" || arg.startsWith("--today=")) {
      const value = arg === "--today" ? args[index + 1] : arg.slice("--today=".length);
      if (value === undefined || !DATE.test(value))
        return { ok: false, message: `--today needs a date as YYYY-MM-DD.\n${USAGE}` };
      if (arg === "--today") index += 1;
      today = value;
    } else if (arg in FORMATS) {
      const next = FORMATS[arg]!;
      if (format !== "text" && format !== next)
        return { ok: false, message: `Choose one of --json, --markdown, --csv.\n${USAGE}` };
      format = next;
    } else if (arg.startsWith("--")) {
      return { ok: false, message: `Unknown option ${arg}.\n${USAGE}` };
    } else {
      paths.push(arg);
    }
  }
  if (paths.length === 0) return { ok: false, message: `No file or folder given.\n${USAGE}` };
  return { ok: true, format, today: today ?? now, paths };
}
