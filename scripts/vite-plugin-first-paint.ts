import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import type { Plugin } from "vite";
import { contentSecurityPolicy, type InlineHashes } from "../src/csp";

/** Where index.html wants a script of src/ inline: `<!-- inline: src/….js -->`. */
const INLINE_MARKER = /<!-- inline: (src\/[\w-]+\.js) -->/g;
const APP_LOADER = "src/app-loader.js";

/** A script of src/ as it goes inline: its comment lines left out (they are for its readers). */
const inlineScript = (path: string) =>
  readFileSync(path, "utf8")
    .replace(/^\s*\/\/.*\n/gm, "")
    .trim();

const sha256 = (text: string) =>
  `'sha256-${createHash("sha256").update(text, "utf8").digest("base64")}'`;

/** The CSP hash sources of every inline <script> and <style> of a page. */
export function inlineHashes(html: string): InlineHashes {
  const bodies = (pattern: RegExp) =>
    [...html.matchAll(pattern)].map((match) => sha256(match[1] ?? ""));
  return {
    scripts: bodies(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g),
    styles: bodies(/<style[^>]*>([\s\S]*?)<\/style>/g),
  };
}

/**
 * A first paint that waits on no request but the page itself:
 * - the scripts index.html names in `<!-- inline: … -->` comments are inlined (dev and build):
 *   the theme script (the remembered theme applies before the first paint, without a
 *   render-blocking request) and the one that keeps the reader's place across languages;
 * - (build) the app's one stylesheet is inlined as a <style> (about 8 kB gzipped);
 * - (build) the app's module script is not in the page but loaded by a small inline script
 *   (src/app-loader.js): on a prerendered article, only once the page has loaded and the
 *   browser is idle, so that no script request competes with the first paint;
 * - (build) the Content Security Policy goes at the top of <head>, with the SHA-256 of each inline
 *   script and style: nothing else inline may run ('unsafe-inline' stays out).
 */
export function firstPaint(): Plugin {
  const inlined = new Set<string>();
  return {
    name: "first-paint",
    // A chunk that still asked for an inlined stylesheet would fetch a missing file.
    generateBundle: {
      order: "post",
      handler(_options, bundle) {
        for (const chunk of Object.values(bundle)) {
          if (chunk.type !== "chunk") continue;
          for (const fileName of inlined) {
            if (chunk.code.includes(fileName))
              this.error(
                `${chunk.fileName} asks for ${fileName}, which is inlined (see vite.config.ts)`,
              );
          }
        }
      },
    },
    transformIndexHtml: {
      order: "post",
      handler(html, context) {
        let page = html.replace(
          INLINE_MARKER,
          (_marker, path: string) => `<script>${inlineScript(path)}</script>`,
        );
        const bundle = context.bundle;
        if (!bundle) return page; // dev server: no CSP (Vite injects its own scripts and styles)

        page = page.replace(
          /<link rel="stylesheet"[^>]*href="\/([^"]+\.css)"[^>]*>/g,
          (_link, fileName: string) => {
            const asset = bundle[fileName];
            if (asset?.type !== "asset") throw new Error(`${fileName} is not in the build`);
            const css = String(asset.source);
            if (css.includes("</style")) throw new Error(`${fileName} cannot be inlined`);
            // Inlined, so the file itself is no longer needed (nor precached).
            delete bundle[fileName];
            inlined.add(fileName);
            return `<style>${css}</style>`;
          },
        );
        const entries = [
          ...page.matchAll(/<script type="module"[^>]*src="([^"]+)"[^>]*><\/script>/g),
        ];
        if (entries.length !== 1) throw new Error("index.html should have one module script");
        const loader = inlineScript(APP_LOADER).replace(
          '"__ENTRY__"',
          JSON.stringify(entries[0]![1]),
        );
        page = page
          .replace(entries[0]![0], `<script>${loader}</script>`)
          // What the entry imports is fetched with it, after the paint.
          .replace(/\s*<link rel="modulepreload"[^>]*>/g, "");
        const policy = contentSecurityPolicy(inlineHashes(page));
        // Right after the charset, before anything it governs.
        return page.replace(
          /(<meta charset="[^"]*" \/>)/,
          `$1\n    <meta http-equiv="Content-Security-Policy" content="${policy}" />`,
        );
      },
    },
  };
}
