import { resolve } from "node:path";
import type { Plugin } from "vite";
import { isLocale, LOCALES } from "../src/core/locale/locales";
import { articlePath, loadArticles } from "./lib/articles";

const PREFIX = "virtual:article/";
const RESOLVED = "\0" + PREFIX;

/**
 * `import article from "virtual:article/<locale>"`: the article converted at build time, as a
 * JSON module (one chunk per language). No Markdown parser reaches the browser.
 */
export function articlesPlugin(): Plugin {
  return {
    name: "articles",
    resolveId: (id) => (id.startsWith(PREFIX) ? RESOLVED + id.slice(PREFIX.length) : undefined),
    load(id) {
      if (!id.startsWith(RESOLVED)) return undefined;
      const locale = id.slice(RESOLVED.length);
      if (!isLocale(locale)) throw new Error(`No article language "${locale}"`);
      // Every language depends on the English file (it gives the section ids).
      for (const each of LOCALES) this.addWatchFile(resolve(articlePath(each)));
      return `export default JSON.parse(${JSON.stringify(JSON.stringify(loadArticles()[locale]))});`;
    },
  };
}
