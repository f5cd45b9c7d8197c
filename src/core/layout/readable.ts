/**
 * What the picture writes under each module: the app as a person names it ("Google Drive", not
 * `google-drive`), the module's name (the user's label, else a readable form of its id: "Upload
 * a File", not `uploadAFile`), a two-letter mark and a stable colour per app. Blueprints carry
 * no display names and we draw no third-party logos, so both are derived from the ids.
 */

/** Apps whose id does not read well once split (acronyms, renamed or built-in apps). */
const APP_NAMES: Record<string, string> = {
  builtin: "Flow Control",
  util: "Tools",
  gateway: "Webhooks",
  http: "HTTP",
  json: "JSON",
  xml: "XML",
  csv: "CSV",
  regexp: "Text Parser",
  datastore: "Data Store",
  "google-email": "Gmail",
  gmail: "Gmail",
  "openai-gpt-3": "OpenAI",
  "anthropic-claude": "Anthropic Claude",
  "ai-local-agent": "AI Agent",
  "ai-tools": "AI Tools",
  "scenario-service": "Scenarios",
  email: "Email",
  rss: "RSS",
  wordpress: "WordPress",
  linkedin: "LinkedIn",
  github: "GitHub",
  "assembly-ai": "AssemblyAI",
  placeholder: "Placeholder",
};

/** Parts of ids that are acronyms; everything else gets a capital first letter. */
const ACRONYMS = new Set([
  "ai",
  "api",
  "csv",
  "crm",
  "gpt",
  "http",
  "json",
  "pdf",
  "rss",
  "sms",
  "sql",
  "url",
  "xml",
  "id",
]);

/** Short words kept lower case inside a module name, as Make writes them ("Upload a File"). */
const SMALL_WORDS = new Set([
  "a",
  "an",
  "and",
  "as",
  "at",
  "by",
  "for",
  "from",
  "in",
  "into",
  "of",
  "on",
  "or",
  "the",
  "to",
  "with",
]);

/** Words Make's ids start with that its display names leave out (`ActionSendEmail` → "Send Email"). */
const ID_PREFIXES = new Set(["action", "trigger"]);

/** Splits `uploadAFile`, `ActionSendDataAPIKeyAuth`, `google-drive`, `SetVariable2` into words. */
function words(id: string): string[] {
  return id
    .replace(/([a-z\d])([A-Z])/g, "$1 $2")
    .replace(/([A-Z]+)([A-Z][a-z])/g, "$1 $2")
    .split(/[\s_\-:.]+/)
    .filter((word) => word.length > 0);
}

function capitalise(word: string): string {
  const lower = word.toLowerCase();
  if (ACRONYMS.has(lower)) return lower.toUpperCase();
  return word.charAt(0).toUpperCase() + word.slice(1);
}

export function readableApp(app: string): string {
  const known = APP_NAMES[app];
  if (known) return known;
  // Version suffixes of app ids (`google-sheets2`) are not part of the name.
  const parts = words(app.replace(/\d+$/, ""));
  return parts.length > 0 ? parts.map(capitalise).join(" ") : app;
}

/** The user's label when there is one, else the module id in words, without a version suffix. */
export function readableModule(name: string, label: string | null): string {
  if (label && label.trim() !== "") return label;
  let parts = words(name.replace(/\d+$/, ""));
  if (parts.length > 1 && ID_PREFIXES.has(parts[0]!.toLowerCase())) parts = parts.slice(1);
  if (parts.length === 0) return name;
  return parts
    .map((word, index) =>
      index > 0 && SMALL_WORDS.has(word.toLowerCase()) ? word.toLowerCase() : capitalise(word),
    )
    .join(" ");
}

/** Two letters for the app's circle: the first letters of two words, else the word's first two. */
export function appInitials(readableName: string): string {
  const parts = readableName.split(/\s+/).filter((word) => /\p{L}|\p{N}/u.test(word));
  if (parts.length === 0) return "?";
  if (parts.length === 1) {
    const [first = "", second = ""] = Array.from(parts[0]!);
    return first.toUpperCase() + second;
  }
  return (Array.from(parts[0]!)[0]! + Array.from(parts[1]!)[0]!).toUpperCase();
}

/**
 * Circle colours: dark enough that white initials pass WCAG AA (4.5:1) in both themes, and no
 * pure red, which the picture keeps for severities.
 */
export const APP_COLOURS = [
  "#1d4ed8", // blue
  "#15803d", // green
  "#7c2d12", // brown
  "#6d28d9", // violet
  "#0f766e", // teal
  "#a21caf", // fuchsia
  "#c2410c", // orange
  "#4338ca", // indigo
  "#0e7490", // cyan
  "#4d7c0f", // lime
  "#be185d", // pink
  "#475569", // slate
] as const;

/** The same app always gets the same colour (FNV-1a hash of its id). */
export function appColour(app: string): string {
  let hash = 0x811c9dc5;
  for (let index = 0; index < app.length; index++) {
    hash ^= app.charCodeAt(index);
    hash = Math.imul(hash, 0x01000193);
  }
  return APP_COLOURS[(hash >>> 0) % APP_COLOURS.length]!;
}
