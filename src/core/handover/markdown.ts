/**
 * The plan as a Markdown checklist. Scenario text (names, labels, field names) is escaped so a
 * Markdown viewer shows it as typed: no HTML, no links, no images can come from a blueprint.
 */
import type { StepDescription } from "./describe";
import { detailGroups, headerOf, type HandoverMeta } from "./header";
import type { HandoverWords } from "./words";

/**
 * Backslash-escapes what Markdown would read as markup: inline characters anywhere (HTML, links,
 * images, emphasis, code, tables, entities) and block markers at the start. Line breaks become spaces.
 */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/[\r\n]+/g, " ")
    .replace(/[\\`*_[\]<>&|~!]/g, (char) => `\\${char}`)
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
      lines.push(`  - ${escapeMarkdown(group.label)}:`);
      group.items.forEach((item, index) => {
        const marker = group.ordered ? `${index + 1}.` : "-";
        const text = /^https:\/\/[^\s<>]+$/.test(item) ? `<${item}>` : escapeMarkdown(item);
        lines.push(`    ${marker} ${text}`);
      });
    }
  }
  return `${lines.join("\n")}\n`;
}
