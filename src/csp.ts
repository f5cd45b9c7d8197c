/**
 * The Content Security Policy of the built app: scripts, styles, fonts and connections only from
 * the app's own origin. The only inline code allowed is what the build itself puts in the page's
 * <head> (the theme script and the stylesheet, for a first paint that waits on no request), each
 * allowed by its SHA-256 hash: still no 'unsafe-inline'. The build puts the policy in a <meta>
 * (scripts/vite-plugin-first-paint.ts) and the server also sends it as a header
 * (scripts/serve.mjs, which adds what a <meta> cannot carry).
 */
export const CSP_DIRECTIVES = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "worker-src 'self'",
  "manifest-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
];

/** Hashes (`'sha256-…'` sources) of the inline scripts and styles the page may run. */
export interface InlineHashes {
  scripts: string[];
  styles: string[];
}

/** The policy as one header value, with the hashes added to script-src and style-src. */
export function contentSecurityPolicy(hashes: InlineHashes): string {
  return CSP_DIRECTIVES.map((directive) => {
    const extra = directive.startsWith("script-src ")
      ? hashes.scripts
      : directive.startsWith("style-src ")
        ? hashes.styles
        : [];
    return [directive, ...extra].join(" ");
  }).join("; ");
}
