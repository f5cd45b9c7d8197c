// Writes dist/<lang>/docs/api-overview/index.html for each language: the built index.html with the
// article rendered in place (readable before any script runs), its language, title and description.
// Runs after `vite build` and `vite build --ssr` (see the "build" script in package.json).
import { mkdir, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { contentSecurityPolicy } from "../src/csp";
import { LOCALES } from "../src/core/locale/locales";
import { loadArticles } from "./lib/articles";
import { inlineHashes } from "./vite-plugin-first-paint";

const DIST = "dist";
const SSR_ENTRY = join("dist-ssr", "entry-server.js");

const escapeHtml = (text: string) =>
  text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

const { renderPage } = (await import(pathToFileURL(SSR_ENTRY).href)) as {
  renderPage: (url: string) => Promise<string>;
};
// The app shell with the article's own, smaller stylesheet in place of the app's (src/article.css),
// and a Content Security Policy that allows that stylesheet by its hash instead.
const articleCss = (await readdir(join(DIST, "assets"))).filter((name) =>
  /^article-[\w-]+\.css$/.test(name),
);
if (articleCss.length !== 1) throw new Error("the build made no article stylesheet");
const css = await readFile(join(DIST, "assets", articleCss[0]!), "utf8");
const shell = (await readFile(join(DIST, "index.html"), "utf8")).replace(
  /<style>[\s\S]*?<\/style>/,
  () => `<style>${css}</style>`,
);
const template = shell.replace(
  /(http-equiv="Content-Security-Policy" content=")[^"]+(")/,
  (_whole, before: string, after: string) =>
    `${before}${contentSecurityPolicy(inlineHashes(shell))}${after}`,
);
const articles = loadArticles();

// hreflang alternates need absolute addresses: written only when the build knows where the app
// will live (SITE_URL=https://example.org npm run build).
const site = process.env.SITE_URL?.replace(/\/$/, "");
const alternates = site
  ? LOCALES.map(
      (locale) =>
        `<link rel="alternate" hreflang="${locale}" href="${site}/${locale}/docs/api-overview" />`,
    ).join("")
  : "";

for (const locale of LOCALES) {
  const path = `/${locale}/docs/api-overview`;
  const article = articles[locale];
  const body = await renderPage(`http://localhost${path}`);
  if (!body.includes(`id="breaking-changes"`))
    throw new Error(`${path}: the article did not render`);
  const html = template
    .replace(/<html lang="[^"]*"/, `<html lang="${locale}"`)
    .replace(
      /<title>[^<]*<\/title>/,
      `<title>${escapeHtml(article.title)} · API Change Desk</title>${alternates}`,
    )
    .replace(
      /(<meta\s+name="description"\s+content=")[^"]*(")/,
      `$1${escapeHtml(article.description)}$2`,
    )
    .replace('<div id="root"></div>', `<div id="root">${body}</div>`);
  // The only inline code allowed is what the CSP lists by hash (the React render adds none).
  const csp = /http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(html)?.[1] ?? "";
  const { scripts, styles } = inlineHashes(html);
  for (const hash of [...scripts, ...styles]) {
    if (!csp.includes(hash)) throw new Error(`${path}: inline code the CSP does not allow`);
  }
  await mkdir(join(DIST, locale, "docs", "api-overview"), { recursive: true });
  await writeFile(join(DIST, locale, "docs", "api-overview", "index.html"), html);
  console.log(`prerendered ${path} (${(html.length / 1000).toFixed(1)} kB)`);
}
await rm("dist-ssr", { recursive: true, force: true });
