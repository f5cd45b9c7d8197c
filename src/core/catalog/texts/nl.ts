/** The catalog's words in Dutch, translated by the team (terms: docs/glossary.md). */
import type { CatalogTexts } from "./en";

export const NL_TEXTS: CatalogTexts = {
  // (a) Verbindingen
  "adobe-authenticator-jwt-connection": {
    summary:
      "Verbindingen van het type Service Account (JWT) werken sinds 1 januari 2025 niet meer: maak een OAuth Server-to-Server-verbinding en selecteer die in elke module.",
    replacement: "OAuth Server-to-Server-verbinding",
    notes:
      "Met Swap Connection van de Devtool wissel je de verbinding van alle modules in één keer.",
  },
  "adobe-target-service-account-connection": {
    summary:
      "Adobe Target Service Account-verbindingen zouden worden vervangen door Adobe Target Server-to-server-verbindingen; bestaande verbindingen bleven werken tot januari 2025.",
    dates: {
      removedFromSelector:
        "verbindingen die na deze datum zijn gemaakt, moeten server-to-server zijn",
      stopsWorking: "dezelfde notitie zegt ook „uiterlijk januari 2024”",
    },
    notes:
      "Voor een server-to-server-verbinding heb je de rol Ontwikkelaar nodig in de Adobe Admin Console.",
  },
  "adobe-campaign-basic-connection": {
    summary:
      "Basisverbindingen (gebruikersnaam en wachtwoord): Campaign versie 8 en hoger accepteert alleen server-to-server, dus maak een server-to-server-verbinding.",
    connections: ["basis (gebruikersnaam en wachtwoord)"],
    replacement: "Server-to-server-verbinding",
    dates: { deprecated: "geen einddatum genoemd" },
  },
  "adobe-pdf-photoshop-jwt-connection": {
    app: "Adobe PDF Services en Adobe Photoshop",
    summary:
      "JWT-verbindingen van PDF Services en Photoshop lopen risico (afgeleid: de JWT-referenties van Adobe zijn op 1 januari 2025 beëindigd): zet ze over naar server-to-server.",
    replacement: "Server-to-server-verbinding",
    dates: { deprecated: "geen datum in de documentatie; afgeleid van A1" },
    notes: "Afgeleid van A1; de documentatie van deze connectors zegt het niet.",
  },
  "figma-legacy-connection": {
    summary:
      "Het verbindingstype Figma (Legacy) is verouderd en wordt verwijderd: zet elke Figma-module over naar een verbinding van het huidige Figma-type.",
    dates: { deprecated: "„wordt binnenkort verwijderd”" },
    notes:
      "De OAuth-callback van het huidige type is figma3: een verbinding van het type figma3 is al de nieuwe.",
  },
  "hubspot-crm-deprecated-connection": {
    summary:
      "Het verbindingstype HubSpot CRM (Deprecated) blijft werken; nieuwe verbindingen horen het type HubSpot CRM te gebruiken, dat de scopes ervan corrigeert.",
  },
  "azure-devops-all-scopes-connection": {
    summary:
      "Het oude verbindingstype Azure DevOps (Request all scopes) wordt verouderd: zet de modules over naar het type Azure DevOps, dat alleen de scopes vraagt die Fusion nodig heeft.",
    replacement: "Azure DevOps (of Azure DevOps (EntraApp))",
    dates: { deprecated: "„wordt binnenkort verouderd”" },
  },
  "google-restricted-scopes": {
    app: "Google (Gmail, Google Drive, Email met een Gmail-account)",
    summary:
      "Sinds 1 juni 2020 beperkt Google deze scopes: Workspace-accounts hoeven niets te doen; @gmail.com- en @googlemail.com-accounts die gegevens naar niet-goedgekeurde diensten sturen, hebben een eigen OAuth-client nodig.",
    connections: ["Google met beperkte scopes (Gmail, Drive)"],
    replacement: "Verbinding met een eigen OAuth-client (alleen persoonlijke accounts)",
    notes:
      "Alleen persoonlijke Gmail-accounts moeten iets veranderen; het label van de verbinding toont vaak het adres van het account.",
  },
  "workfront-watch-events-secured-hooks": {
    summary:
      "Vanaf 23 augustus 2026 controleert elk Workfront Watch Events-abonnement een authToken; endpoints die dat niet kunnen valideren, kunnen stoppen met werken. Zet de controle zo nodig per module uit vóór die datum.",
    replacement: "Beveiligde webhooks (standaard); uitzetten: schakel Enable secured hooks uit",
    notes:
      "Standaard hoef je niets te doen; uitzetten gaat zo: bewerk de webhookverbinding van de module, schakel Enable secured hooks uit, sla op en activeer het scenario opnieuw.",
  },
  "http-mtls-certificate-rotation": {
    app: "HTTP (wederzijdse TLS)",
    summary:
      "HTTP-modules die wederzijdse TLS gebruiken, steunen op het jaarlijkse openbare certificaat van Fusion: upload het certificaat van 2026 naar de externe dienst voordat het huidige verloopt (Azure VS: 23 oktober 2026).",
    connections: ["HTTP-clientcertificaat (wederzijdse TLS)"],
    replacement: "Het Fusion-certificaat van 2026 op de externe webdienst",
    dates: {
      stopsWorking: "Azure VS; AWS VS en EU: tot 2 maart 2027; Azure EU: tot 8 maart 2027",
    },
    notes:
      "In het scenario verandert niets; de getoonde datum is de vroegste vervaldatum (Azure VS).",
  },
  "workfront-oauth2-connection": {
    summary:
      "Ter informatie: Workfront-verbindingen zijn in november 2020 overgestapt op OAuth 2.0; bestaande verbindingen hoefden niet te veranderen.",
    connections: ["Workfront (vóór OAuth 2.0)"],
    replacement: "Opnieuw autoriseren is optioneel",
  },

  // (b) Modules
  "photoshop-legacy-modules": {
    summary:
      "Oude Photoshop-modules werken na 30 juli 2026 niet meer: vervang elk ervan door Create or edit a composite, Execute Photoshop actions, scripts, and transformations of Generate a manifest.",
    dates: { deprecated: "Edit text layers en Replace a Smart Object hernoemd tot (Legacy)" },
    notes:
      "Execute depth blur heeft geen vervanger. Bij Auto color correct, Create a mask, Remove background en Make a custom API call (Legacy) staat geen verouderingsmelding.",
  },
  "firefly-pre-v3-modules": {
    summary:
      "De Firefly-modules Expand, Fill en Generate an image (deprecated) worden verwijderd: vervang ze door de modules met dezelfde naam op Firefly API v3.",
    dates: { deprecated: "„worden binnenkort verwijderd”" },
    notes: "adobe-firefly:generateAnImage2 in het API-voorbeeld van Fusion is de nieuwere module.",
  },
  "openai-create-completion": {
    summary:
      "De OpenAI-module Create a Completion is verouderd, zonder genoemde vervanger; Create Chat Completion is de dichtstbijzijnde module die overblijft (afgeleid).",
    replacement: "Create Chat Completion (afgeleid)",
    dates: { deprecated: "geen datum genoemd" },
    notes:
      "De module-id komt uit bestanden van de Make-community, niet uit een bevestigde Fusion-export.",
  },
  "jira-legacy-search-records": {
    summary:
      "Atlassian heeft de zoek-API verwijderd die de oude Jira-module Search for records gebruikt ([410] The requested API has been removed): gebruik Search for records van de nieuwe Jira-connector met API-versie V3.",
    replacement: "Jira > Search for records (verbinding met API-versie V3)",
    dates: { stopsWorking: "per regio uitgerold; geen datum in de documentatie" },
    notes:
      "Alleen de zoekmodule is geraakt; de match is op de app, dus controleer welke Jira-module dit is.",
  },
  "hubspot-removed-endpoints-legacy-modules": {
    summary:
      "HubSpot heeft op 31 augustus 2023 zijn endpoints voor agenda-, social- en contentevents verwijderd; de oude modules Create a Record en Create/Update a Contact hebben opvolgers.",
  },
  "workfront-legacy-module-versions": {
    summary:
      "Oude Workfront-modules (Search, Create, Update, Read a Record, Upload Document) staan sinds mei 2025 niet meer in de modulekiezer maar blijven werken; „Upgrade” zet ze over naar de huidige modules.",
    notes:
      "Bij welke generatie een gevonden id (searchv3, create) hoort, is onbekend: kijk in Fusion of de Upgrade-badge verschijnt.",
  },
  "adobe-authenticator-legacy-custom-call": {
    summary:
      "Een Make a custom API call die vóór 14 november 2024 is ingesteld, is de Legacy-module: die verwerkt alleen tekst als body. De nieuwe module ondersteunt grote bestanden.",
    dates: { deprecated: "modules die vóór deze datum zijn ingesteld" },
    notes: "Alleen nodig voor grote bestanden.",
  },
  "sharepoint-legacy-create-file": {
    summary:
      "Create a file (Legacy) van SharePoint is nog beschikbaar; de nieuwe Create a file gaat beter om met grote bestanden en Adobe raadt aan over te stappen.",
  },
  "office365-email-legacy-modules": {
    summary:
      "Create and Send a Message (legacy) heeft een huidige opvolger; Iterate attachments is in januari 2021 verwijderd (gebruik List attachments met de Iterator).",
    dates: { stopsWorking: "Iterate attachments verwijderd" },
  },
  "frameio-v4-legacy-create-asset": {
    summary:
      "Create an asset (Legacy) van Frame.io V4 heeft een opvolger die lokale of externe bestanden accepteert.",
  },
  "workfront-planning-module-changes": {
    summary:
      "De zoekmodule van Planning geeft sinds 9 september 2024 bundels terug (modules die eerder zijn toegevoegd, geven nog een collectie); sinds 17 augustus 2026 hebben Create, Search en Update (Legacy)-versies zonder veldselectie.",
    replacement: "Een nieuwe Search records / Create a record / Update a record",
    outputChanges: "collectie → bundels (de mapping verderop verandert)",
  },
  "salesforce-create-update-record-2021": {
    summary:
      "Salesforce Create a Record en Update a Record zijn in juli 2021 vereenvoudigd; oudere versies blijven werken maar kunnen niet aan nieuwe scenario's worden toegevoegd.",
    replacement: "Create a Record / Update a Record (huidige versie)",
  },
  "azure-ad-watch-records": {
    summary:
      "Watch Records van Azure AD reageert sinds mei 2021 niet meer op gewijzigde records: gebruik Search Users/Groups Delta voor nieuwe, gewijzigde en verwijderde records.",
  },
  "workfront-event-payload-v2": {
    summary:
      "Workfront heeft op 15 januari 2026 alle eventabonnementen naar payloadversie 2 gemigreerd: UPDATE- en DELETE-events en hun waarden zijn veranderd, dus controleer de filters en mappings na Watch Events.",
    replacement: "Payloadversie 2 (module Update Events Payload Version)",
    dates: {
      deprecated: "nieuwe abonnementen zijn versie 2",
      stopsWorking: "resterende abonnementen op versie 1 gemigreerd",
    },
  },
  "large-file-module-versions": {
    app: "Modules voor grote bestanden (Workfront Ultimate)",
    summary:
      "Voor bestanden groter dan 200 MB moeten bestaande modules worden vervangen door hun versie voor grote bestanden (Workfront Ultimate, vanaf januari 2025); modules zonder die ondersteuning verwerken tot 200 MB.",
    replacement: "De versie van de module voor grote bestanden",
    dates: { announced: "alle Ultimate-organisaties" },
    notes:
      "Optioneel: alleen scenario's die grote bestanden verplaatsen, hebben het nodig. Alleen herkend op weergavenaam, nooit automatisch.",
  },
  "soap-execute-action-redirects": {
    summary:
      "Sinds mei 2024 worden omleidingen niet meer gevolgd bij het laden van de WSDL: een WSDL achter een omleiding heeft zijn uiteindelijke adres nodig.",
    replacement: "De uiteindelijke URL van de WSDL",
  },
  "workfront-custom-api-call-old-version": {
    summary:
      "Een Workfront Custom API Call die vastzit op API v9–v15, werkt al niet meer (v9–v14 verouderd op 30 september 2025; v15 op 18 december 2025): kies een ondersteunde API-versie (v21 of later).",
    replacement: "API Version v21 of later in de module",
    dates: { stopsWorking: "v15; v9–v14: 30 september 2025" },
    notes:
      "Afgeleid uit twee documentaties; het blueprintveld met de API-versie is niet gecontroleerd, dus controleer de API Version van de module in Fusion.",
  },
  "anaplan-import-export-run-action": {
    summary:
      "Ter informatie: Run an action van Anaplan dekt sinds mei 2022 Import data en Export data; de oudere modules zijn niet verouderd verklaard.",
  },

  // (c) Connectors
  "workfront-legacy-connector": {
    summary:
      "De connector Workfront (Legacy) gebruikt Workfront API v20, die met release 28.4 (april 2028) verouderd is: zet de modules over naar de nieuwe Workfront-connector met „Upgrade” of „Upgrade all” en controleer ze daarna een voor een.",
    replacement: "Workfront (nieuwe connector, oktober 2025)",
    dates: {
      announced: "nieuwe connector uitgebracht (releasenotes: week van 20 oktober)",
      deprecated: "Adobe raadt de nieuwe connector aan voor nieuwe en bewerkte scenario's",
      stopsWorking: "API v20 verouderd met release 28.4",
    },
    notes:
      "Of Upgrade de app-id verandert of alleen de versie, is onbekend: modules die al zijn bijgewerkt, kunnen ook matchen. Fusion toont de Upgrade-badge alleen bij oude modules.",
  },
  "workfront-in-place-api-bumps": {
    summary:
      "Ter informatie: Fusion heeft de Workfront-connector ter plekke naar API v17 (2023), v19 (2024) en v20 (mei 2025) gebracht; je hoeft niets te doen.",
    dates: { announced: "overstap naar v20 van 12 tot 16 mei" },
    notes:
      "Vermeld zodat het niet wordt aangezien voor een openstaande wijziging; geeft nooit een bevinding.",
  },
  "ajo-old-connector": {
    summary:
      "De oorspronkelijke Adobe Journey Optimizer-connector (2022) is verouderd omdat de AJO-API's die hij gebruikte dat ook zijn; de nieuwe connector (juli 2024) dekt configuraties, pakketten, sjablonen, fragmenten en berichten. Met de hand opnieuw opbouwen.",
    replacement: "Adobe Journey Optimizer (connector van juli 2024)",
  },
  "jira-legacy-connectors": {
    summary:
      "De oude connectors Jira Cloud en Jira Server „worden in de toekomst niet meer ondersteund”: zet hun modules over naar de nieuwe Jira-connector (OAuth 2- of basisverbinding, API-versie gekozen op de verbinding).",
    replacement: "Jira (connector van augustus 2025)",
    notes:
      "De app-id's van de oude en de nieuwe Jira-connector zijn onbekend: controleer in Fusion of de module als Legacy is gemarkeerd.",
  },
  "slack-legacy-connector": {
    summary:
      "Slack (Legacy) is vervangen door de nieuwe Slack-connector (17 november 2025); een notitie in de oude documentatie zegt dat hij niet meer beschikbaar is. Zet de modules over naar de nieuwe connector.",
    replacement: "Slack (connector van november 2025)",
    dates: { deprecated: "opmerking in de oude documentatie: 14 november" },
    notes:
      "App-id „slack” is die van Make; of de oude en nieuwe connectors van Fusion een andere id hebben, is onbekend.",
  },
  "frameio-legacy-v3-connector": {
    summary:
      "Frame.io (Legacy) gebruikt de V3-API (api.frame.io/v2); de Frame.io V4-connector is op 31 juli 2025 uit de bèta gekomen. Zet de modules over naar V4 (Adobe- of server-to-server-verbinding).",
    dates: {
      announced: "V4 in bèta",
      deprecated: "V4 uit de bèta; geen einddatum voor de oude connector",
    },
  },
  "firefly-api-v3": {
    summary:
      "Ter informatie: de Firefly-connector is in februari 2025 overgestapt op API v3; in de praktijk gaat het om de drie verouderde modules van B2.",
    notes: "Bevindingen komen van B2; deze vermelding matcht nooit op zichzelf.",
  },
  "salesforce-default-api-62": {
    summary:
      "De standaard-API-versie van Salesforce is van 46.0 naar 62.0 gegaan (januari 2025); een verbinding kan nog op een andere versie worden vastgezet. Controleer velden en resultaten na de wijziging.",
    replacement: "API v62.0 (standaard)",
  },
  "workfront-planning-v1-connector": {
    summary:
      "Sinds juli 2026 bestaat er een Workfront Planning V2-connector op Planning API v2; V1-modules zijn nog gedocumenteerd en niet verouderd verklaard.",
  },
  "workfront-proof-unified-approvals": {
    summary:
      "Proof-scenario's op projecten in Adobe-cloudopslag werken niet meer met uniforme review en goedkeuring (proofs maken, statuswebhooks, herinneringen, routering van beslissingen): bouw ze opnieuw op met de connector Adobe Workfront Unified Review and Approvals.",
    dates: {
      announced: "connector uitgebracht",
      stopsWorking: "streefdatum voor het opnieuw opbouwen",
    },
    notes:
      "Scenario's die aan klassieke Workfront-projecten zijn gekoppeld, zijn niet geraakt. Deel elk scenario in: bewerken, opnieuw opbouwen of buiten gebruik stellen.",
  },
};
