#!/usr/bin/env node
// Serves the built app (dist/) on 127.0.0.1: prerendered pages where they exist, the app shell
// for every other address, gzip for text, and the security headers of the app. No dependencies.
import { createServer } from "node:http";
import { readFile, stat } from "node:fs/promises";
import { extname, join, normalize, resolve } from "node:path";
import { gzipSync } from "node:zlib";
import { fileURLToPath } from "node:url";

// DIST_DIR serves another build folder (the e2e update test serves a copy it changes).
const root = resolve(process.env.DIST_DIR ?? fileURLToPath(new URL("../dist", import.meta.url)));
const port = Number(process.env.PORT ?? 4173);
const host = process.env.HOST ?? "127.0.0.1";

const TYPES = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".webmanifest": "application/manifest+json; charset=utf-8",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".ico": "image/x-icon",
  ".txt": "text/plain; charset=utf-8",
  ".md": "text/markdown; charset=utf-8",
  ".csv": "text/csv; charset=utf-8",
};

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

async function fileAt(path) {
  try {
    const info = await stat(path);
    if (info.isFile()) return path;
    if (info.isDirectory()) {
      const index = join(path, "index.html");
      if ((await stat(index).catch(() => null))?.isFile()) return index;
    }
  } catch {
    // not there
  }
  return null;
}

// The app shell's policy, sent with every file that is not a page of its own.
const csp = await readFile(join(root, "index.html"), "utf8")
  .then(cspOf)
  .catch(() => {
    console.error(`No build in ${root}. Run "npm run build" first.`);
    process.exit(1);
  });

const server = createServer(async (request, response) => {
  try {
    const url = new URL(request.url ?? "/", `http://${host}`);
    const wanted = normalize(join(root, decodeURIComponent(url.pathname)));
    if (!wanted.startsWith(root)) {
      response.writeHead(400).end();
      return;
    }
    const isAsset = url.pathname.startsWith("/assets/");
    // Unknown addresses get the app shell: the router shows the page or a localized 404.
    // A missing file (a name with an extension) is a plain 404: no route looks like one.
    const isFileName = /\.[a-z0-9]+$/i.test(url.pathname);
    const path =
      (await fileAt(wanted)) ?? (isAsset || isFileName ? null : join(root, "index.html"));
    if (!path) {
      response.writeHead(404, { "Content-Type": "text/plain" }).end("Not found");
      return;
    }
    const type = TYPES[extname(path)] ?? "application/octet-stream";
    let body = await readFile(path);
    const headers = {
      "Content-Type": type,
      "Content-Security-Policy": extname(path) === ".html" ? cspOf(String(body)) : csp,
      "X-Content-Type-Options": "nosniff",
      "Referrer-Policy": "no-referrer",
      "Cross-Origin-Opener-Policy": "same-origin",
      "Permissions-Policy": "camera=(), microphone=(), geolocation=()",
      "Cache-Control": isAsset ? "public, max-age=31536000, immutable" : "no-cache",
    };
    const compressible = /^(text\/|application\/(json|javascript|manifest)|image\/svg)/.test(type);
    if (
      compressible &&
      /\bgzip\b/.test(request.headers["accept-encoding"] ?? "") &&
      body.length > 512
    ) {
      body = gzipSync(body);
      headers["Content-Encoding"] = "gzip";
      headers["Vary"] = "Accept-Encoding";
    }
    headers["Content-Length"] = body.length;
    response.writeHead(200, headers);
    response.end(request.method === "HEAD" ? undefined : body);
  } catch (error) {
    console.error(error);
    response.writeHead(500).end();
  }
});

server.listen(port, host, () => {
  console.log(`API Change Desk is served at http://${host}:${port}/`);
});
