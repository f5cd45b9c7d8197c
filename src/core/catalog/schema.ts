/**
 * The catalog's schema, in zod: the tests prove that the data conforms and that the schema and
 * the TypeScript model describe the same shape. Imported by tests and scripts only.
 */
import { z } from "zod";
import { EVIDENCE_RULE_CODES } from "../analysis/report";

const idStatus = z.enum(["confirmed-export", "seen-public-code", "inferred", "unknown"]);
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
const datedFact = z.object({
  date: isoDate.nullable(),
  precision: z.enum(["day", "week", "month", "quarter", "year", "unspecified"]),
  text: z.string().min(1).nullable(),
});
const level = z.enum(["connection", "module", "connector"]);
const source = z.object({
  url: z.url({ protocol: /^https$/ }),
  path: z.string().nullable(),
  anchor: z.string().nullable(),
});
const names = z.array(z.string().min(1)).min(1);
const evidenceRule = z.object({
  code: z.enum(EVIDENCE_RULE_CODES),
  when: z.discriminatedUnion("kind", [
    z.object({ kind: z.literal("connection-type-in"), types: names }),
    z.object({ kind: z.literal("connection-type-not-in"), types: names }),
    z.object({ kind: z.literal("account-domain-in"), domains: names }),
    z.object({ kind: z.literal("account-domain-not-in"), domains: names }),
    z.object({ kind: z.literal("account-not-shown") }),
  ]),
  verdict: z.enum(["affected", "check", "not-affected"]),
  source,
});

export const catalogEntrySchema = z.object({
  id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/),
  ref: z.string().regex(/^[ABC]\d{1,2}$/),
  category: z.enum(["auth", "endpoint", "api-version"]),
  level,
  status: z.enum([
    "announced",
    "deprecated",
    "in-effect",
    "legacy-still-works",
    "stopped",
    "superseded",
  ]),
  app: z.object({
    displayName: z.string().min(1),
    legacyDisplayName: z.string().min(1).nullable(),
    appIds: z.array(z.string().regex(/^[a-z0-9-]+$/)),
    idStatus,
  }),
  match: z.object({
    modules: z.array(
      z.object({
        displayName: z.string().min(1),
        moduleId: z
          .string()
          .regex(/^[a-z0-9-]+:[A-Za-z0-9_]+$/)
          .nullable(),
        versions: z.string().nullable(),
        idStatus,
      }),
    ),
    wholeApp: z.boolean(),
    connectionTypes: z.array(
      z.object({
        displayName: z.string().min(1),
        accountType: z.string().min(1).nullable(),
        idStatus,
      }),
    ),
    namePatterns: z.array(z.string().min(2)),
    evidence: z.array(evidenceRule),
  }),
  documentedFor: z.array(z.enum(["fusion", "make"])).min(1),
  summary: z.string().min(20),
  replacement: z.object({
    level: z.union([level, z.literal("none")]),
    displayName: z.string().min(1).nullable(),
    moduleId: z.string().nullable(),
    idStatus,
    parameterRenames: z.array(z.object({ from: z.string(), to: z.string() })),
    outputChanges: z.string().nullable(),
  }),
  dates: z.object({
    announced: datedFact.nullable(),
    deprecated: datedFact.nullable(),
    removedFromSelector: datedFact.nullable(),
    stopsWorking: datedFact.nullable(),
  }),
  upgrade: z.object({
    method: z.enum([
      "upgrade",
      "upgrade-all",
      "choose-new",
      "new-connection",
      "new-connector-rebuild",
      "external-action",
      "none",
    ]),
    preservesConfiguration: z.enum(["yes", "no", "unknown"]),
    reviewAfterUpgrade: z.boolean(),
  }),
  sources: z.array(source).min(1),
  notes: z.string().nullable(),
});

export const catalogSchema = z.object({
  schemaVersion: z.literal(1),
  snapshot: z.object({
    repo: z.string(),
    commit: z.string().regex(/^[0-9a-f]{40}$/),
    date: isoDate,
  }),
  entries: z.array(catalogEntrySchema),
});
