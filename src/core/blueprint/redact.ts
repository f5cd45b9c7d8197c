/**
 * A copy of a blueprint that can be shared: connection ids, webhook ids, e-mail addresses and
 * secrets in URLs replaced, everything else (module ids, structure, labels) kept so that the
 * copy still shows what the scenario does.
 */

/** Members that hold a connection, webhook or account reference. */
const ID_MEMBERS = new Set([
  "__IMTCONN__",
  "__IMTHOOK__",
  "hook",
  "account",
  "connection",
  "makeConnectionId",
  "connectionId",
]);

const EMAIL = /[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}/g;
/** user:password@ in a URL. */
const URL_CREDENTIALS = /\b([a-z][a-z0-9+.-]*:\/\/)[^\s/@:]+(?::[^\s/@]*)?@/gi;
/** Query parameters that carry secrets. */
const URL_SECRET_PARAMS =
  /([?&](?:access_token|token|api_?key|apikey|key|secret|client_secret|password|pwd|sig|signature|auth|code)=)[^&#\s"]*/gi;
/** Make / Fusion webhook addresses: the path is the secret. */
const HOOK_URL =
  /\b(https?:\/\/hook\.[a-z0-9.-]*(?:make\.com|integromat\.com|workfrontfusion\.com)\/)[A-Za-z0-9_-]+/gi;

export const REDACTED = "<redacted>";

/** Redacts e-mail addresses and URL secrets inside one text. */
export function redactValue(value: string): string {
  return value
    .replace(URL_CREDENTIALS, `$1${REDACTED}@`)
    .replace(HOOK_URL, `$1${REDACTED}`)
    .replace(URL_SECRET_PARAMS, `$1${REDACTED}`)
    .replace(EMAIL, "<e-mail>");
}

/** A connection, webhook or account member and its value (a number or a JSON string). */
const ID_MEMBER_VALUE = new RegExp(
  `("(?:${[...ID_MEMBERS].join("|")})"\\s*:\\s*)(-?\\d+(?:\\.\\d+)?|"(?:[^"\\\\]|\\\\.)*")`,
  "g",
);

/**
 * The blueprint text, redacted. Works on the text itself: the user's layout and member order are
 * kept, any depth of nesting is fine, and even a broken file can be shared safely. Replacements
 * contain no quote or backslash, so valid JSON stays valid.
 */
export function redactBlueprint(text: string): string {
  return redactValue(text.replace(ID_MEMBER_VALUE, `$1"${REDACTED}"`));
}
