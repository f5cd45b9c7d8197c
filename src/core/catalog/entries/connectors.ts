/**
 * (c) The whole connector or API version is retired: move all of the connector's modules to the
 * new connector (docs/fusion-facts.md §2, C1–C10). A match on the app prefix alone is "likely".
 */
import {
  day,
  entry,
  fusionDoc,
  month,
  quarter,
  releaseNote,
  UPGRADE_PAGE,
  week,
  workfrontDoc,
} from "../build";
import type { CatalogEntry } from "../model";

const adobe = "references/apps-and-modules/adobe-connectors";
const thirdParty = "references/apps-and-modules/third-party-connectors";

export const CONNECTOR_ENTRIES: CatalogEntry[] = [
  entry({
    id: "workfront-legacy-connector",
    ref: "C1",
    category: "api-version",
    level: "connector",
    status: "deprecated",
    app: {
      displayName: "Adobe Workfront",
      legacyDisplayName: "Workfront (Legacy)",
      appIds: ["workfront-workfront", "workfront"],
      idStatus: "seen-public-code",
    },
    match: { wholeApp: true },
    dates: {
      announced: day("2025-10-22"),
      deprecated: day("2025-10-22"),
      stopsWorking: month("2028-04-01"),
    },
    upgrade: { method: "upgrade-all", preservesConfiguration: "yes" },
    sources: [
      fusionDoc(`${adobe}/workfront-modules.md`),
      releaseNote(2025, "fusion-2025-10-20.md"),
      UPGRADE_PAGE,
      workfrontDoc("wf-api/api/api-version-support-schedule.md"),
    ],
  }),
  entry({
    id: "workfront-in-place-api-bumps",
    ref: "C2",
    category: "api-version",
    level: "connector",
    status: "superseded",
    app: {
      displayName: "Adobe Workfront",
      appIds: ["workfront-workfront"],
      idStatus: "seen-public-code",
    },
    match: {},
    replacement: { level: "none" },
    dates: { announced: week("2025-05-12") },
    upgrade: { method: "none", preservesConfiguration: "yes", reviewAfterUpgrade: false },
    sources: [
      releaseNote(2023, "fusion-2023-11-14.md"),
      releaseNote(2024, "fusion-2024-10-21.md"),
      releaseNote(2025, "fusion-2025-5-5.md"),
    ],
  }),
  entry({
    id: "ajo-old-connector",
    ref: "C3",
    category: "api-version",
    level: "connector",
    status: "deprecated",
    app: { displayName: "Adobe Journey Optimizer" },
    match: { namePatterns: ["journey-optimizer", "adobe-ajo", "ajo:"] },
    dates: { deprecated: week("2024-07-29") },
    upgrade: { method: "new-connector-rebuild", preservesConfiguration: "no" },
    sources: [
      releaseNote(2024, "fusion-2024-7-29.md"),
      releaseNote(2022, "fusion-sept-19-22.md"),
      fusionDoc(`${adobe}/adobe-journey-optimizer-modules.md`),
    ],
  }),
  entry({
    id: "jira-legacy-connectors",
    ref: "C4",
    category: "api-version",
    level: "connector",
    status: "deprecated",
    app: { displayName: "Jira", legacyDisplayName: "Jira Cloud / Jira Server (Legacy)" },
    match: { namePatterns: ["jira"] },
    dates: { deprecated: week("2025-08-18") },
    upgrade: { method: "new-connector-rebuild", preservesConfiguration: "no" },
    sources: [
      releaseNote(2025, "fusion-2025-8-18.md"),
      fusionDoc(`${thirdParty}/jira-software-modules.md`),
      fusionDoc(`${thirdParty}/jira-modules-new.md`),
    ],
  }),
  entry({
    id: "slack-legacy-connector",
    ref: "C5",
    category: "api-version",
    level: "connector",
    status: "deprecated",
    app: {
      displayName: "Slack",
      legacyDisplayName: "Slack (Legacy)",
      appIds: ["slack"],
      idStatus: "inferred",
    },
    match: {
      wholeApp: true,
      evidence: [
        {
          // The new connector's OAuth redirect URLs end in /oauth/cb/slack2 (user token) and
          // /oauth/cb/slack3 (bot token): connections of these types are the new connector's.
          code: "new-connector-connection",
          when: { kind: "connection-type-in", types: ["slack2", "slack3"] },
          verdict: "not-affected",
          source: fusionDoc(`${thirdParty}/slack-modules-new.md`),
        },
      ],
    },
    dates: {
      deprecated: week("2025-11-17"),
    },
    upgrade: { method: "new-connector-rebuild", preservesConfiguration: "no" },
    sources: [
      fusionDoc(`${thirdParty}/slack-modules-new.md`),
      fusionDoc(`${thirdParty}/slack-modules.md`),
      releaseNote(2025, "fusion-2025-11-17.md"),
    ],
  }),
  entry({
    id: "frameio-legacy-v3-connector",
    ref: "C6",
    category: "api-version",
    level: "connector",
    status: "legacy-still-works",
    app: { displayName: "Frame.io", legacyDisplayName: "Frame.io (Legacy) (V3)" },
    match: { namePatterns: ["frame-io", "frameio"] },
    replacement: { displayName: "Frame.io (V4)" },
    dates: {
      announced: week("2025-04-14"),
      deprecated: day("2025-07-31"),
    },
    upgrade: { method: "new-connector-rebuild", preservesConfiguration: "no" },
    sources: [
      fusionDoc(`${adobe}/frame-io-modules.md`),
      fusionDoc(`${adobe}/frame-io-modules-new.md`),
      releaseNote(2025, "fusion-2025-4-14.md"),
      releaseNote(2025, "fusion-2025-7-31.md"),
    ],
  }),
  entry({
    id: "firefly-api-v3",
    ref: "C7",
    category: "api-version",
    level: "connector",
    status: "superseded",
    app: { displayName: "Adobe Firefly" },
    match: {},
    replacement: { level: "none" },
    dates: { announced: week("2025-02-24") },
    upgrade: { method: "none", preservesConfiguration: "yes", reviewAfterUpgrade: false },
    sources: [releaseNote(2025, "fusion-2025-2-24.md")],
  }),
  entry({
    id: "salesforce-default-api-62",
    ref: "C8",
    category: "api-version",
    level: "connector",
    status: "superseded",
    app: { displayName: "Salesforce", appIds: ["salesforce"], idStatus: "inferred" },
    match: { wholeApp: true },
    replacement: { level: "none" },
    dates: { announced: week("2025-01-20") },
    upgrade: { method: "external-action", preservesConfiguration: "yes" },
    sources: [
      releaseNote(2025, "fusion-2025-1-20.md"),
      fusionDoc(`${thirdParty}/salesforce-modules.md`),
    ],
  }),
  entry({
    id: "workfront-planning-v1-connector",
    ref: "C9",
    category: "api-version",
    level: "connector",
    status: "announced",
    app: { displayName: "Adobe Workfront Planning", legacyDisplayName: "Workfront Planning (V1)" },
    match: { namePatterns: ["workfront-planning"] },
    replacement: { displayName: "Workfront Planning (V2)" },
    dates: { announced: week("2026-07-13") },
    upgrade: { method: "new-connector-rebuild", preservesConfiguration: "no" },
    sources: [fusionDoc(`${adobe}/workfront-planning-modules.md`)],
  }),
  entry({
    id: "workfront-proof-unified-approvals",
    ref: "C10",
    category: "api-version",
    level: "connector",
    status: "announced",
    app: {
      displayName: "Workfront Proof",
      appIds: ["workfront-proof"],
      idStatus: "seen-public-code",
    },
    match: { wholeApp: true },
    replacement: { displayName: "Adobe Workfront Unified Review and Approvals" },
    dates: {
      announced: week("2026-06-15"),
      stopsWorking: quarter("2026-07-01"),
    },
    upgrade: { method: "new-connector-rebuild", preservesConfiguration: "no" },
    sources: [
      workfrontDoc(
        "review-and-approve-work/tips-tricks-troubleshooting-approvals/fusion-remediation-for-unified-approvals.md",
      ),
      releaseNote(2026, "fusion-2026-6-15.md"),
    ],
  }),
];
