/**
 * The plan as a Markdown checklist. Scenario text (names, labels, field names) is escaped so a
 * Markdown viewer shows it as typed: no HTML, no links, no images can come from a blueprint (the
 * only links are the catalog's sources).
 */
import { withColon } from "../locale/typeset";
import type { StepDescription } from "./describe";
import { columnWords, PLAN_SHARED_COLUMNS } from "./columns";
import { detailGroups, headerOf, scenarioCell, type HandoverMeta } from "./header";
import type { HandoverWords } from "./words";
import { finish, inParts, type Sliced } from "../work/sliced";

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

/** A GFM table, every cell escaped. */
export function markdownTable(
  head: readonly string[],
  rows: readonly (readonly string[])[],
): string[] {
  return [...markdownTableLines(head, rows)];
}

/** The lines of `markdownTable`, each made as it is read. */
function* markdownTableLines(head: readonly string[], rows: Iterable<readonly string[]>) {
  const row = (cells: readonly string[]) => `| ${cells.map(escapeMarkdown).join(" | ")} |`;
  yield row(head);
  yield `|${head.map(() => " --- |").join("")}`;
  for (const cells of rows) yield row(cells);
}

/**
 * The findings the plan acts on, one row per module with the columns every export shares and the
 * step that handles it: tables of several plans can be merged and sorted.
 */
function* findingsTable(steps: StepDescription[], meta: HandoverMeta, words: HandoverWords) {
  if (steps.every((step) => step.lines.length === 0)) return;
  const column = columnWords(meta.locale).column;
  const scenario = scenarioCell(meta, words);
  const head = [...PLAN_SHARED_COLUMNS.map((key) => column[key]), words["plan.label.step"]];
  yield* markdownTableLines(head, findingRows(steps, scenario));
  yield "";
}

function* findingRows(steps: StepDescription[], scenario: string) {
  for (const step of steps) {
    for (const line of step.lines) {
      const cells = { scenario, ...line };
      yield [...PLAN_SHARED_COLUMNS.map((key) => cells[key]), String(step.number)];
    }
  }
}

/** The plan as Markdown, in parts made a piece at a time (see core/work/sliced). */
export function planMarkdownParts(
  steps: StepDescription[],
  meta: HandoverMeta,
  words: HandoverWords,
): Sliced<string[]> {
  return inParts(markdownLines(steps, meta, words), "\n");
}

export function planToMarkdown(
  steps: StepDescription[],
  meta: HandoverMeta,
  words: HandoverWords,
): string {
  return finish(planMarkdownParts(steps, meta, words)).join("");
}

function* markdownLines(steps: StepDescription[], meta: HandoverMeta, words: HandoverWords) {
  const header = headerOf(steps, meta, words);
  yield `# ${escapeMarkdown(header.title)}`;
  yield "";
  for (const line of header.lines) yield* [escapeMarkdown(line), ""];
  yield* findingsTable(steps, meta, words);
  for (const step of steps) {
    const box = meta.done.includes(step.id) ? "x" : " ";
    yield `- [${box}] **${step.number}. ${escapeMarkdown(step.title)}**`;
    for (const group of detailGroups(step, words)) {
      yield `  - ${escapeMarkdown(withColon(meta.locale, group.label))}`;
      for (const [index, item] of group.items.entries()) {
        const marker = group.ordered ? `${index + 1}.` : "-";
        const text = group.links ? `<${item}>` : escapeMarkdown(item);
        yield `    ${marker} ${text}`;
      }
    }
  }
}
