/**
 * The plan as a Markdown checklist. Scenario text (names, labels, field names) is escaped so a
 * Markdown viewer shows it as typed: no HTML, no links, no images can come from a blueprint (the
 * only links are the catalog's sources).
 */
import { withColon } from "../locale/typeset";
import type { StepDescription } from "./describe";
import { detailGroups, headerOf, type HandoverMeta } from "./header";
import type { HandoverWords } from "./words";

/**
 * A word GFM could turn into a link by itself (`https://…`, `www.…`, an e-mail address): no escape
 * stops that (remark-gfm finds them in the text after escapes are read), so such a word is shown
 * as a code span: literal, visible, never a link.
 */
const LINK_LIKE = /:\/\/|www\.|@/i;

function codeSpan(word: string): string {
  const longestRun = Math.max(0, ...(word.match(/`+/g) ?? []).map((run) => run.length));
  const fence = "`".repeat(longestRun + 1);
  const pad = word.startsWith("`") || word.endsWith("`") ? " " : "";
  return `${fence}${pad}${word}${pad}${fence}`;
}

/**
 * Makes blueprint text plain Markdown: inline markup characters are backslash-escaped (HTML,
 * links, images, emphasis, code, tables, entities), link-like words become code spans, and a
 * block marker at the start is escaped. Line breaks become spaces.
 */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/[\r\n]+/g, " ")
    .split(/(\s+)/)
    .map((word, index) =>
      index % 2 === 1
        ? word
        : LINK_LIKE.test(word)
          ? codeSpan(word)
          : word.replace(/[\\`*_[\]<>&|~!]/g, (char) => `\\${char}`),
    )
    .join("")
    .replace(
      /^(\s*)([#=+-]|\d+[.)])/,
      (_whole, space: string, marker: string) =>
        `${space}${marker.replace(/^(\d*)(.)$/, "$1\\$2")}`,
    );
}

export function planToMarkdown(
  steps: StepDescription[],
  meta: HandoverMeta,
  words: HandoverWords,
): string {
  const header = headerOf(steps, meta, words);
  const lines = [`# ${escapeMarkdown(header.title)}`, ""];
  for (const line of header.lines) lines.push(escapeMarkdown(line), "");
  for (const step of steps) {
    const box = meta.done.includes(step.id) ? "x" : " ";
    lines.push(`- [${box}] **${step.number}. ${escapeMarkdown(step.title)}**`);
    for (const group of detailGroups(step, words)) {
      lines.push(`  - ${escapeMarkdown(withColon(meta.locale, group.label))}`);
      group.items.forEach((item, index) => {
        const marker = group.ordered ? `${index + 1}.` : "-";
        const text = group.links ? `<${item}>` : escapeMarkdown(item);
        lines.push(`    ${marker} ${text}`);
      });
    }
  }
  return `${lines.join("\n")}\n`;
}
