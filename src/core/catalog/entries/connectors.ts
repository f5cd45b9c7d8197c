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
    summary:
      "The Workfront (Legacy) connector uses Workfront API v20, deprecated with the 28.4 release (April 2028): upgrade its modules to the new Workfront connector with Upgrade or Upgrade all, then review each.",
    replacement: { displayName: "Workfront (new connector, October 2025)" },
    dates: {
      announced: day(
        "2025-10-22",
        "new connector released October 22, 2025 (release note: week of October 20)",
      ),
      deprecated: day(
        "2025-10-22",
        "Adobe recommends the new connector for new and edited scenarios",
      ),
      stopsWorking: month("2028-04-01", "API v20 deprecated with the 28.4 release (April 2028)"),
    },
    upgrade: { method: "upgrade-all", preservesConfiguration: "yes" },
    sources: [
      fusionDoc(`${adobe}/workfront-modules.md`),
      releaseNote(2025, "fusion-2025-10-20.md"),
      UPGRADE_PAGE,
      workfrontDoc("wf-api/api/api-version-support-schedule.md"),
    ],
    notes:
      "Whether Upgrade changes the app id or only the version is unknown: modules already upgraded may match too. Fusion shows the Upgrade badge only on legacy ones.",
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
    summary:
      "Informational: Fusion moved the Workfront connector to API v17 (2023), v19 (2024) and v20 (May 2025) in place; nothing for the user to do.",
    replacement: { level: "none" },
    dates: { announced: week("2025-05-12", "v20 switch-over May 12–16, 2025") },
    upgrade: { method: "none", preservesConfiguration: "yes", reviewAfterUpgrade: false },
    sources: [
      releaseNote(2023, "fusion-2023-11-14.md"),
      releaseNote(2024, "fusion-2024-10-21.md"),
      releaseNote(2025, "fusion-2025-5-5.md"),
    ],
    notes: "Listed so it is not mistaken for a pending change; it never produces a finding.",
  }),
  entry({
    id: "ajo-old-connector",
    ref: "C3",
    category: "api-version",
    level: "connector",
    status: "deprecated",
    app: { displayName: "Adobe Journey Optimizer" },
    match: { namePatterns: ["journey-optimizer", "adobe-ajo", "ajo:"] },
    summary:
      "The original Adobe Journey Optimizer connector (2022) is deprecated because the AJO APIs it used were; the new connector (July 2024) covers configurations, packages, templates, fragments and messages. Rebuild by hand.",
    replacement: { displayName: "Adobe Journey Optimizer (July 2024 connector)" },
    dates: { deprecated: week("2024-07-29", "week of July 29, 2024") },
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
    summary:
      'The legacy Jira Cloud and Jira Server connectors "will not be supported moving forward": move their modules to the new Jira connector (OAuth 2 or basic connection, API version chosen on the connection).',
    replacement: { displayName: "Jira (August 2025 connector)" },
    dates: { deprecated: week("2025-08-18", "week of August 18, 2025") },
    upgrade: { method: "new-connector-rebuild", preservesConfiguration: "no" },
    sources: [
      releaseNote(2025, "fusion-2025-8-18.md"),
      fusionDoc(`${thirdParty}/jira-software-modules.md`),
      fusionDoc(`${thirdParty}/jira-modules-new.md`),
    ],
    notes:
      "The app ids of the legacy and new Jira connectors are unknown: check in Fusion whether the module is marked Legacy.",
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
    summary:
      "Slack (Legacy) is replaced by the new Slack connector (November 17, 2025); a note in the legacy doc says it is no longer available. Move its modules to the new connector.",
    replacement: { displayName: "Slack (November 2025 connector)" },
    dates: {
      deprecated: week("2025-11-17", "week of November 17, 2025 (legacy doc comment: November 14)"),
    },
    upgrade: { method: "new-connector-rebuild", preservesConfiguration: "no" },
    sources: [
      fusionDoc(`${thirdParty}/slack-modules-new.md`),
      fusionDoc(`${thirdParty}/slack-modules.md`),
      releaseNote(2025, "fusion-2025-11-17.md"),
    ],
    notes:
      "App id \"slack\" is Make's; whether Fusion's legacy and new connectors differ in id is unknown.",
  }),
  entry({
    id: "frameio-legacy-v3-connector",
    ref: "C6",
    category: "api-version",
    level: "connector",
    status: "legacy-still-works",
    app: { displayName: "Frame.io", legacyDisplayName: "Frame.io (Legacy) (V3)" },
    match: { namePatterns: ["frame-io", "frameio"] },
    summary:
      "Frame.io (Legacy) uses the V3 API (api.frame.io/v2); the Frame.io V4 connector left Beta on July 31, 2025. Move modules to V4 (Adobe or server-to-server connection).",
    replacement: { displayName: "Frame.io (V4)" },
    dates: {
      announced: week("2025-04-14", "V4 Beta, week of April 14, 2025"),
      deprecated: day("2025-07-31", "V4 out of Beta July 31, 2025; no end date for the legacy one"),
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
    summary:
      "Informational: the Firefly connector moved to API v3 in February 2025; in practice this is the three deprecated modules of B2.",
    replacement: { level: "none" },
    dates: { announced: week("2025-02-24", "week of February 24, 2025") },
    upgrade: { method: "none", preservesConfiguration: "yes", reviewAfterUpgrade: false },
    sources: [releaseNote(2025, "fusion-2025-2-24.md")],
    notes: "Findings come from B2; this entry never matches on its own.",
  }),
  entry({
    id: "salesforce-default-api-62",
    ref: "C8",
    category: "api-version",
    level: "connector",
    status: "superseded",
    app: { displayName: "Salesforce", appIds: ["salesforce"], idStatus: "inferred" },
    match: { wholeApp: true },
    summary:
      "Salesforce's default API version changed from 46.0 to 62.0 (January 2025); a connection can still be pinned to another version. Check fields and results after the change.",
    replacement: { level: "none", displayName: "API v62.0 (default)" },
    dates: { announced: week("2025-01-20", "week of January 20, 2025") },
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
    summary:
      "A Workfront Planning V2 connector on Planning API v2 exists since July 2026; V1 modules are still documented, with no deprecation stated.",
    replacement: { displayName: "Workfront Planning (V2)" },
    dates: { announced: week("2026-07-13", "week of July 13, 2026") },
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
    summary:
      "Proof scenarios on Adobe cloud storage projects break with unified review and approval (proof creation, status webhooks, reminders, decision routing): rebuild them with the Adobe Workfront Unified Review and Approvals connector.",
    replacement: { displayName: "Adobe Workfront Unified Review and Approvals" },
    dates: {
      announced: week("2026-06-15", "connector released week of June 15, 2026"),
      stopsWorking: quarter("2026-07-01", "rebuild targets for Q3 2026"),
    },
    upgrade: { method: "new-connector-rebuild", preservesConfiguration: "no" },
    sources: [
      workfrontDoc(
        "review-and-approve-work/tips-tricks-troubleshooting-approvals/fusion-remediation-for-unified-approvals.md",
      ),
      releaseNote(2026, "fusion-2026-6-15.md"),
    ],
    notes:
      "Scenarios tied to legacy Workfront projects are unaffected. Classify each scenario: Edit, Rebuild or Retire.",
  }),
];
