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
    summary:
      "Service Account (JWT) connections stopped working after January 1, 2025: create an OAuth Server-to-Server connection and select it in every module.",
    replacement: { displayName: "OAuth Server-to-Server connection" },
    dates: { stopsWorking: day("2025-01-01", "after January 1, 2025") },
    upgrade: { method: "new-connection", preservesConfiguration: "yes" },
    sources: [fusionDoc(`${adobe}/adobe-authenticator-modules.md`)],
    notes: "The Devtool's Swap Connection can help to switch every module at once.",
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
    summary:
      "Adobe Target Service Account connections were to be replaced by Adobe Target Server-to-server connections; existing ones kept working until January 2025.",
    replacement: { displayName: "Adobe Target Server-to-server" },
    dates: {
      announced: week("2024-05-20", "week of May 20, 2024"),
      removedFromSelector: day(
        "2024-06-03",
        "connections created after June 3, 2024 must be server-to-server",
      ),
      stopsWorking: month(
        "2025-01-01",
        'until January 2025 (the same note also says "by January 2024")',
      ),
    },
    upgrade: { method: "new-connection", preservesConfiguration: "yes" },
    sources: [
      fusionDoc(`${adobe}/adobe-target-modules.md`),
      releaseNote(2024, "fusion-2024-5-20.md"),
    ],
    notes:
      "Creating a server-to-server connection requires the Developer role in the Adobe Admin Console.",
  }),
  entry({
    id: "adobe-campaign-basic-connection",
    ref: "A3",
    category: "auth",
    level: "connection",
    app: { displayName: "Adobe Campaign (Classic)" },
    match: {
      connectionTypes: [connectionMatch("basic (username/password)")],
      namePatterns: ["adobe-campaign"],
    },
    summary:
      "Basic (username/password) connections: Campaign version 8 and above accepts only server-to-server, so create a server-to-server connection.",
    replacement: { displayName: "Server-to-server connection" },
    dates: {
      announced: week("2023-10-30", "week of October 30, 2023"),
      deprecated: undated("no cut-off date given"),
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
    app: { displayName: "Adobe PDF Services and Adobe Photoshop" },
    match: {
      connectionTypes: [connectionMatch("JWT")],
      namePatterns: ["adobe-pdf", "pdf-services", "photoshop"],
    },
    summary:
      "JWT connections of PDF Services and Photoshop are at risk (inference: Adobe JWT credentials ended January 1, 2025): move them to server-to-server.",
    replacement: { displayName: "Server-to-server connection" },
    dates: { deprecated: undated("no date in the docs; inferred from A1") },
    upgrade: { method: "new-connection", preservesConfiguration: "yes" },
    sources: [
      fusionDoc(`${adobe}/pdf-modules.md`),
      fusionDoc(`${adobe}/adobe-photoshop-modules.md`),
      releaseNote(2023, "fusion-2023-6-29.md"),
    ],
    notes: "Inference from A1, not stated in these connectors' docs.",
  }),
  entry({
    id: "figma-legacy-connection",
    ref: "A5",
    category: "auth",
    level: "connection",
    app: { displayName: "Figma", appIds: ["figma"], idStatus: "inferred" },
    match: { connectionTypes: [connectionMatch("Figma (Legacy)")], namePatterns: ["figma"] },
    summary:
      "The Figma (Legacy) connection type is deprecated and will be removed: switch every Figma module to a connection of the current Figma type.",
    replacement: { displayName: "Figma", idStatus: "inferred" },
    dates: {
      announced: week("2025-01-20", "week of January 20, 2025"),
      deprecated: undated('"will be removed in the near future"'),
    },
    upgrade: { method: "new-connection", preservesConfiguration: "yes" },
    sources: [
      fusionDoc(`${thirdParty}/figma-modules.md`),
      releaseNote(2025, "fusion-2025-1-20.md"),
      releaseNote(2025, "fusion-2025-10-13.md"),
    ],
    notes:
      "The current type's OAuth callback is figma3: a connection of type figma3 is already the new one.",
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
    summary:
      "The HubSpot CRM (Deprecated) connection type keeps working; new connections should use the HubSpot CRM type, which fixes its scopes.",
    replacement: { displayName: "HubSpot CRM" },
    dates: { deprecated: week("2024-07-08", "week of July 8, 2024") },
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
    summary:
      "The legacy Azure DevOps (Request all scopes) connection type is to be deprecated: move modules to the Azure DevOps type, which requests only the scopes Fusion needs.",
    replacement: { displayName: "Azure DevOps (or Azure DevOps (EntraApp))" },
    dates: {
      announced: week("2021-05-03", "week of May 3, 2021"),
      deprecated: undated('"to be deprecated in the near future"'),
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
      displayName: "Google (Gmail, Google Drive, Email with a Gmail account)",
      appIds: ["google-email", "google-drive", "email"],
      idStatus: "confirmed-export",
    },
    match: {
      // Every Gmail, Drive and Email module is looked at; the connection then decides.
      wholeApp: true,
      connectionTypes: [
        connectionMatch(
          "Google restricted (Gmail, Drive)",
          "google-restricted",
          "confirmed-export",
        ),
      ],
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
    summary:
      "Since June 1, 2020 Google restricts these scopes: Workspace accounts need nothing; @gmail.com and @googlemail.com accounts sending data to unapproved services need a custom OAuth client.",
    replacement: { displayName: "Connection with a custom OAuth client (consumer accounts only)" },
    dates: { deprecated: day("2020-06-01", "from June 1, 2020") },
    upgrade: { method: "new-connection", preservesConfiguration: "yes", reviewAfterUpgrade: false },
    sources: [
      GOOGLE_SECURITY_PAGE,
      fusionDoc("create-scenarios/connect-to-apps/connect-fusion-to-google-using-oauth.md"),
    ],
    notes:
      "Only consumer Gmail accounts need a change; the connection label often shows the account's address.",
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
    summary:
      "From August 23, 2026 every Workfront Watch Events subscription verifies an authToken; endpoints that cannot validate it may break. Opt out per module before that date if needed.",
    replacement: {
      level: "none",
      displayName: "Secured hooks (default); opt-out: turn off Enable secured hooks",
    },
    dates: {
      announced: week("2026-08-10", "week of August 10, 2026"),
      stopsWorking: day("2026-08-23", "from August 23, 2026"),
    },
    upgrade: {
      method: "external-action",
      preservesConfiguration: "yes",
      reviewAfterUpgrade: false,
    },
    sources: [releaseNote(2026, "fusion-2026-8-10.md")],
    notes:
      "Nothing to do by default; the opt-out is: edit the module's webhook connection, turn off Enable secured hooks, save, re-activate the scenario.",
  }),
  entry({
    id: "http-mtls-certificate-rotation",
    ref: "A10",
    category: "auth",
    level: "connection",
    status: "announced",
    app: { displayName: "HTTP (mutual TLS)", appIds: ["http"], idStatus: "confirmed-export" },
    match: {
      connectionTypes: [connectionMatch("HTTP client certificate (mutual TLS)")],
      namePatterns: ["ClientCert"],
    },
    summary:
      "HTTP modules that use mutual TLS rely on Fusion's yearly public certificate: upload the 2026 certificate to the remote service before the current one expires (US Azure: October 23, 2026).",
    replacement: {
      level: "none",
      displayName: "The 2026 Fusion certificate on the remote web service",
    },
    dates: {
      stopsWorking: day(
        "2026-10-23",
        "US Azure certificate valid until Oct 23, 2026; US/EU AWS until Mar 2, 2027; EU Azure until Mar 8, 2027",
      ),
    },
    upgrade: {
      method: "external-action",
      preservesConfiguration: "yes",
      reviewAfterUpgrade: false,
    },
    sources: [
      fusionDoc("references/apps-and-modules/universal-connectors/use-mtls-in-http-modules.md"),
    ],
    notes: "Nothing in the scenario changes; the date shown is the earliest expiry (US Azure).",
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
    match: { connectionTypes: [connectionMatch("Workfront (pre-OAuth 2.0)")] },
    summary:
      "Informational: Workfront connections moved to OAuth 2.0 in November 2020; existing connections needed no change.",
    replacement: { level: "none", displayName: "Re-authorizing is optional" },
    dates: { announced: week("2020-11-16", "week of November 16, 2020") },
    upgrade: { method: "none", preservesConfiguration: "yes", reviewAfterUpgrade: false },
    sources: [releaseNote(2020, "fusion-nov-16.md")],
  }),
];
