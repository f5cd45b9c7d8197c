// The Markdown export, read back by a GFM parser (remark-gfm, as GitHub and most viewers read
// it): every link in it is one of the catalog's sources, none comes from blueprint text.
import remarkGfm from "remark-gfm";
import remarkParse from "remark-parse";
import { unified } from "unified";
import { describe, expect, it } from "vitest";
import { CATALOG } from "../catalog/index";
import { diagnoseBlueprint } from "../diagnosis/diagnose";
import { describePlan } from "./describe";
import { escapeMarkdown, planToMarkdown } from "./markdown";
import { HANDOVER_WORDS_EN } from "./words";

const HOSTILE = [
  "https://evil.example/phish",
  "http://evil.example/a",
  "see www.evil.example/b now",
  "mail evil@example.com",
  "mailto:evil@example.com",
  "xmpp:evil@example.com",
  "ftp://evil.example/c",
  "<https://evil.example/d>",
  "[click](https://evil.example/e)",
  "HTTPS://EVIL.EXAMPLE/F",
  "WWW.EVIL.EXAMPLE",
];

function hostileBlueprint(): string {
  const flow = HOSTILE.map((text, index) => ({
    id: index + 1,
    module: index % 2 ? "openai-gpt-3:CreateCompletion" : "google-email:ActionSendEmail",
    version: 1,
    parameters: { __IMTCONN__: 100 + index },
    mapper: { [text]: text, to: text },
    filter: { name: text, conditions: [] },
    metadata: {
      designer: { x: index * 300, y: 0, name: text },
      restore: { parameters: { __IMTCONN__: { label: `${text} connection` } } },
    },
  }));
  return JSON.stringify({
    name: `Orders ${HOSTILE.join(" ")}`,
    flow,
    metadata: { zone: "eu1.make.com" },
  });
}

interface MdNode {
  type: string;
  url?: string;
  value?: string;
  children?: MdNode[];
}

const parse = (markdown: string) =>
  unified().use(remarkParse).use(remarkGfm).parse(markdown) as MdNode;

/** The text a reader sees (text and code spans). */
const shown = (node: MdNode): string => node.value ?? (node.children ?? []).map(shown).join("");

function links(node: MdNode, found: string[] = []): string[] {
  if (node.type === "link" || node.type === "image" || node.type === "definition") {
    found.push(node.url ?? "");
  }
  for (const child of node.children ?? []) links(child, found);
  return found;
}

describe("Markdown export read by a GFM parser", () => {
  it.each([true, false])("has no link from blueprint text (ids hidden: %s)", (redact) => {
    const outcome = diagnoseBlueprint(hostileBlueprint(), CATALOG, { today: "2026-11-25" });
    if (!outcome.ok) throw new Error(outcome.error.message);
    const { scenario, report, plan } = outcome;
    const steps = describePlan(plan, scenario, CATALOG, HANDOVER_WORDS_EN, {
      locale: "en",
      redact,
      report,
    });
    const markdown = planToMarkdown(
      steps,
      { scenarioName: scenario.name, done: [], today: "2026-11-25", locale: "en", redact },
      HANDOVER_WORDS_EN,
    );
    expect(report.findings.length).toBeGreaterThan(0);
    expect(markdown).toContain("evil");

    const tree = parse(markdown);
    const sources = new Set(CATALOG.entries.flatMap((entry) => entry.sources.map((s) => s.url)));
    const found = links(tree);
    expect(found.length).toBeGreaterThan(0);
    for (const url of found) expect(sources, url).toContain(url);
  });

  it("shows each link-like text as typed, without a link", () => {
    for (const text of [...HOSTILE, "a `www.x.org` b", "``@``", "12. x@y.z"]) {
      const tree = parse(escapeMarkdown(text));
      expect(links(tree), text).toEqual([]);
      expect(shown(tree), text).toBe(text);
    }
  });
});
