// The static server (scripts/serve.mjs) on a small build of its own, with a private sibling
// folder next to it: what it must never serve, and the headers it must always send.
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from "node:fs";
import { request } from "node:http";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { gunzipSync, brotliDecompressSync } from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { precompress } from "./lib/precompress";
import { serveBuiltApp, type ServedApp } from "./lib/served-app";

interface Reply {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: Buffer;
}

let folder: string;
let app: ServedApp;

/** A raw request: the path goes out byte for byte (fetch would resolve "..", http.get too). */
function send(method: string, path: string, headers: Record<string, string> = {}): Promise<Reply> {
  const { hostname, port } = new URL(app.base);
  return new Promise((resolve, reject) => {
    const outgoing = request({ hostname, port, method, path, headers }, (incoming) => {
      const chunks: Buffer[] = [];
      incoming.on("data", (chunk: Buffer) => chunks.push(chunk));
      incoming.on("end", () =>
        resolve({
          status: incoming.statusCode ?? 0,
          headers: incoming.headers,
          body: Buffer.concat(chunks),
        }),
      );
    });
    outgoing.on("error", reject);
    outgoing.end();
  });
}

const SHELL = `<!doctype html><html><head><meta http-equiv="Content-Security-Policy" content="default-src &#39;self&#39;; script-src &#39;self&#39;"></head><body>${"shell ".repeat(200)}</body></html>`;
const SCRIPT = `console.log(${JSON.stringify("the app ".repeat(300))});`;

beforeAll(async () => {
  folder = mkdtempSync(join(tmpdir(), "serve-test-"));
  const dist = join(folder, "dist");
  mkdirSync(join(dist, "assets"), { recursive: true });
  mkdirSync(join(dist, "en", "docs", "api-overview"), { recursive: true });
  writeFileSync(join(dist, "index.html"), SHELL);
  writeFileSync(join(dist, "assets", "app-1234.js"), SCRIPT);
  writeFileSync(join(dist, "en", "docs", "api-overview", "index.html"), "<p>the article</p>");
  writeFileSync(join(dist, ".env"), "SECRET=dotfile");
  // Siblings whose names start with the build folder's: the old guard let these through.
  mkdirSync(join(folder, "dist-private"));
  writeFileSync(join(folder, "dist-private", "secret.txt"), "SECRET=sibling");
  writeFileSync(join(folder, "secret.txt"), "SECRET=parent");
  await precompress(dist);
  app = await serveBuiltApp(0, dist);
});

afterAll(async () => {
  await app?.stop();
  rmSync(folder, { recursive: true, force: true });
});

const SECURITY_HEADERS = [
  "content-security-policy",
  "x-content-type-options",
  "referrer-policy",
  "cross-origin-opener-policy",
  "permissions-policy",
];

function expectSecurityHeaders(reply: Reply) {
  for (const name of SECURITY_HEADERS) expect(reply.headers[name], name).toBeTruthy();
  expect(reply.headers["content-security-policy"]).toBe(
    "default-src 'self'; script-src 'self'; frame-ancestors 'none'",
  );
}

describe("scripts/serve.mjs", () => {
  it("serves the shell, prerendered pages and assets with the app's headers", async () => {
    const shell = await send("GET", "/en/diagnose");
    expect(shell.status).toBe(200);
    expect(shell.body.toString()).toBe(SHELL);
    expect(shell.headers["content-type"]).toMatch(/^text\/html/);
    expect(shell.headers["cache-control"]).toBe("no-cache");
    expectSecurityHeaders(shell);

    const article = await send("GET", "/en/docs/api-overview");
    expect(article.body.toString()).toBe("<p>the article</p>");

    const asset = await send("GET", "/assets/app-1234.js");
    expect(asset.status).toBe(200);
    expect(asset.body.toString()).toBe(SCRIPT);
    expect(asset.headers["content-type"]).toMatch(/^text\/javascript/);
    expect(asset.headers["cache-control"]).toBe("public, max-age=31536000, immutable");
    expectSecurityHeaders(asset);
  });

  it.each([
    "/../secret.txt",
    "/..%2fsecret.txt",
    "/..%2Fdist-private%2Fsecret.txt",
    "/%2e%2e/dist-private/secret.txt",
    "/%2e%2e%2fdist-private%2fsecret.txt",
    "/..%5cdist-private%5csecret.txt",
    "/assets/..%2f..%2fdist-private%2fsecret.txt",
    "/%252e%252e%252fsecret.txt",
    "/..%c0%afsecret.txt",
    "/.env",
    "/%2eenv",
    "//..%2fsecret.txt",
  ])("never serves a file outside the build or a dotfile: %s", async (path) => {
    const reply = await send("GET", path);
    expect(reply.body.toString()).not.toContain("SECRET");
    expect([200, 400, 404]).toContain(reply.status);
    expectSecurityHeaders(reply);
  });

  it("answers a malformed address with 400 and no stack trace, with the app's headers", async () => {
    for (const path of ["/%", "/%E0%A4%A", "/assets/%zz.js"]) {
      const reply = await send("GET", path);
      expect(reply.status, path).toBe(400);
      expect(reply.body.toString()).not.toMatch(/at .*\(|Error/);
      expectSecurityHeaders(reply);
    }
  });

  it("answers a missing file with 404 and the app's headers", async () => {
    for (const path of ["/assets/missing.js", "/missing.png"]) {
      const reply = await send("GET", path);
      expect(reply.status, path).toBe(404);
      expectSecurityHeaders(reply);
    }
  });

  it.each(["POST", "PUT", "DELETE", "PATCH", "TRACE", "OPTIONS"])(
    "refuses %s with 405 and Allow: GET, HEAD",
    async (method) => {
      const reply = await send(method, "/en/diagnose");
      expect(reply.status).toBe(405);
      expect(reply.headers.allow).toBe("GET, HEAD");
      expect(reply.body.toString()).not.toContain("shell");
      expectSecurityHeaders(reply);
    },
  );

  it("answers HEAD with the headers and no body", async () => {
    const reply = await send("HEAD", "/assets/app-1234.js");
    expect(reply.status).toBe(200);
    expect(reply.body.length).toBe(0);
    expectSecurityHeaders(reply);
  });

  it("sends the files compressed at build time: brotli first, then gzip, else plain", async () => {
    const brotli = await send("GET", "/assets/app-1234.js", { "accept-encoding": "gzip, br" });
    expect(brotli.headers["content-encoding"]).toBe("br");
    expect(brotliDecompressSync(brotli.body).toString()).toBe(SCRIPT);
    expect(brotli.headers.vary).toMatch(/accept-encoding/i);
    expect(brotli.headers["content-type"]).toMatch(/^text\/javascript/);

    const gzip = await send("GET", "/en/diagnose", { "accept-encoding": "gzip" });
    expect(gzip.headers["content-encoding"]).toBe("gzip");
    expect(gunzipSync(gzip.body).toString()).toBe(SHELL);
    expect(gzip.headers["content-type"]).toMatch(/^text\/html/);

    const plain = await send("GET", "/assets/app-1234.js", { "accept-encoding": "identity" });
    expect(plain.headers["content-encoding"]).toBeUndefined();
    expect(plain.body.toString()).toBe(SCRIPT);
  });
});
