/** The plan as plain text for the clipboard: readable pasted into a ticket, a chat or an e-mail. */
import { withColon } from "../locale/typeset";
import type { StepDescription } from "./describe";
import { detailGroups, headerOf, type HandoverMeta } from "./header";
import type { HandoverWords } from "./words";

export function planToText(
  steps: StepDescription[],
  meta: HandoverMeta,
  words: HandoverWords,
): string {
  const header = headerOf(steps, meta, words);
  const lines = [header.title, ...header.lines, ""];
  for (const step of steps) {
    const box = meta.done.includes(step.id) ? "[x]" : "[ ]";
    lines.push(`${box} ${step.number}. ${step.title}`);
    for (const group of detailGroups(step, words)) {
      lines.push(`    ${withColon(meta.locale, group.label)}`);
      group.items.forEach((item, index) => {
        lines.push(
          `      ${group.ordered ? `${index + 1}.` : "-"} ${item.replace(/[\r\n]+/g, " ")}`,
        );
      });
    }
    lines.push("");
  }
  return lines.join("\n");
}
