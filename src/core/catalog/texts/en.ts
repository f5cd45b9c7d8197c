/**
 * The catalog's words in English, the source every translation is typed from (see model.ts).
 * Dates are not written here: they are data in the entries and formatted with `Intl`; a date's
 * text is only what the date alone does not say.
 */
import type { EntryTextsShape, Translation } from "./model";

export const EN_TEXTS = {
  // (a) Connections
  "adobe-authenticator-jwt-connection": {
    summary:
      "Service Account (JWT) connections stopped working after January 1, 2025: create an OAuth Server-to-Server connection and select it in every module.",
    replacement: "OAuth Server-to-Server connection",
    notes: "The Devtool's Swap Connection can help to switch every module at once.",
  },
  "adobe-target-service-account-connection": {
    summary:
      "Adobe Target Service Account connections were to be replaced by Adobe Target Server-to-server connections; existing ones kept working until January 2025.",
    dates: {
      removedFromSelector: "connections created after this date must be server-to-server",
      stopsWorking: "the same note also says “by January 2024”",
    },
    notes:
      "Creating a server-to-server connection requires the Developer role in the Adobe Admin Console.",
  },
  "adobe-campaign-basic-connection": {
    summary:
      "Basic (username/password) connections: Campaign version 8 and above accepts only server-to-server, so create a server-to-server connection.",
    connections: ["basic (username/password)"],
    replacement: "Server-to-server connection",
    dates: { deprecated: "no cut-off date given" },
  },
  "adobe-pdf-photoshop-jwt-connection": {
    app: "Adobe PDF Services and Adobe Photoshop",
    summary:
      "JWT connections of PDF Services and Photoshop are at risk (inference: Adobe JWT credentials ended January 1, 2025): move them to server-to-server.",
    replacement: "Server-to-server connection",
    dates: { deprecated: "no date in the docs; inferred from A1" },
    notes: "Inference from A1, not stated in these connectors' docs.",
  },
  "figma-legacy-connection": {
    summary:
      "The Figma (Legacy) connection type is deprecated and will be removed: switch every Figma module to a connection of the current Figma type.",
    dates: { deprecated: "“will be removed in the near future”" },
    notes:
      "The current type's OAuth callback is figma3: a connection of type figma3 is already the new one.",
  },
  "hubspot-crm-deprecated-connection": {
    summary:
      "The HubSpot CRM (Deprecated) connection type keeps working; new connections should use the HubSpot CRM type, which fixes its scopes.",
  },
  "azure-devops-all-scopes-connection": {
    summary:
      "The legacy Azure DevOps (Request all scopes) connection type is to be deprecated: move modules to the Azure DevOps type, which requests only the scopes Fusion needs.",
    replacement: "Azure DevOps (or Azure DevOps (EntraApp))",
    dates: { deprecated: "“to be deprecated in the near future”" },
  },
  "google-restricted-scopes": {
    app: "Google (Gmail, Google Drive, Email with a Gmail account)",
    summary:
      "Since June 1, 2020 Google restricts these scopes: Workspace accounts need nothing; @gmail.com and @googlemail.com accounts sending data to unapproved services need a custom OAuth client.",
    connections: ["Google restricted (Gmail, Drive)"],
    replacement: "Connection with a custom OAuth client (consumer accounts only)",
    notes:
      "Only consumer Gmail accounts need a change; the connection label often shows the account's address.",
  },
  "workfront-watch-events-secured-hooks": {
    summary:
      "From August 23, 2026 every Workfront Watch Events subscription verifies an authToken; endpoints that cannot validate it may break. Opt out per module before that date if needed.",
    replacement: "Secured hooks (default); opt-out: turn off Enable secured hooks",
    notes:
      "Nothing to do by default; the opt-out is: edit the module's webhook connection, turn off Enable secured hooks, save, re-activate the scenario.",
  },
  "http-mtls-certificate-rotation": {
    app: "HTTP (mutual TLS)",
    summary:
      "HTTP modules that use mutual TLS rely on Fusion's yearly public certificate: upload the 2026 certificate to the remote service before the current one expires (US Azure: October 23, 2026).",
    connections: ["HTTP client certificate (mutual TLS)"],
    replacement: "The 2026 Fusion certificate on the remote web service",
    dates: {
      stopsWorking: "US Azure; US/EU AWS: until March 2, 2027; EU Azure: until March 8, 2027",
    },
    notes: "Nothing in the scenario changes; the date shown is the earliest expiry (US Azure).",
  },
  "workfront-oauth2-connection": {
    summary:
      "Informational: Workfront connections moved to OAuth 2.0 in November 2020; existing connections needed no change.",
    connections: ["Workfront (pre-OAuth 2.0)"],
    replacement: "Re-authorizing is optional",
  },

  // (b) Modules
  "photoshop-legacy-modules": {
    summary:
      "Legacy Photoshop modules will not work after July 30, 2026: replace each with Create or edit a composite, Execute Photoshop actions, scripts, and transformations, or Generate a manifest.",
    dates: { deprecated: "Edit text layers and Replace a Smart Object renamed (Legacy)" },
    notes:
      "Execute depth blur has no replacement. Auto color correct, Create a mask, Remove background and Make a custom API call (Legacy) carry no deprecation note.",
  },
  "firefly-pre-v3-modules": {
    summary:
      "Firefly's Expand, Fill and Generate an image (deprecated) modules will be removed: replace them with the modules of the same names on Firefly API v3.",
    dates: { deprecated: "“will be removed in the near future”" },
    notes: "adobe-firefly:generateAnImage2 in the Fusion API example is the newer module.",
  },
  "openai-create-completion": {
    summary:
      "OpenAI's Create a Completion module is deprecated, with no replacement named; Create Chat Completion is the nearest remaining module (inference).",
    replacement: "Create Chat Completion (inference)",
    dates: { deprecated: "no date given" },
    notes: "The module id comes from Make community files, not a confirmed Fusion export.",
  },
  "jira-legacy-search-records": {
    summary:
      "Atlassian removed the search API used by the legacy Jira Search for records module ([410] The requested API has been removed): use Search for records of the new Jira connector with API version V3.",
    replacement: "Jira > Search for records (connection with API version V3)",
    dates: { stopsWorking: "rolled out by region; no date in the docs" },
    notes:
      "Only the Search module is affected; the match is on the app, so check which Jira module this is.",
  },
  "hubspot-removed-endpoints-legacy-modules": {
    summary:
      "HubSpot removed its calendar, social and content event endpoints on August 31, 2023; the legacy Create a Record and Create/Update a Contact modules have successors.",
  },
  "workfront-legacy-module-versions": {
    summary:
      "Legacy Workfront modules (Search, Create, Update, Read a Record, Upload Document) left the module picker in May 2025 but keep running; Upgrade moves them to the current modules.",
    notes:
      "Which generation a seen id (searchv3, create) belongs to is unknown: check for the Upgrade badge in Fusion.",
  },
  "adobe-authenticator-legacy-custom-call": {
    summary:
      "A Make a custom API call set up before November 14, 2024 is the Legacy module: it handles text bodies only. The new module supports large files.",
    dates: { deprecated: "modules set up before this date" },
    notes: "Only needed for large files.",
  },
  "sharepoint-legacy-create-file": {
    summary:
      "SharePoint's Create a file (Legacy) is still available; the new Create a file handles large files better and Adobe recommends switching.",
  },
  "office365-email-legacy-modules": {
    summary:
      "Create and Send a Message (legacy) has a current successor; Iterate attachments was removed in January 2021 (use List attachments plus the Iterator).",
    dates: { stopsWorking: "Iterate attachments removed" },
  },
  "frameio-v4-legacy-create-asset": {
    summary:
      "Frame.io V4's Create an asset (Legacy) has a successor that accepts local or remote files.",
  },
  "workfront-planning-module-changes": {
    summary:
      "Planning's Search returns bundles since September 9, 2024 (modules added before still return a collection); since August 17, 2026 Create, Search and Update have (Legacy) versions without field selection.",
    replacement: "A fresh Search records / Create a record / Update a record",
    outputChanges: "collection → bundles (downstream mapping changes)",
  },
  "salesforce-create-update-record-2021": {
    summary:
      "Salesforce Create a Record and Update a Record were simplified in July 2021; older versions keep working but cannot be added to new scenarios.",
    replacement: "Create a Record / Update a Record (current)",
  },
  "azure-ad-watch-records": {
    summary:
      "Azure AD Watch Records no longer fires for updated records (May 2021): use Search Users/Groups Delta for new, updated and deleted records.",
  },
  "workfront-event-payload-v2": {
    summary:
      "Workfront migrated every event subscription to payload version 2 on January 15, 2026: UPDATE and DELETE events and their values changed, so review the filters and mappings after Watch Events.",
    replacement: "Payload version 2 (Update Events Payload Version module)",
    dates: {
      deprecated: "new subscriptions are version 2",
      stopsWorking: "remaining version 1 subscriptions migrated",
    },
  },
  "large-file-module-versions": {
    app: "Large-file modules (Workfront Ultimate)",
    summary:
      "For files over 200 MB, existing modules must be swapped for their large-file versions (Workfront Ultimate, from January 2025); modules without large-file support handle up to 200 MB.",
    replacement: "The module's large-file version",
    dates: { announced: "all Ultimate organizations" },
    notes:
      "Opt-in: only scenarios that move large files need it. Matched by display name only, never automatically.",
  },
  "soap-execute-action-redirects": {
    summary:
      "Since May 2024 redirects are no longer followed while the WSDL loads: a WSDL behind a redirect needs its final address.",
    replacement: "The WSDL's final URL",
  },
  "workfront-custom-api-call-old-version": {
    summary:
      "A Workfront Custom API Call pinned to API v9–v15 is already broken (v9–v14 deprecated September 30, 2025; v15 December 18, 2025): choose a supported API version (v21 or later).",
    replacement: "API Version v21 or later in the module",
    dates: { stopsWorking: "v15; v9–v14: September 30, 2025" },
    notes:
      "Cross-doc inference; the blueprint field that holds the API version was not verified, so check the module's API Version in Fusion.",
  },
  "anaplan-import-export-run-action": {
    summary:
      "Informational: Anaplan's Run an action covers Import data and Export data since May 2022; the older modules were not declared deprecated.",
  },

  // (c) Connectors
  "workfront-legacy-connector": {
    summary:
      "The Workfront (Legacy) connector uses Workfront API v20, deprecated with the 28.4 release (April 2028): upgrade its modules to the new Workfront connector with Upgrade or Upgrade all, then review each.",
    replacement: "Workfront (new connector, October 2025)",
    dates: {
      announced: "new connector released (release note: week of October 20)",
      deprecated: "Adobe recommends the new connector for new and edited scenarios",
      stopsWorking: "API v20 deprecated with the 28.4 release",
    },
    notes:
      "Whether Upgrade changes the app id or only the version is unknown: modules already upgraded may match too. Fusion shows the Upgrade badge only on legacy ones.",
  },
  "workfront-in-place-api-bumps": {
    summary:
      "Informational: Fusion moved the Workfront connector to API v17 (2023), v19 (2024) and v20 (May 2025) in place; nothing for the user to do.",
    dates: { announced: "v20 switch-over, May 12–16" },
    notes: "Listed so it is not mistaken for a pending change; it never produces a finding.",
  },
  "ajo-old-connector": {
    summary:
      "The original Adobe Journey Optimizer connector (2022) is deprecated because the AJO APIs it used were; the new connector (July 2024) covers configurations, packages, templates, fragments and messages. Rebuild by hand.",
    replacement: "Adobe Journey Optimizer (July 2024 connector)",
  },
  "jira-legacy-connectors": {
    summary:
      "The legacy Jira Cloud and Jira Server connectors “will not be supported moving forward”: move their modules to the new Jira connector (OAuth 2 or basic connection, API version chosen on the connection).",
    replacement: "Jira (August 2025 connector)",
    notes:
      "The app ids of the legacy and new Jira connectors are unknown: check in Fusion whether the module is marked Legacy.",
  },
  "slack-legacy-connector": {
    summary:
      "Slack (Legacy) is replaced by the new Slack connector (November 17, 2025); a note in the legacy doc says it is no longer available. Move its modules to the new connector.",
    replacement: "Slack (November 2025 connector)",
    dates: { deprecated: "legacy doc comment: November 14" },
    notes:
      "App id “slack” is Make's; whether Fusion's legacy and new connectors differ in id is unknown.",
  },
  "frameio-legacy-v3-connector": {
    summary:
      "Frame.io (Legacy) uses the V3 API (api.frame.io/v2); the Frame.io V4 connector left Beta on July 31, 2025. Move modules to V4 (Adobe or server-to-server connection).",
    dates: {
      announced: "V4 Beta",
      deprecated: "V4 out of Beta; no end date for the legacy one",
    },
  },
  "firefly-api-v3": {
    summary:
      "Informational: the Firefly connector moved to API v3 in February 2025; in practice this is the three deprecated modules of B2.",
    notes: "Findings come from B2; this entry never matches on its own.",
  },
  "salesforce-default-api-62": {
    summary:
      "Salesforce's default API version changed from 46.0 to 62.0 (January 2025); a connection can still be pinned to another version. Check fields and results after the change.",
    replacement: "API v62.0 (default)",
  },
  "workfront-planning-v1-connector": {
    summary:
      "A Workfront Planning V2 connector on Planning API v2 exists since July 2026; V1 modules are still documented, with no deprecation stated.",
  },
  "workfront-proof-unified-approvals": {
    summary:
      "Proof scenarios on Adobe cloud storage projects break with unified review and approval (proof creation, status webhooks, reminders, decision routing): rebuild them with the Adobe Workfront Unified Review and Approvals connector.",
    dates: { announced: "connector released", stopsWorking: "rebuild target" },
    notes:
      "Scenarios tied to legacy Workfront projects are unaffected. Classify each scenario: Edit, Rebuild or Retire.",
  },
} as const satisfies Record<string, EntryTextsShape>;

/** The id of a catalog entry: every entry has its words in EN_TEXTS. */
export type EntryId = keyof typeof EN_TEXTS;

/** A language's table: every entry, field and connection name the English table has. */
export type CatalogTexts = { readonly [Id in EntryId]: Translation<(typeof EN_TEXTS)[Id]> };
