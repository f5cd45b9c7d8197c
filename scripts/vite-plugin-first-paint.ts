import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import type { Plugin } from "vite";
import { contentSecurityPolicy, type InlineHashes } from "../src/csp";

/** Where index.html wants the theme script (a comment, so that the source page stays plain). */
const THEME_MARKER = "<!-- theme script -->";
const THEME_SCRIPT = "src/theme-init.js";

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
 * - the theme script is inlined in <head> (dev and build), so the remembered theme applies
 *   before the first paint without a render-blocking request;
 * - (build) the app's one stylesheet is inlined as a <style> (about 8 kB gzipped);
 * - (build) the app's module scripts are fetched at low priority: they run after the paint
 *   anyway (src/main.tsx waits for an idle moment on a prerendered article);
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
        const theme = readFileSync(THEME_SCRIPT, "utf8").trim();
        if (!html.includes(THEME_MARKER)) throw new Error(`index.html has no ${THEME_MARKER}`);
        let page = html.replace(THEME_MARKER, `<script>${theme}</script>`);
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
        page = page
          .replace(/<script type="module"/g, '<script type="module" fetchpriority="low"')
          .replace(/<link rel="modulepreload"/g, '<link rel="modulepreload" fetchpriority="low"');
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
