/**
 * The first key given twice in one JSON object. JSON.parse keeps the last value without a word;
 * the reader warns instead (as for duplicate module ids). Strings and the structural characters
 * are the only tokens that matter: a string followed by ":" is a key of the innermost object.
 * Call it on text JSON.parse accepted.
 */
const TOKENS = /"(?:[^"\\]|\\.)*"|[{}[\]:]/g;

export function firstDuplicateKey(text: string): string | null {
  const open: (Set<string> | null)[] = [];
  let lastString: string | null = null;
  TOKENS.lastIndex = 0;
  for (let match = TOKENS.exec(text); match; match = TOKENS.exec(text)) {
    const token = match[0];
    if (token === "{") open.push(new Set());
    else if (token === "[") open.push(null);
    else if (token === "}" || token === "]") open.pop();
    else if (token === ":") {
      const keys = open[open.length - 1];
      if (keys && lastString !== null) {
        // Escapes spell the same key in other ways ("\u006dodule" is "module").
        const key = lastString.includes("\\")
          ? (JSON.parse(lastString) as string)
          : lastString.slice(1, -1);
        if (keys.has(key)) return key;
        keys.add(key);
      }
    } else {
      lastString = token;
      continue;
    }
    lastString = null;
  }
  return null;
}
