/**
 * The scenario model: what the reader and walker produce from a blueprint, and what the
 * catalog matcher, analyzer and planner consume. Plain data only (it crosses a Web Worker
 * boundary by structured clone), no classes, no functions.
 */
import type { HintCode } from "./hints";

/** Where a blueprint came from, read off `metadata.zone` (the only reliable marker). */
export type Platform = "fusion" | "make" | "integromat" | "unknown";

/** Which of the shapes in the format description (docs/blueprint-format.md) the document had. */
export type BlueprintShape =
  | "export" // { name, flow, metadata }
  | "api-response" // { code, response: { blueprint } }
  | "wrapper" // { blueprint, ... } (template, committer wrapper, NDJSON record)
  | "clipboard" // { subflows: [{ flow }], metadata }
  | "modules-key" // { modules: [...] }
  | "single-module" // one module object at the top
  | "module-bag" // an object whose members are module objects
  | "module-array"; // a top-level array of modules

export type ModuleRole =
  | "trigger"
  | "action"
  | "router"
  | "if-else"
  | "merge"
  | "error-handler"
  | "directive"
  | "placeholder"
  | "orphan";

/** One step of a module's path: how it is reached from the root of the scenario. */
export type PathStep =
  | { kind: "flow"; index: number }
  | { kind: "route"; index: number }
  | { kind: "branch"; index: number; label?: string }
  | { kind: "tool"; index: number; name?: string }
  | { kind: "onerror" }
  | { kind: "subflow"; index: number }
  | { kind: "orphans"; chain: number };

export interface ConnectionRef {
  /** Name of the parameter that holds it (`__IMTCONN__`, `account`, `connection`, …). */
  parameter: string;
  /** The connection id as found (number, placeholder string, or null when blanked). */
  id: number | string | null;
  /** Accepted types declared in `metadata.parameters[].type` ("account:a,b" → ["a","b"]). */
  acceptedTypes: string[];
  /** The type actually in use (`restore…data.connection`), when known and not "undefined". */
  type: string | null;
  /** The user's label for the connection (`restore…label`), as text. */
  label: string | null;
}

export interface WebhookRef {
  parameter: string; // "hook" or "__IMTHOOK__"
  id: number | string | null;
  type: string | null; // "gateway-webhook", "google-sheets2", …
  label: string | null;
}

export interface ScenarioModule {
  /** Stable key, unique in the scenario: the module id when unique and present, else path-based. */
  key: string;
  /** The `id` member (integer, null, or missing → null). */
  id: number | string | null;
  /** Full module id, `<app>:<Name>` as written. */
  module: string;
  app: string;
  name: string;
  /** `version` member; null when missing. */
  version: number | null;
  role: ModuleRole;
  /** Path from the scenario root, machine form. */
  path: PathStep[];
  /** Path in words, e.g. "main flow › router 3 › route 2 › module 7". */
  pathText: string;
  depth: number;
  /** `key` of the module this one hangs off (router, if-else, agent, module with onerror), or null. */
  parentKey: string | null;
  /** `metadata.designer.name`: the user's own label. */
  label: string | null;
  position: { x: number; y: number } | null;
  connections: ConnectionRef[];
  webhook: WebhookRef | null;
  filterName: string | null;
  /** Names of mapped fields and parameters (keys only, no values): what to re-check after an upgrade. */
  fieldNames: string[];
  /** The route or branch this module's chain belongs to is switched off. */
  disabled: boolean;
}

export interface Scenario {
  name: string | null;
  platform: Platform;
  zone: string | null;
  shape: BlueprintShape;
  modules: ScenarioModule[];
  /** What the reader tolerated: size over Fusion's limit, skipped items, shared ids, NDJSON. */
  warnings: ReadWarning[];
}

export interface ReadWarning {
  code:
    | "over-fusion-limit"
    | "lenient-parse"
    | "unknown-members"
    | "duplicate-ids"
    | "duplicate-keys"
    | "encoding"
    | "invalid-utf8";
  /** English text for the CLI; the UI renders its own localized text from `code` and `data`. */
  message: string;
  data?: Record<string, string | number>;
}

export type ReadErrorCode = "empty" | "too-large" | "invalid-json" | "not-a-blueprint";

/** The only error the reader ever reports: typed, located, with a hint when one is obvious. */
export interface ReadError {
  code: ReadErrorCode;
  message: string;
  /** 1-based line and column of the problem (invalid-json only). */
  line?: number;
  column?: number;
  /** A short excerpt of the offending line and a caret line under the column. */
  excerpt?: { text: string; caret: string };
  /** How to fix it, when obvious, in English (the command line's words). */
  hint?: string;
  /** The same hint as a code and its values, which the page words in the reader's language. */
  hintCode?: HintCode;
  hintValues?: Record<string, string>;
  /** For not-a-blueprint: what was found instead (the UI words it in the reader's language). */
  found?: FoundValue;
}

/** What a JSON document that holds no scenario is, as data: each language words it. */
export type FoundValue =
  | { kind: "text" | "nested" | "null" | "string" | "number" | "boolean" }
  | { kind: "array"; count: number; items: FoundItems }
  | { kind: "object"; keys: string[] };

/** The kind of the items of a found array ("mixed" when they differ). */
export type FoundItems = "object" | "array" | "string" | "number" | "boolean" | "null" | "mixed";

export type ReadResult = { ok: true; scenario: Scenario } | { ok: false; error: ReadError };
