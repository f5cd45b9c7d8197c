/** The catalog's words in Swedish, translated by the team (terms: docs/glossary.md). */
import type { CatalogTexts } from "./en";

export const SV_TEXTS: CatalogTexts = {
  // (a) Anslutningar
  "adobe-authenticator-jwt-connection": {
    summary:
      "Anslutningar av typen Service Account (JWT) slutade fungera efter den 1 januari 2025: skapa en OAuth Server-to-Server-anslutning och välj den i varje modul.",
    replacement: "OAuth Server-to-Server-anslutning",
    notes: "Devtool-funktionen Swap Connection byter anslutning i alla moduler på en gång.",
  },
  "adobe-target-service-account-connection": {
    summary:
      "Adobe Target Service Account-anslutningar skulle ersättas av Adobe Target Server-to-server-anslutningar; befintliga anslutningar fungerade fram till januari 2025.",
    dates: {
      removedFromSelector:
        "anslutningar som skapas efter detta datum måste vara server-till-server",
      stopsWorking: "samma anteckning säger också ”senast januari 2024”",
    },
    notes:
      "För att skapa en server-till-server-anslutning krävs rollen Utvecklare i Adobe Admin Console.",
  },
  "adobe-campaign-basic-connection": {
    summary:
      "Grundläggande anslutningar (användarnamn och lösenord): Campaign version 8 och senare godtar bara server-till-server, så skapa en server-till-server-anslutning.",
    connections: ["grundläggande (användarnamn och lösenord)"],
    replacement: "Server-till-server-anslutning",
    dates: { deprecated: "inget slutdatum angivet" },
  },
  "adobe-pdf-photoshop-jwt-connection": {
    app: "Adobe PDF Services och Adobe Photoshop",
    summary:
      "JWT-anslutningar i PDF Services och Photoshop riskerar att sluta fungera (slutsats: Adobes JWT-autentiseringsuppgifter upphörde den 1 januari 2025): byt till server-till-server.",
    replacement: "Server-till-server-anslutning",
    dates: { deprecated: "inget datum i dokumentationen; slutsats från A1" },
    notes: "Slutsats från A1; dokumentationen för de här kopplingarna säger det inte.",
  },
  "figma-legacy-connection": {
    summary:
      "Anslutningstypen Figma (Legacy) är inaktuell och kommer att tas bort: byt varje Figma-modul till en anslutning av den aktuella Figma-typen.",
    dates: { deprecated: "”kommer att tas bort inom kort”" },
    notes:
      "Den aktuella typens OAuth-återanrop är figma3: en anslutning av typen figma3 är redan den nya.",
  },
  "hubspot-crm-deprecated-connection": {
    summary:
      "Anslutningstypen HubSpot CRM (Deprecated) fortsätter att fungera; nya anslutningar bör använda typen HubSpot CRM, som rättar dess behörigheter.",
  },
  "azure-devops-all-scopes-connection": {
    summary:
      "Den äldre anslutningstypen Azure DevOps (Request all scopes) ska bli inaktuell: byt modulerna till typen Azure DevOps, som bara begär de behörigheter Fusion behöver.",
    replacement: "Azure DevOps (eller Azure DevOps (EntraApp))",
    dates: { deprecated: "”blir inaktuell inom kort”" },
  },
  "google-restricted-scopes": {
    app: "Google (Gmail, Google Drive, Email med ett Gmail-konto)",
    summary:
      "Sedan den 1 juni 2020 begränsar Google de här behörigheterna: Workspace-konton behöver inte göra något; @gmail.com- och @googlemail.com-konton som skickar data till tjänster som inte är godkända behöver en egen OAuth-klient.",
    connections: ["Google med begränsade behörigheter (Gmail, Drive)"],
    replacement: "Anslutning med en egen OAuth-klient (bara privata konton)",
    notes:
      "Bara privata Gmail-konton behöver ändras; anslutningens etikett visar ofta kontots adress.",
  },
  "workfront-watch-events-secured-hooks": {
    summary:
      "Från den 23 augusti 2026 kontrollerar varje Workfront Watch Events-prenumeration en authToken; slutpunkter som inte kan validera den kan sluta fungera. Stäng vid behov av kontrollen per modul före det datumet.",
    replacement: "Säkrade webhooks (standard); för att avstå: stäng av Enable secured hooks",
    notes:
      "Inget behöver göras som standard; för att avstå: redigera modulens webhook-anslutning, stäng av Enable secured hooks, spara och aktivera scenariot igen.",
  },
  "http-mtls-certificate-rotation": {
    app: "HTTP (ömsesidig TLS)",
    summary:
      "HTTP-moduler som använder ömsesidig TLS bygger på Fusions årliga offentliga certifikat: ladda upp 2026 års certifikat till fjärrtjänsten innan det nuvarande går ut (Azure USA: 23 oktober 2026).",
    connections: ["HTTP-klientcertifikat (ömsesidig TLS)"],
    replacement: "Fusions certifikat för 2026 på fjärrwebbtjänsten",
    dates: {
      stopsWorking: "Azure USA; AWS USA och EU: till 2 mars 2027; Azure EU: till 8 mars 2027",
    },
    notes:
      "Inget i scenariot ändras; datumet som visas är det tidigaste utgångsdatumet (Azure USA).",
  },
  "workfront-oauth2-connection": {
    summary:
      "För kännedom: Workfront-anslutningar gick över till OAuth 2.0 i november 2020; befintliga anslutningar behövde inte ändras.",
    connections: ["Workfront (före OAuth 2.0)"],
    replacement: "Att auktorisera igen är frivilligt",
  },

  // (b) Moduler
  "photoshop-legacy-modules": {
    summary:
      "Äldre Photoshop-moduler slutar fungera efter den 30 juli 2026: ersätt var och en med Create or edit a composite, Execute Photoshop actions, scripts, and transformations eller Generate a manifest.",
    dates: { deprecated: "Edit text layers och Replace a Smart Object fick tillägget (Legacy)" },
    notes:
      "Execute depth blur har ingen ersättare. Auto color correct, Create a mask, Remove background och Make a custom API call (Legacy) har ingen notering om att vara inaktuella.",
  },
  "firefly-pre-v3-modules": {
    summary:
      "Firefly-modulerna Expand, Fill och Generate an image (deprecated) kommer att tas bort: ersätt dem med modulerna med samma namn i Firefly API v3.",
    dates: { deprecated: "”kommer att tas bort inom kort”" },
    notes: "adobe-firefly:generateAnImage2 i Fusions API-exempel är den nyare modulen.",
  },
  "openai-create-completion": {
    summary:
      "OpenAI-modulen Create a Completion är inaktuell och ingen ersättare anges; Create Chat Completion är den närmaste modulen som finns kvar (vår slutsats).",
    replacement: "Create Chat Completion (vår slutsats)",
    dates: { deprecated: "inget datum angivet" },
    notes: "Modul-id:t kommer från filer i Make-communityn, inte från en bekräftad Fusion-export.",
  },
  "jira-legacy-search-records": {
    summary:
      "Atlassian har tagit bort sök-API:t som den äldre Jira-modulen Search for records använder ([410] The requested API has been removed): använd Search for records i den nya Jira-kopplingen med API-version V3.",
    replacement: "Jira > Search for records (anslutning med API-version V3)",
    dates: { stopsWorking: "infört region för region; inget datum i dokumentationen" },
    notes:
      "Bara sökmodulen berörs; matchningen gäller appen, så kontrollera vilken Jira-modul det här är.",
  },
  "hubspot-removed-endpoints-legacy-modules": {
    summary:
      "HubSpot tog bort sina slutpunkter för kalender-, social- och innehållshändelser den 31 augusti 2023; de äldre modulerna Create a Record och Create/Update a Contact har efterföljare.",
  },
  "workfront-legacy-module-versions": {
    summary:
      "Äldre Workfront-moduler (Search, Create, Update, Read a Record, Upload Document) försvann ur modulväljaren i maj 2025 men fortsätter att fungera; ”Uppgradera” flyttar dem till de aktuella modulerna.",
    notes:
      "Vilken generation ett id som setts (searchv3, create) hör till är okänt: se efter om Fusion visar uppgraderingsmärket.",
  },
  "adobe-authenticator-legacy-custom-call": {
    summary:
      "En Make a custom API call som konfigurerades före den 14 november 2024 är Legacy-modulen: den hanterar bara textinnehåll. Den nya modulen stöder stora filer.",
    dates: { deprecated: "moduler som konfigurerades före detta datum" },
    notes: "Behövs bara för stora filer.",
  },
  "sharepoint-legacy-create-file": {
    summary:
      "SharePoints Create a file (Legacy) finns fortfarande; den nya Create a file hanterar stora filer bättre och Adobe rekommenderar att byta.",
  },
  "office365-email-legacy-modules": {
    summary:
      "Create and Send a Message (legacy) har en aktuell efterföljare; Iterate attachments togs bort i januari 2021 (använd List attachments följt av Iterator).",
    dates: { stopsWorking: "Iterate attachments borttagen" },
  },
  "frameio-v4-legacy-create-asset": {
    summary:
      "Frame.io V4:s Create an asset (Legacy) har en efterföljare som tar emot lokala filer och fjärrfiler.",
  },
  "workfront-planning-module-changes": {
    summary:
      "Planning-sökningen returnerar paket sedan den 9 september 2024 (moduler som lades till tidigare returnerar fortfarande en samling); sedan den 17 augusti 2026 har Create, Search och Update (Legacy)-versioner utan fältval.",
    replacement: "En ny Search records / Create a record / Update a record",
    outputChanges: "samling → paket (mappningen längre fram ändras)",
  },
  "salesforce-create-update-record-2021": {
    summary:
      "Salesforce Create a Record och Update a Record förenklades i juli 2021; äldre versioner fungerar fortfarande men kan inte läggas till i nya scenarier.",
    replacement: "Create a Record / Update a Record (aktuell version)",
  },
  "azure-ad-watch-records": {
    summary:
      "Azure AD:s Watch Records utlöses inte längre för uppdaterade poster (maj 2021): använd Search Users/Groups Delta för nya, uppdaterade och borttagna poster.",
  },
  "workfront-event-payload-v2": {
    summary:
      "Workfront flyttade alla händelseprenumerationer till nyttolastversion 2 den 15 januari 2026: UPDATE- och DELETE-händelser och deras värden ändrades, så granska filtren och mappningarna efter Watch Events.",
    replacement: "Nyttolastversion 2 (modulen Update Events Payload Version)",
    dates: {
      deprecated: "nya prenumerationer har version 2",
      stopsWorking: "återstående prenumerationer med version 1 migrerades",
    },
  },
  "large-file-module-versions": {
    app: "Moduler för stora filer (Workfront Ultimate)",
    summary:
      "För filer över 200 MB måste befintliga moduler bytas mot sina versioner för stora filer (Workfront Ultimate, från januari 2025); moduler utan stöd för stora filer hanterar upp till 200 MB.",
    replacement: "Modulens version för stora filer",
    dates: { announced: "alla Ultimate-organisationer" },
    notes:
      "Frivilligt: bara scenarier som flyttar stora filer behöver det. Matchas bara på visningsnamn, aldrig automatiskt.",
  },
  "soap-execute-action-redirects": {
    summary:
      "Sedan maj 2024 följs inte omdirigeringar när WSDL:en läses in: en WSDL bakom en omdirigering behöver sin slutliga adress.",
    replacement: "WSDL:ens slutliga URL",
  },
  "workfront-custom-api-call-old-version": {
    summary:
      "En Workfront Custom API Call som är låst till API v9–v15 fungerar redan inte (v9–v14 inaktuella den 30 september 2025; v15 den 18 december 2025): välj en API-version som stöds (v21 eller senare).",
    replacement: "API Version v21 eller senare i modulen",
    dates: { stopsWorking: "v15; v9–v14: 30 september 2025" },
    notes:
      "Slutsats från två dokumentationer; blueprint-fältet som har API-versionen är inte kontrollerat, så kontrollera modulens API Version i Fusion.",
  },
  "anaplan-import-export-run-action": {
    summary:
      "För kännedom: Anaplans Run an action täcker Import data och Export data sedan maj 2022; de äldre modulerna förklarades inte inaktuella.",
  },

  // (c) Kopplingar
  "workfront-legacy-connector": {
    summary:
      "Kopplingen Workfront (Legacy) använder Workfront API v20, som blir inaktuellt med version 28.4 (april 2028): uppgradera modulerna till den nya Workfront-kopplingen med ”Uppgradera” eller ”Uppgradera alla” och granska sedan var och en.",
    replacement: "Workfront (ny koppling, oktober 2025)",
    dates: {
      announced: "ny koppling släppt (versionsinformation: veckan som börjar 20 oktober)",
      deprecated: "Adobe rekommenderar den nya kopplingen för nya och redigerade scenarier",
      stopsWorking: "API v20 inaktuellt med version 28.4",
    },
    notes:
      "Om uppgraderingen ändrar app-id:t eller bara versionen är okänt: moduler som redan uppgraderats kan också matcha. Fusion visar uppgraderingsmärket bara på äldre moduler.",
  },
  "workfront-in-place-api-bumps": {
    summary:
      "För kännedom: Fusion flyttade Workfront-kopplingen till API v17 (2023), v19 (2024) och v20 (maj 2025) utan att byta koppling; du behöver inte göra något.",
    dates: { announced: "byte till v20 den 12–16 maj" },
    notes: "Listad så att den inte tas för en väntande ändring; den ger aldrig något fynd.",
  },
  "ajo-old-connector": {
    summary:
      "Den ursprungliga Adobe Journey Optimizer-kopplingen (2022) är inaktuell eftersom AJO-API:erna den använde är det; den nya kopplingen (juli 2024) täcker konfigurationer, paket, mallar, fragment och meddelanden. Bygg om för hand.",
    replacement: "Adobe Journey Optimizer (kopplingen från juli 2024)",
  },
  "jira-legacy-connectors": {
    summary:
      "De äldre kopplingarna Jira Cloud och Jira Server ”kommer inte att stödjas framöver”: flytta deras moduler till den nya Jira-kopplingen (OAuth 2- eller grundläggande anslutning, API-versionen väljs i anslutningen).",
    replacement: "Jira (kopplingen från augusti 2025)",
    notes:
      "App-id:na för de äldre och den nya Jira-kopplingen är okända: kontrollera i Fusion om modulen är märkt Legacy.",
  },
  "slack-legacy-connector": {
    summary:
      "Slack (Legacy) ersätts av den nya Slack-kopplingen (17 november 2025); en anteckning i den äldre dokumentationen säger att den inte längre är tillgänglig. Flytta modulerna till den nya kopplingen.",
    replacement: "Slack (kopplingen från november 2025)",
    dates: { deprecated: "kommentar i den äldre dokumentationen: 14 november" },
    notes: "App-id:t ”slack” är Makes; om Fusions äldre och nya kopplingar har olika id är okänt.",
  },
  "frameio-legacy-v3-connector": {
    summary:
      "Frame.io (Legacy) använder V3-API:t (api.frame.io/v2); Frame.io V4-kopplingen lämnade betaversionen den 31 juli 2025. Flytta modulerna till V4 (Adobe- eller server-till-server-anslutning).",
    dates: {
      announced: "V4 i betaversion",
      deprecated: "V4 ur betaversionen; inget slutdatum för den äldre kopplingen",
    },
  },
  "firefly-api-v3": {
    summary:
      "För kännedom: Firefly-kopplingen gick över till API v3 i februari 2025; i praktiken gäller det de tre inaktuella modulerna i B2.",
    notes: "Fynden kommer från B2; den här posten matchar aldrig på egen hand.",
  },
  "salesforce-default-api-62": {
    summary:
      "Salesforces standardversion av API:t ändrades från 46.0 till 62.0 (januari 2025); en anslutning kan fortfarande låsas till en annan version. Kontrollera fält och resultat efter ändringen.",
    replacement: "API v62.0 (standard)",
  },
  "workfront-planning-v1-connector": {
    summary:
      "En Workfront Planning V2-koppling på Planning API v2 finns sedan juli 2026; V1-modulerna är fortfarande dokumenterade och inte förklarade inaktuella.",
  },
  "workfront-proof-unified-approvals": {
    summary:
      "Proof-scenarier på projekt i Adobes molnlagring slutar fungera med enhetlig granskning och godkännande (skapa korrektur, status-webhooks, påminnelser, beslutsflöden): bygg om dem med kopplingen Adobe Workfront Unified Review and Approvals.",
    dates: { announced: "kopplingen släppt", stopsWorking: "mål för ombyggnaden" },
    notes:
      "Scenarier som hör till klassiska Workfront-projekt berörs inte. Klassificera varje scenario: redigera, bygga om eller avveckla.",
  },
};
