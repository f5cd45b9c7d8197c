/**
 * (a) Connection and authentication changes: update the connections for that app
 * (docs/fusion-facts.md §2, A1–A11). Connection types are matched where the facts give them.
 */
import {
  connectionMatch,
  day,
  entry,
  fusionDoc,
  month,
  releaseNote,
  undated,
  week,
} from "../build";
import type { CatalogEntry } from "../model";

const adobe = "references/apps-and-modules/adobe-connectors";
const thirdParty = "references/apps-and-modules/third-party-connectors";

/** The page that states Google's restricted-scope rule and who it applies to (fact sheet A8). */
const GOOGLE_SECURITY_PAGE = fusionDoc(
  "create-scenarios/connect-to-apps/connect-to-google-with-new-security-measures.md",
);
/**
 * Connection types of Google accounts seen in exports (blueprint-format §13): the restricted one,
 * Gmail's own, the general one and the one for the user's own OAuth client.
 */
const GOOGLE_CONNECTION_TYPES = ["google-restricted", "google-email", "google", "google-custom"];

export const CONNECTION_ENTRIES: CatalogEntry[] = [
  entry({
    id: "adobe-authenticator-jwt-connection",
    ref: "A1",
    category: "auth",
    level: "connection",
    status: "stopped",
    app: { displayName: "Adobe Authenticator" },
    match: {
      connectionTypes: [connectionMatch("Service Account (JWT)")],
      namePatterns: ["adobe-authenticator"],
    },
    dates: { stopsWorking: day("2025-01-01") },
    upgrade: { method: "new-connection", preservesConfiguration: "yes" },
    sources: [fusionDoc(`${adobe}/adobe-authenticator-modules.md`)],
  }),
  entry({
    id: "adobe-target-service-account-connection",
    ref: "A2",
    category: "auth",
    level: "connection",
    status: "stopped",
    app: { displayName: "Adobe Target" },
    match: {
      connectionTypes: [connectionMatch("Service Account")],
      namePatterns: ["adobe-target"],
    },
    replacement: { displayName: "Adobe Target Server-to-server" },
    dates: {
      announced: week("2024-05-20"),
      removedFromSelector: day("2024-06-03"),
      stopsWorking: month("2025-01-01"),
    },
    upgrade: { method: "new-connection", preservesConfiguration: "yes" },
    sources: [
      fusionDoc(`${adobe}/adobe-target-modules.md`),
      releaseNote(2024, "fusion-2024-5-20.md"),
    ],
  }),
  entry({
    id: "adobe-campaign-basic-connection",
    ref: "A3",
    category: "auth",
    level: "connection",
    app: { displayName: "Adobe Campaign (Classic)" },
    match: {
      connectionTypes: [connectionMatch(null)],
      namePatterns: ["adobe-campaign"],
    },
    dates: {
      announced: week("2023-10-30"),
      deprecated: undated(),
    },
    upgrade: { method: "new-connection", preservesConfiguration: "yes" },
    sources: [
      fusionDoc(`${adobe}/adobe-campaign-classic-connector.md`),
      releaseNote(2023, "fusion-2023-10-26.md"),
    ],
  }),
  entry({
    id: "adobe-pdf-photoshop-jwt-connection",
    ref: "A4",
    category: "auth",
    level: "connection",
    match: {
      connectionTypes: [connectionMatch("JWT")],
      namePatterns: ["adobe-pdf", "pdf-services", "photoshop"],
    },
    dates: { deprecated: undated() },
    upgrade: { method: "new-connection", preservesConfiguration: "yes" },
    sources: [
      fusionDoc(`${adobe}/pdf-modules.md`),
      fusionDoc(`${adobe}/adobe-photoshop-modules.md`),
      releaseNote(2023, "fusion-2023-6-29.md"),
    ],
  }),
  entry({
    id: "figma-legacy-connection",
    ref: "A5",
    category: "auth",
    level: "connection",
    app: { displayName: "Figma", appIds: ["figma"], idStatus: "inferred" },
    match: { connectionTypes: [connectionMatch("Figma (Legacy)")], namePatterns: ["figma"] },
    replacement: { displayName: "Figma", idStatus: "inferred" },
    dates: {
      announced: week("2025-01-20"),
      deprecated: undated(),
    },
    upgrade: { method: "new-connection", preservesConfiguration: "yes" },
    sources: [
      fusionDoc(`${thirdParty}/figma-modules.md`),
      releaseNote(2025, "fusion-2025-1-20.md"),
      releaseNote(2025, "fusion-2025-10-13.md"),
    ],
  }),
  entry({
    id: "hubspot-crm-deprecated-connection",
    ref: "A6",
    category: "auth",
    level: "connection",
    status: "legacy-still-works",
    app: { displayName: "HubSpot CRM", appIds: ["hubspotcrm"], idStatus: "seen-public-code" },
    match: {
      connectionTypes: [connectionMatch("HubSpot CRM (Deprecated)")],
      namePatterns: ["hubspotcrm"],
    },
    replacement: { displayName: "HubSpot CRM" },
    dates: { deprecated: week("2024-07-08") },
    upgrade: { method: "new-connection", preservesConfiguration: "yes", reviewAfterUpgrade: false },
    sources: [
      fusionDoc(`${thirdParty}/hubspot-crm-modules.md`),
      releaseNote(2024, "fusion-2024-7-11.md"),
    ],
  }),
  entry({
    id: "azure-devops-all-scopes-connection",
    ref: "A7",
    category: "auth",
    level: "connection",
    app: { displayName: "Azure DevOps" },
    match: {
      connectionTypes: [connectionMatch("Azure DevOps (Request all scopes)")],
      namePatterns: ["azure-devops", "azuredevops"],
    },
    dates: {
      announced: week("2021-05-03"),
      deprecated: undated(),
    },
    upgrade: { method: "new-connection", preservesConfiguration: "yes" },
    sources: [
      releaseNote(2021, "fusion-may-3.md"),
      releaseNote(2025, "fusion-2025-5-12.md"),
      fusionDoc(`${thirdParty}/azure-dev-ops.md`),
    ],
  }),
  entry({
    id: "google-restricted-scopes",
    ref: "A8",
    category: "auth",
    level: "connection",
    status: "in-effect",
    app: {
      appIds: ["google-email", "google-drive", "email"],
      idStatus: "confirmed-export",
    },
    match: {
      // Every Gmail, Drive and Email module is looked at; the connection then decides.
      wholeApp: true,
      connectionTypes: [connectionMatch(null, "google-restricted", "confirmed-export")],
      evidence: [
        {
          // An Email module on SMTP, IMAP or Microsoft is not on a Google account at all.
          code: "not-a-google-connection",
          when: { kind: "connection-type-not-in", types: GOOGLE_CONNECTION_TYPES },
          verdict: "not-affected",
          source: GOOGLE_SECURITY_PAGE,
        },
        {
          code: "consumer-account",
          when: { kind: "account-domain-in", domains: ["gmail.com", "googlemail.com"] },
          verdict: "affected",
          source: GOOGLE_SECURITY_PAGE,
        },
        {
          // Workspace accounts need nothing (Fusion uses the domain-wide installation exception).
          code: "workspace-account",
          when: { kind: "account-domain-not-in", domains: ["gmail.com", "googlemail.com"] },
          verdict: "not-affected",
          source: GOOGLE_SECURITY_PAGE,
        },
        {
          code: "account-not-shown",
          when: { kind: "account-not-shown" },
          verdict: "check",
          source: GOOGLE_SECURITY_PAGE,
        },
      ],
    },
    dates: { deprecated: day("2020-06-01") },
    upgrade: { method: "new-connection", preservesConfiguration: "yes", reviewAfterUpgrade: false },
    sources: [
      GOOGLE_SECURITY_PAGE,
      fusionDoc("create-scenarios/connect-to-apps/connect-fusion-to-google-using-oauth.md"),
    ],
  }),
  entry({
    id: "workfront-watch-events-secured-hooks",
    ref: "A9",
    category: "auth",
    level: "connection",
    status: "announced",
    app: {
      displayName: "Adobe Workfront",
      appIds: ["workfront-workfront"],
      idStatus: "seen-public-code",
    },
    match: {
      connectionTypes: [],
      modules: [
        {
          displayName: "Watch Events",
          moduleId: "workfront-workfront:watchEvents",
          versions: null,
          idStatus: "seen-public-code",
        },
      ],
    },
    replacement: {
      level: "none",
    },
    dates: {
      announced: week("2026-08-10"),
      stopsWorking: day("2026-08-23"),
    },
    upgrade: {
      method: "external-action",
      preservesConfiguration: "yes",
      reviewAfterUpgrade: false,
    },
    sources: [releaseNote(2026, "fusion-2026-8-10.md")],
  }),
  entry({
    id: "http-mtls-certificate-rotation",
    ref: "A10",
    category: "auth",
    level: "connection",
    status: "announced",
    app: { appIds: ["http"], idStatus: "confirmed-export" },
    match: {
      connectionTypes: [connectionMatch(null)],
      namePatterns: ["ClientCert"],
    },
    replacement: {
      level: "none",
    },
    dates: {
      stopsWorking: day("2026-10-23"),
    },
    upgrade: {
      method: "external-action",
      preservesConfiguration: "yes",
      reviewAfterUpgrade: false,
    },
    sources: [
      fusionDoc("references/apps-and-modules/universal-connectors/use-mtls-in-http-modules.md"),
    ],
  }),
  entry({
    id: "workfront-oauth2-connection",
    ref: "A11",
    category: "auth",
    level: "connection",
    status: "superseded",
    app: {
      displayName: "Adobe Workfront",
      appIds: ["workfront-workfront"],
      idStatus: "seen-public-code",
    },
    match: { connectionTypes: [connectionMatch(null)] },
    replacement: { level: "none" },
    dates: { announced: week("2020-11-16") },
    upgrade: { method: "none", preservesConfiguration: "yes", reviewAfterUpgrade: false },
    sources: [releaseNote(2020, "fusion-nov-16.md")],
  }),
];
