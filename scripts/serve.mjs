#!/usr/bin/env node
// Serves the built app (dist/) on 127.0.0.1 with sirv (files, brotli/gzip copies made at build
// time, prerendered pages, the app shell for every other address). This file only adds what is
// the app's: its security headers on every response, GET and HEAD only, and plain 400/404/500.
import { createServer } from "node:http";
import { readdirSync, readFileSync } from "node:fs";
import { join, relative, resolve, sep } from "node:path";
import { fileURLToPath } from "node:url";
import sirv from "sirv";

// DIST_DIR serves another build folder (the e2e update test serves a copy it changes).
const root = resolve(process.env.DIST_DIR ?? fileURLToPath(new URL("../dist", import.meta.url)));
const port = Number(process.env.PORT ?? 4173);
const host = process.env.HOST ?? "127.0.0.1";

// What a <meta> CSP cannot carry (frame-ancestors) is added here; the rest is the page's own
// <meta> policy (each page allows its own inline theme script and stylesheet by their hashes).
function cspOf(html) {
  const meta =
    /http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(html)?.[1] ??
    "default-src 'self'";
  // The attribute is HTML-escaped by the build (&#39; for '); a header needs the plain text.
  const policy = meta
    .replace(/&#39;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, "&");
  return `${policy}; frame-ancestors 'none'`;
}

/** Each page's own policy, by its address (e.g. /en/docs/api-overview/index.html). */
function pagePolicies() {
  const policies = new Map();
  for (const entry of readdirSync(root, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile() || !entry.name.endsWith(".html")) continue;
    const path = join(entry.parentPath, entry.name);
    policies.set(
      `/${relative(root, path).split(sep).join("/")}`,
      cspOf(readFileSync(path, "utf8")),
    );
  }
  return policies;
}

let policies;
try {
  policies = pagePolicies();
} catch {
  policies = new Map();
}
// The app shell's policy, sent with every response that is not a page of its own.
const csp = policies.get("/index.html");
if (!csp) {
  console.error(`No build in ${root}. Run "npm run build" first.`);
  process.exit(1);
}

const APP_HEADERS = {
  "Content-Security-Policy": csp,
  "X-Content-Type-Options": "nosniff",
  "Referrer-Policy": "no-referrer",
  "Cross-Origin-Opener-Policy": "same-origin",
  "Permissions-Policy": "camera=(), microphone=(), geolocation=()",
};

function plain(response, status, text, extra = {}) {
  response.writeHead(status, { ...extra, "Content-Type": "text/plain; charset=utf-8" });
  response.end(text);
}

const files = sirv(root, {
  // Production mode: the file list is read once at start, and only those files are served, so
  // no address can reach outside the build (nor a dotfile).
  dev: false,
  brotli: true,
  gzip: true,
  etag: true,
  // Unknown addresses get the app shell: the router shows the page or a localized 404. A missing
  // asset or file name (with an extension) is a plain 404: no route looks like one.
  single: true,
  ignores: ["^/assets/"],
  setHeaders(response, pathname) {
    response.setHeader(
      "Cache-Control",
      pathname.startsWith("/assets/") ? "public, max-age=31536000, immutable" : "no-cache",
    );
  },
  onNoMatch: (_request, response) => plain(response, 404, "Not found"),
});

/** A page's own policy, by the address asked for (/en/docs/api-overview is that folder's index). */
function policyFor(url) {
  let pathname;
  try {
    pathname = decodeURIComponent(new URL(url ?? "/", "http://app").pathname);
  } catch {
    return csp;
  }
  const page = pathname.endsWith(".html") ? pathname : `${pathname.replace(/\/$/, "")}/index.html`;
  return policies.get(page) ?? csp;
}

const server = createServer((request, response) => {
  for (const [name, value] of Object.entries(APP_HEADERS)) response.setHeader(name, value);
  // Set before sirv answers, so a 304 (which updates the cached headers) carries it too.
  response.setHeader("Content-Security-Policy", policyFor(request.url));
  if (request.method !== "GET" && request.method !== "HEAD") {
    plain(response, 405, "Method not allowed", { Allow: "GET, HEAD" });
    return;
  }
  try {
    // sirv would quietly fall back to the app shell; a broken address is the client's error.
    decodeURIComponent(new URL(request.url ?? "/", "http://app").pathname);
  } catch {
    plain(response, 400, "Bad request");
    return;
  }
  try {
    files(request, response);
  } catch (error) {
    console.error(error);
    if (!response.headersSent) plain(response, 500, "Server error");
    else response.destroy();
  }
});

server.listen(port, host, () => {
  console.log(`API Change Desk is served at http://${host}:${server.address().port}/`);
});
