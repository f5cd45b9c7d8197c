/**
 * The Content Security Policy of the built app: scripts, styles, fonts and connections only from
 * the app's own origin, no inline script. The build puts it in a <meta> (vite.config.ts) and the
 * server also sends it as a header (scripts/serve.mjs, which adds what a <meta> cannot carry).
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

export const CSP_META = CSP_DIRECTIVES.join("; ");
