/**
 * (b) Changes to one action or endpoint: update the module to a new module version
 * (docs/fusion-facts.md §2, B1–B18). No public export shows these apps' module ids (§3.4), so most
 * entries match by name pattern and say so ("likely").
 */
import {
  day,
  entry,
  fusionDoc,
  moduleMatch,
  month,
  releaseNote,
  undated,
  week,
  workfrontDoc,
} from "../build";
import type { CatalogEntry } from "../model";

const adobe = "references/apps-and-modules/adobe-connectors";
const thirdParty = "references/apps-and-modules/third-party-connectors";

export const MODULE_ENTRIES: CatalogEntry[] = [
  entry({
    id: "photoshop-legacy-modules",
    ref: "B1",
    category: "endpoint",
    level: "module",
    status: "announced",
    app: { displayName: "Adobe Photoshop" },
    match: {
      modules: [
        "Apply PSD edits",
        "Convert image format",
        "Create a composite",
        "Create a new PSD",
        "Create renditions",
        "Edit text layers",
        "Edit text layers 2",
        "Execute an action JSON",
        "Execute depth blur",
        "Execute Photoshop actions",
        "Execute product crop",
        "Get layer info",
        "Resize an image",
        "Replace a Smart Object",
        "Replace a Smart Object 2",
        "Rotate an image",
        "Watermark an image",
      ].map((name) => moduleMatch(`${name} (Legacy)`)),
      namePatterns: ["photoshop"],
    },
    summary:
      "Legacy Photoshop modules will not work after July 30, 2026: replace each with Create or edit a composite, Execute Photoshop actions, scripts, and transformations, or Generate a manifest.",
    replacement: {
      displayName:
        "Create or edit a composite / Execute Photoshop actions, scripts, and transformations / Generate a manifest",
    },
    dates: {
      announced: week("2026-06-15", "week of June 15, 2026"),
      deprecated: week(
        "2025-05-12",
        "week of May 12, 2025: Edit text layers and Replace a Smart Object renamed (Legacy)",
      ),
      stopsWorking: day("2026-07-30", "will not work after July 30, 2026"),
    },
    upgrade: { method: "choose-new", preservesConfiguration: "no" },
    sources: [
      fusionDoc(`${adobe}/adobe-photoshop-modules.md`),
      releaseNote(2025, "fusion-2025-5-12.md"),
      releaseNote(2026, "fusion-2026-6-15.md"),
    ],
    notes:
      "Execute depth blur has no replacement. Auto color correct, Create a mask, Remove background and Make a custom API call (Legacy) carry no deprecation note.",
  }),
  entry({
    id: "firefly-pre-v3-modules",
    ref: "B2",
    category: "endpoint",
    level: "module",
    app: { displayName: "Adobe Firefly" },
    match: {
      modules: [
        "Expand an image (deprecated)",
        "Fill an image (deprecated)",
        "Generate an image (deprecated)",
      ].map((name) => moduleMatch(name)),
      namePatterns: ["firefly"],
    },
    summary:
      "Firefly's Expand, Fill and Generate an image (deprecated) modules will be removed: replace them with the modules of the same names on Firefly API v3.",
    replacement: {
      displayName: "Expand an image / Fill an image / Generate an image (Firefly API V3 Async)",
    },
    dates: {
      announced: week("2025-02-24", "week of February 24, 2025"),
      deprecated: undated('"will be removed in the near future"'),
    },
    upgrade: { method: "choose-new", preservesConfiguration: "no" },
    sources: [
      fusionDoc(`${adobe}/adobe-firefly-modules.md`),
      releaseNote(2025, "fusion-2025-2-24.md"),
    ],
    notes: "adobe-firefly:generateAnImage2 in the Fusion API example is the newer module.",
  }),
  entry({
    id: "openai-create-completion",
    ref: "B3",
    category: "endpoint",
    level: "module",
    app: {
      displayName: "OpenAI (ChatGPT & DALL-E)",
      appIds: ["openai-gpt-3"],
      idStatus: "confirmed-export",
    },
    match: {
      modules: [moduleMatch("Create a Completion", "openai-gpt-3:CreateCompletion", "inferred")],
    },
    summary:
      "OpenAI's Create a Completion module is deprecated, with no replacement named; Create Chat Completion is the nearest remaining module (inference).",
    replacement: { displayName: "Create Chat Completion (inference)" },
    dates: { deprecated: undated("no date given") },
    upgrade: { method: "choose-new", preservesConfiguration: "no" },
    sources: [fusionDoc(`${thirdParty}/openai-chatgpt-modules.md`)],
    notes: "The module id comes from Make community files, not a confirmed Fusion export.",
  }),
  entry({
    id: "jira-legacy-search-records",
    ref: "B4",
    category: "endpoint",
    level: "module",
    status: "stopped",
    app: { displayName: "Jira Cloud / Jira Server (Legacy)" },
    match: { modules: [moduleMatch("Search for records")], namePatterns: ["jira"] },
    summary:
      "Atlassian removed the search API used by the legacy Jira Search for records module ([410] The requested API has been removed): use Search for records of the new Jira connector with API version V3.",
    replacement: { displayName: "Jira > Search for records (connection with API version V3)" },
    dates: { stopsWorking: undated("rolled out by region; no date in the docs") },
    upgrade: { method: "choose-new", preservesConfiguration: "no" },
    sources: [
      fusionDoc(`${thirdParty}/jira-software-modules.md`),
      fusionDoc(`${thirdParty}/jira-modules-new.md`),
    ],
    notes:
      "Only the Search module is affected; the match is on the app, so check which Jira module this is.",
  }),
  entry({
    id: "hubspot-removed-endpoints-legacy-modules",
    ref: "B5",
    category: "endpoint",
    level: "module",
    status: "stopped",
    app: { displayName: "HubSpot CRM", appIds: ["hubspotcrm"], idStatus: "seen-public-code" },
    match: {
      modules: [
        moduleMatch("Create a Record (Legacy)"),
        moduleMatch(
          "Create/Update a Contact (Legacy)",
          "hubspotcrm:ActionCreateContact",
          "inferred",
        ),
      ],
      namePatterns: ["calendar", "socialevent", "contentevent"],
    },
    summary:
      "HubSpot removed its calendar, social and content event endpoints on August 31, 2023; the legacy Create a Record and Create/Update a Contact modules have successors.",
    replacement: { displayName: "Create a record / Create/Update a Contact" },
    dates: { stopsWorking: day("2023-08-31", "August 31, 2023") },
    upgrade: { method: "choose-new", preservesConfiguration: "no" },
    sources: [fusionDoc(`${thirdParty}/hubspot-crm-modules.md`)],
  }),
  entry({
    id: "workfront-legacy-module-versions",
    ref: "B6",
    category: "endpoint",
    level: "module",
    status: "legacy-still-works",
    app: {
      displayName: "Adobe Workfront",
      legacyDisplayName: "Workfront (Legacy)",
      appIds: ["workfront-workfront"],
      idStatus: "seen-public-code",
    },
    match: {
      modules: [
        moduleMatch("Search (Legacy)", "workfront-workfront:searchv3", "seen-public-code"),
        moduleMatch("Create Record (Legacy)", "workfront-workfront:create", "seen-public-code"),
        moduleMatch("Update Record (Legacy)", "workfront-workfront:updateRecord", "inferred"),
        moduleMatch("Read a Record (Legacy)"),
        moduleMatch("Upload Document (Legacy)"),
      ],
    },
    summary:
      "Legacy Workfront modules (Search, Create, Update, Read a Record, Upload Document) left the module picker in May 2025 but keep running; Upgrade moves them to the current modules.",
    replacement: {
      displayName:
        "Create a record / Update a record / Read a record / Search records / Upload Document",
    },
    dates: {
      deprecated: week("2025-03-31", "week of March 31, 2025"),
      removedFromSelector: month("2025-05-01", "May 2025"),
    },
    upgrade: { method: "upgrade", preservesConfiguration: "yes" },
    sources: [
      fusionDoc(`${adobe}/workfront-modules.md`),
      fusionDoc("references/scenarios/fusion-large-files.md"),
      releaseNote(2025, "fusion-2025-3-31.md"),
    ],
    notes:
      "Which generation a seen id (searchv3, create) belongs to is unknown: check for the Upgrade badge in Fusion.",
  }),
  entry({
    id: "adobe-authenticator-legacy-custom-call",
    ref: "B7",
    category: "endpoint",
    level: "module",
    status: "legacy-still-works",
    app: { displayName: "Adobe Authenticator" },
    match: {
      modules: [moduleMatch("Make a custom API call (Legacy)")],
      namePatterns: ["adobe-authenticator"],
    },
    summary:
      "A Make a custom API call set up before November 14, 2024 is the Legacy module: it handles text bodies only. The new module supports large files.",
    replacement: { displayName: "Make a custom API call" },
    dates: { deprecated: day("2024-11-14", "set up before November 14, 2024") },
    upgrade: { method: "choose-new", preservesConfiguration: "no" },
    sources: [
      fusionDoc(`${adobe}/adobe-authenticator-modules.md`),
      releaseNote(2024, "fusion-2024-11-11.md"),
    ],
    notes: "Only needed for large files.",
  }),
  entry({
    id: "sharepoint-legacy-create-file",
    ref: "B8",
    category: "endpoint",
    level: "module",
    status: "legacy-still-works",
    app: { displayName: "Microsoft SharePoint Online" },
    match: { modules: [moduleMatch("Create a file (Legacy)")], namePatterns: ["sharepoint"] },
    summary:
      "SharePoint's Create a file (Legacy) is still available; the new Create a file handles large files better and Adobe recommends switching.",
    replacement: { displayName: "Create a file" },
    dates: { deprecated: week("2026-02-09", "week of February 9, 2026") },
    upgrade: { method: "choose-new", preservesConfiguration: "no" },
    sources: [
      fusionDoc(`${thirdParty}/sharepoint-modules.md`),
      releaseNote(2026, "fusion-2026-2-9.md"),
    ],
  }),
  entry({
    id: "office365-email-legacy-modules",
    ref: "B9",
    category: "endpoint",
    level: "module",
    app: { displayName: "Microsoft Office 365 Email" },
    match: {
      modules: [
        moduleMatch("Create and Send a Message (legacy)"),
        moduleMatch("Iterate attachments"),
      ],
      namePatterns: ["iterateattachments"],
    },
    summary:
      "Create and Send a Message (legacy) has a current successor; Iterate attachments was removed in January 2021 (use List attachments plus the Iterator).",
    replacement: { displayName: "Create and Send a Message / List attachments + Iterator" },
    dates: {
      stopsWorking: week("2021-01-04", "Iterate attachments removed, week of January 4, 2021"),
    },
    upgrade: { method: "choose-new", preservesConfiguration: "no" },
    sources: [
      fusionDoc(`${thirdParty}/microsoft-365-email-modules.md`),
      releaseNote(2021, "fusion-jan-4.md"),
    ],
  }),
  entry({
    id: "frameio-v4-legacy-create-asset",
    ref: "B10",
    category: "endpoint",
    level: "module",
    status: "legacy-still-works",
    app: { displayName: "Frame.io (V4)" },
    match: {
      modules: [moduleMatch("Create an asset (Legacy)")],
      namePatterns: ["frame-io", "frameio"],
    },
    summary:
      "Frame.io V4's Create an asset (Legacy) has a successor that accepts local or remote files.",
    replacement: { displayName: "Create an asset" },
    dates: { deprecated: week("2025-11-03", "week of November 3, 2025") },
    upgrade: { method: "choose-new", preservesConfiguration: "no" },
    sources: [
      fusionDoc(`${adobe}/frame-io-modules-new.md`),
      releaseNote(2025, "fusion-2025-11-3.md"),
    ],
  }),
  entry({
    id: "workfront-planning-module-changes",
    ref: "B11",
    category: "endpoint",
    level: "module",
    status: "legacy-still-works",
    app: { displayName: "Adobe Workfront Planning" },
    match: {
      modules: [
        moduleMatch("Search records"),
        moduleMatch("Create a record (Legacy)"),
        moduleMatch("Update a record (Legacy)"),
      ],
      namePatterns: ["workfront-planning"],
    },
    summary:
      "Planning's Search returns bundles since September 9, 2024 (modules added before still return a collection); since August 17, 2026 Create, Search and Update have (Legacy) versions without field selection.",
    replacement: {
      displayName: "A fresh Search records / Create a record / Update a record",
      outputChanges: "collection → bundles (downstream mapping changes)",
    },
    dates: {
      deprecated: week("2026-08-17", "week of August 17, 2026"),
      announced: week("2024-09-09", "week of September 9, 2024"),
    },
    upgrade: { method: "choose-new", preservesConfiguration: "no" },
    sources: [
      fusionDoc(`${adobe}/workfront-planning-modules.md`),
      releaseNote(2024, "fusion-2024-9-9.md"),
      releaseNote(2026, "fusion-2026-8-17.md"),
    ],
  }),
  entry({
    id: "salesforce-create-update-record-2021",
    ref: "B12",
    category: "endpoint",
    level: "module",
    status: "legacy-still-works",
    app: { displayName: "Salesforce", appIds: ["salesforce"], idStatus: "inferred" },
    match: {
      modules: [
        moduleMatch("Create a Record (older version)"),
        moduleMatch("Update a Record (older version)"),
      ],
      namePatterns: ["salesforce:create", "salesforce:update"],
    },
    summary:
      "Salesforce Create a Record and Update a Record were simplified in July 2021; older versions keep working but cannot be added to new scenarios.",
    replacement: { displayName: "Create a Record / Update a Record (current)" },
    dates: { removedFromSelector: week("2021-07-26", "week of July 26, 2021") },
    upgrade: { method: "choose-new", preservesConfiguration: "no" },
    sources: [releaseNote(2021, "fusion-jul-26.md")],
  }),
  entry({
    id: "azure-ad-watch-records",
    ref: "B13",
    category: "endpoint",
    level: "module",
    status: "superseded",
    app: { displayName: "Azure Active Directory" },
    match: {
      modules: [moduleMatch("Watch Records")],
      namePatterns: ["azure-active-directory", "azure-ad"],
    },
    summary:
      "Azure AD Watch Records no longer fires for updated records (May 2021): use Search Users/Groups Delta for new, updated and deleted records.",
    replacement: { displayName: "Search Users/Groups Delta" },
    dates: { deprecated: week("2021-05-17", "week of May 17, 2021") },
    upgrade: { method: "choose-new", preservesConfiguration: "no" },
    sources: [releaseNote(2021, "fusion-may-17.md")],
  }),
  entry({
    id: "workfront-event-payload-v2",
    ref: "B14",
    category: "endpoint",
    level: "module",
    status: "stopped",
    app: {
      displayName: "Adobe Workfront",
      appIds: ["workfront-workfront"],
      idStatus: "seen-public-code",
    },
    match: {
      modules: [moduleMatch("Watch Events", "workfront-workfront:watchEvents", "seen-public-code")],
    },
    summary:
      "Workfront migrated every event subscription to payload version 2 on January 15, 2026: UPDATE and DELETE events and their values changed, so review the filters and mappings after Watch Events.",
    replacement: {
      level: "none",
      displayName: "Payload version 2 (Update Events Payload Version module)",
    },
    dates: {
      deprecated: day("2025-04-10", "new subscriptions are version 2 from April 10, 2025"),
      stopsWorking: day(
        "2026-01-15",
        "remaining version 1 subscriptions migrated January 15, 2026",
      ),
    },
    upgrade: { method: "external-action", preservesConfiguration: "yes" },
    sources: [
      fusionDoc(`${adobe}/workfront-modules.md`),
      releaseNote(2025, "fusion-2025-3-31.md"),
      workfrontDoc("wf-api/general/event-subs-versioning.md"),
    ],
  }),
  entry({
    id: "large-file-module-versions",
    ref: "B15",
    category: "endpoint",
    level: "module",
    status: "legacy-still-works",
    app: { displayName: "Large-file modules (Workfront Ultimate)" },
    match: {
      modules: [
        "Upload Document",
        "Download Document",
        "Upload File",
        "Download Proof",
        "Make a Custom API Call",
        "Create a file",
        "Get a file",
        "Get File",
      ].map((name) => moduleMatch(name)),
      namePatterns: [],
    },
    summary:
      "For files over 200 MB, existing modules must be swapped for their large-file versions (Workfront Ultimate, from January 2025); modules without large-file support handle up to 200 MB.",
    replacement: { displayName: "The module's large-file version" },
    dates: { announced: month("2025-01-01", "all Ultimate organizations by January 2025") },
    upgrade: { method: "choose-new", preservesConfiguration: "no" },
    sources: [
      fusionDoc("references/scenarios/fusion-large-files.md"),
      releaseNote(2024, "fusion-2024-11-4.md"),
      releaseNote(2025, "fusion-2025-1-13.md"),
    ],
    notes:
      "Opt-in: only scenarios that move large files need it. Matched by display name only, never automatically.",
  }),
  entry({
    id: "soap-execute-action-redirects",
    ref: "B16",
    category: "endpoint",
    level: "module",
    status: "superseded",
    app: { displayName: "SOAP", appIds: ["soap"], idStatus: "inferred" },
    match: { modules: [moduleMatch("Execute SOAP action")], namePatterns: ["soap:"] },
    summary:
      "Since May 2024 redirects are no longer followed while the WSDL loads: a WSDL behind a redirect needs its final address.",
    replacement: { level: "none", displayName: "The WSDL's final URL" },
    dates: { deprecated: week("2024-05-06", "week of May 6, 2024") },
    upgrade: { method: "external-action", preservesConfiguration: "yes" },
    sources: [releaseNote(2024, "fusion-2024-5-6.md")],
  }),
  entry({
    id: "workfront-custom-api-call-old-version",
    ref: "B17",
    category: "api-version",
    level: "module",
    status: "stopped",
    app: {
      displayName: "Adobe Workfront",
      appIds: ["workfront-workfront"],
      idStatus: "seen-public-code",
    },
    match: {
      modules: [moduleMatch("Custom API Call", "workfront-workfront:custom", "seen-public-code")],
    },
    summary:
      "A Workfront Custom API Call pinned to API v9–v15 is already broken (v9–v14 deprecated September 30, 2025; v15 December 18, 2025): choose a supported API version (v21 or later).",
    replacement: { level: "none", displayName: "API Version v21 or later in the module" },
    dates: {
      stopsWorking: day(
        "2025-12-18",
        "v15 deprecated December 18, 2025 (v9–v14: September 30, 2025)",
      ),
    },
    upgrade: { method: "external-action", preservesConfiguration: "yes" },
    sources: [
      fusionDoc(`${adobe}/workfront-modules.md`),
      workfrontDoc("wf-api/api/api-version-support-schedule.md"),
    ],
    notes:
      "Cross-doc inference; the blueprint field that holds the API version was not verified, so check the module's API Version in Fusion.",
  }),
  entry({
    id: "anaplan-import-export-run-action",
    ref: "B18",
    category: "endpoint",
    level: "module",
    status: "superseded",
    app: { displayName: "Anaplan" },
    match: {
      modules: [moduleMatch("Import data"), moduleMatch("Export data")],
      namePatterns: ["anaplan"],
    },
    summary:
      "Informational: Anaplan's Run an action covers Import data and Export data since May 2022; the older modules were not declared deprecated.",
    replacement: { displayName: "Run an action" },
    dates: { announced: week("2022-05-16", "week of May 16, 2022") },
    upgrade: { method: "none", preservesConfiguration: "yes", reviewAfterUpgrade: false },
    sources: [releaseNote(2022, "fusion-may-16-22.md")],
  }),
];
