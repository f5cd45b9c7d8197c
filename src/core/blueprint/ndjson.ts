/**
 * Newline-delimited JSON: one JSON value per line. The Fusion API exports scenarios this way,
 * each record holding its blueprint next to `scenarioId`, `name` and `teamId` (format §1). Tried
 * only on text JSON.parse refused, so a normal blueprint never pays for it.
 */

/** The records of an NDJSON text (two or more lines, every one a JSON object), else null. */
export function ndjsonRecords(text: string): { line: number; value: unknown }[] | null {
  const records: { line: number; value: unknown }[] = [];
  const lines = text.split("\n");
  for (let index = 0; index < lines.length; index++) {
    const line = (lines[index] ?? "").trim();
    if (line === "") continue;
    // A pretty-printed document starts with a lone "{": not NDJSON, and no need to parse it.
    if (!line.startsWith("{") || !line.endsWith("}")) return null;
    try {
      records.push({ line: index + 1, value: JSON.parse(line) as unknown });
    } catch {
      return null;
    }
  }
  return records.length >= 2 ? records : null;
}
