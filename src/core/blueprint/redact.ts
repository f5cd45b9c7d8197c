/**
 * A copy of a blueprint that can be shared: connection ids, webhook ids, e-mail addresses and
 * secrets in URLs replaced, everything else (module ids, structure, labels) kept so that the
 * copy still shows what the scenario does.
 */

/** Members whose value is a connection or webhook id, whether a number or a (placeholder) string. */
const ID_MEMBERS = ["__IMTCONN__", "__IMTHOOK__", "hook", "makeConnectionId", "connectionId"];
/**
 * Members that hold a connection id as a number, but a connection *type* as a string
 * (`restore…data.connection: "slack2"`): the type is what a reader needs, and no secret.
 */
const NUMERIC_ID_MEMBERS = ["account", "connection"];

const EMAIL = /[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}/g;
/** user:password@ in a URL. */
const URL_CREDENTIALS = /\b([a-z][a-z0-9+.-]*:\/\/)[^\s/@:]+(?::[^\s/@]*)?@/gi;
/** Query parameters that carry secrets. */
const URL_SECRET_PARAMS =
  /([?&](?:access_token|token|api_?key|apikey|key|secret|client_secret|password|pwd|sig|signature|auth|code)=)[^&#\s"]*/gi;
/** Make / Fusion webhook addresses: the path is the secret. */
const HOOK_URL =
  /\b(https?:\/\/hook\.[a-z0-9.-]*(?:make\.com|integromat\.com|workfrontfusion\.com)\/)[A-Za-z0-9_-]+/gi;

/** Credentials typed into an HTTP module's Authorization header (not in a URL, as secret). */
const AUTHORIZATION = /\b(Bearer|Basic)(\s+)[A-Za-z0-9._~+/=-]{8,}/g;

export const REDACTED = "<redacted>";

/** Redacts e-mail addresses, URL secrets and Authorization credentials inside one text. */
export function redactValue(value: string): string {
  // URL credentials and e-mail addresses need an "@" (no replacement adds one): most text has
  // none, and these two patterns are tried at every position (most of redacting 100,000 labels).
  const hasAt = value.includes("@");
  const redacted = (hasAt ? value.replace(URL_CREDENTIALS, `$1${REDACTED}@`) : value)
    .replace(AUTHORIZATION, `$1$2${REDACTED}`)
    .replace(HOOK_URL, `$1${REDACTED}`)
    .replace(URL_SECRET_PARAMS, `$1${REDACTED}`);
  return hasAt ? redacted.replace(EMAIL, "<e-mail>") : redacted;
}

const STRING = String.raw`"(?:[^"\\]|\\.)*"`;
const NUMBER = String.raw`-?\d+(?:\.\d+)?`;
/** A connection, webhook or account member and its value. */
const ID_MEMBER_VALUE = new RegExp(
  String.raw`("(?:${ID_MEMBERS.join("|")})"\s*:\s*)(${NUMBER}|${STRING})|("(?:${NUMERIC_ID_MEMBERS.join("|")})"\s*:\s*)(${NUMBER})`,
  "g",
);
/**
 * A scenario input of type `account:…` with a default connection id (top-level `io.input_spec`,
 * format §7), the default after or before the type, within one flat object.
 */
const INPUT_DEFAULT_AFTER = new RegExp(
  String.raw`("type"\s*:\s*"account[^"]*"[^{}]*?"default"\s*:\s*)(${NUMBER}|${STRING})`,
  "g",
);
const INPUT_DEFAULT_BEFORE = new RegExp(
  String.raw`("default"\s*:\s*)(${NUMBER}|${STRING})(?=[^{}]*?"type"\s*:\s*"account)`,
  "g",
);

/**
 * The blueprint text, redacted. Works on the text itself: the user's layout and member order are
 * kept, any depth of nesting is fine, and even a broken file can be shared safely. Replacements
 * contain no quote or backslash, so valid JSON stays valid.
 */
export function redactBlueprint(text: string): string {
  const redactedIds = text
    .replace(
      ID_MEMBER_VALUE,
      (_, member?: string, __?: string, numericMember?: string) =>
        `${member ?? numericMember ?? ""}"${REDACTED}"`,
    )
    .replace(INPUT_DEFAULT_AFTER, `$1"${REDACTED}"`)
    .replace(INPUT_DEFAULT_BEFORE, `$1"${REDACTED}"`);
  return redactValue(redactedIds);
}
