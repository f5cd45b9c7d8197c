/** The catalog's words in Italian, translated by the team (terms: docs/glossary.md). */
import type { CatalogTexts } from "./en";

export const IT_TEXTS: CatalogTexts = {
  // (a) Connessioni
  "adobe-authenticator-jwt-connection": {
    summary:
      "Le connessioni Service Account (JWT) non funzionano più dal 1° gennaio 2025: crea una connessione OAuth Server-to-Server e selezionala in ogni modulo.",
    replacement: "Connessione OAuth Server-to-Server",
    notes:
      "La funzione Swap Connection del Devtool aiuta a cambiare la connessione di tutti i moduli in una volta.",
  },
  "adobe-target-service-account-connection": {
    summary:
      "Le connessioni Adobe Target Service Account dovevano essere sostituite da connessioni Adobe Target Server-to-server; quelle esistenti hanno funzionato fino a gennaio 2025.",
    dates: {
      removedFromSelector: "le connessioni create dopo questa data devono essere server-to-server",
      stopsWorking: "la stessa nota dice anche «entro gennaio 2024»",
    },
    notes:
      "Per creare una connessione server-to-server serve il ruolo Sviluppatore nell’Adobe Admin Console.",
  },
  "adobe-campaign-basic-connection": {
    summary:
      "Connessioni di base (nome utente e password): Campaign dalla versione 8 in poi accetta solo server-to-server, quindi crea una connessione server-to-server.",
    connections: ["di base (nome utente e password)"],
    replacement: "Connessione server-to-server",
    dates: { deprecated: "nessuna data limite indicata" },
  },
  "adobe-pdf-photoshop-jwt-connection": {
    app: "Adobe PDF Services e Adobe Photoshop",
    summary:
      "Le connessioni JWT di PDF Services e Photoshop sono a rischio (deduzione: le credenziali JWT di Adobe sono terminate il 1° gennaio 2025): passale a server-to-server.",
    replacement: "Connessione server-to-server",
    dates: { deprecated: "nessuna data nella documentazione; dedotto da A1" },
    notes: "Deduzione da A1, non indicata nella documentazione di questi connettori.",
  },
  "figma-legacy-connection": {
    summary:
      "Il tipo di connessione Figma (Legacy) è obsoleto e verrà rimosso: passa ogni modulo Figma a una connessione del tipo Figma attuale.",
    dates: { deprecated: "«verrà rimosso nel prossimo futuro»" },
    notes:
      "Il callback OAuth del tipo attuale è figma3: una connessione di tipo figma3 è già quella nuova.",
  },
  "hubspot-crm-deprecated-connection": {
    summary:
      "Il tipo di connessione HubSpot CRM (Deprecated) continua a funzionare; le nuove connessioni dovrebbero usare il tipo HubSpot CRM, che ne corregge gli ambiti.",
  },
  "azure-devops-all-scopes-connection": {
    summary:
      "Il vecchio tipo di connessione Azure DevOps (Request all scopes) diventerà obsoleto: passa i moduli al tipo Azure DevOps, che richiede solo gli ambiti di cui Fusion ha bisogno.",
    replacement: "Azure DevOps (o Azure DevOps (EntraApp))",
    dates: { deprecated: "«diventerà obsoleto nel prossimo futuro»" },
  },
  "google-restricted-scopes": {
    app: "Google (Gmail, Google Drive, Email con un account Gmail)",
    summary:
      "Dal 1° giugno 2020 Google limita questi ambiti: gli account Workspace non devono fare nulla; gli account @gmail.com e @googlemail.com che inviano dati a servizi non approvati hanno bisogno di un client OAuth personalizzato.",
    connections: ["Google con ambiti limitati (Gmail, Drive)"],
    replacement: "Connessione con un client OAuth personalizzato (solo account personali)",
    notes:
      "Solo gli account Gmail personali devono cambiare; l’etichetta della connessione mostra spesso l’indirizzo dell’account.",
  },
  "workfront-watch-events-secured-hooks": {
    summary:
      "Dal 23 agosto 2026 ogni sottoscrizione Workfront Watch Events verifica un authToken; gli endpoint che non sanno convalidarlo possono smettere di funzionare. Se serve, disattiva la verifica modulo per modulo prima di quella data.",
    replacement: "Webhook protetti (predefinito); per rinunciarvi: disattiva Enable secured hooks",
    notes:
      "Di norma non serve fare nulla; per rinunciarvi: modifica la connessione webhook del modulo, disattiva Enable secured hooks, salva e riattiva lo scenario.",
  },
  "http-mtls-certificate-rotation": {
    app: "HTTP (TLS reciproco)",
    summary:
      "I moduli HTTP che usano il TLS reciproco si basano sul certificato pubblico annuale di Fusion: carica il certificato 2026 sul servizio remoto prima che scada quello attuale (Azure USA: 23 ottobre 2026).",
    connections: ["Certificato client HTTP (TLS reciproco)"],
    replacement: "Il certificato Fusion 2026 sul servizio web remoto",
    dates: {
      stopsWorking:
        "Azure USA; AWS USA e UE: fino al 2 marzo 2027; Azure UE: fino all’8 marzo 2027",
    },
    notes: "Nello scenario non cambia nulla; la data mostrata è la prima scadenza (Azure USA).",
  },
  "workfront-oauth2-connection": {
    summary:
      "Solo per informazione: le connessioni Workfront sono passate a OAuth 2.0 a novembre 2020; quelle esistenti non richiedevano modifiche.",
    connections: ["Workfront (prima di OAuth 2.0)"],
    replacement: "Una nuova autorizzazione è facoltativa",
  },

  // (b) Moduli
  "photoshop-legacy-modules": {
    summary:
      "I moduli Photoshop legacy non funzioneranno più dopo il 30 luglio 2026: sostituisci ciascuno con Create or edit a composite, Execute Photoshop actions, scripts, and transformations o Generate a manifest.",
    dates: { deprecated: "Edit text layers e Replace a Smart Object rinominati (Legacy)" },
    notes:
      "Execute depth blur non ha un sostituto. Auto color correct, Create a mask, Remove background e Make a custom API call (Legacy) non hanno alcuna nota di obsolescenza.",
  },
  "firefly-pre-v3-modules": {
    summary:
      "I moduli Firefly Expand, Fill e Generate an image (deprecated) verranno rimossi: sostituiscili con i moduli con lo stesso nome dell’API Firefly v3.",
    dates: { deprecated: "«verranno rimossi nel prossimo futuro»" },
    notes:
      "adobe-firefly:generateAnImage2 nell’esempio dell’API di Fusion è il modulo più recente.",
  },
  "openai-create-completion": {
    summary:
      "Il modulo OpenAI Create a Completion è obsoleto e non ha un sostituto indicato; Create Chat Completion è il modulo rimasto più vicino (deduzione).",
    replacement: "Create Chat Completion (deduzione)",
    dates: { deprecated: "nessuna data indicata" },
    notes:
      "L’ID del modulo viene da file della community di Make, non da un’esportazione Fusion confermata.",
  },
  "jira-legacy-search-records": {
    summary:
      "Atlassian ha rimosso l’API di ricerca usata dal vecchio modulo Jira Search for records ([410] The requested API has been removed): usa Search for records del nuovo connettore Jira con la versione API V3.",
    replacement: "Jira > Search for records (connessione con versione API V3)",
    dates: { stopsWorking: "introdotto regione per regione; nessuna data nella documentazione" },
    notes:
      "È interessato solo il modulo di ricerca; la corrispondenza è sull’app, quindi verifica di quale modulo Jira si tratta.",
  },
  "hubspot-removed-endpoints-legacy-modules": {
    summary:
      "Il 31 agosto 2023 HubSpot ha rimosso gli endpoint degli eventi di calendario, social e contenuti; i vecchi moduli Create a Record e Create/Update a Contact hanno dei successori.",
  },
  "workfront-legacy-module-versions": {
    summary:
      "I moduli Workfront legacy (Search, Create, Update, Read a Record, Upload Document) non sono più nel selettore dei moduli da maggio 2025 ma continuano a funzionare; «Aggiorna» li porta ai moduli attuali.",
    notes:
      "Non si sa a quale generazione appartenga un ID visto (searchv3, create): controlla se Fusion mostra il badge di aggiornamento.",
  },
  "adobe-authenticator-legacy-custom-call": {
    summary:
      "Un Make a custom API call configurato prima del 14 novembre 2024 è il modulo Legacy: gestisce solo corpi di richiesta testuali. Il nuovo modulo supporta i file di grandi dimensioni.",
    dates: { deprecated: "moduli configurati prima di questa data" },
    notes: "Serve solo per i file di grandi dimensioni.",
  },
  "sharepoint-legacy-create-file": {
    summary:
      "Create a file (Legacy) di SharePoint è ancora disponibile; il nuovo Create a file gestisce meglio i file di grandi dimensioni e Adobe consiglia di passarvi.",
  },
  "office365-email-legacy-modules": {
    summary:
      "Create and Send a Message (legacy) ha un successore attuale; Iterate attachments è stato rimosso a gennaio 2021 (usa List attachments seguito dall’Iterator).",
    dates: { stopsWorking: "Iterate attachments rimosso" },
  },
  "frameio-v4-legacy-create-asset": {
    summary:
      "Create an asset (Legacy) di Frame.io V4 ha un successore che accetta file locali o remoti.",
  },
  "workfront-planning-module-changes": {
    summary:
      "Dal 9 settembre 2024 la ricerca di Planning restituisce bundle (i moduli aggiunti prima restituiscono ancora una raccolta); dal 17 agosto 2026 Create, Search e Update hanno versioni (Legacy) senza selezione dei campi.",
    replacement: "Un nuovo Search records / Create a record / Update a record",
    outputChanges: "raccolta → bundle (cambia la mappatura a valle)",
  },
  "salesforce-create-update-record-2021": {
    summary:
      "I moduli Salesforce Create a Record e Update a Record sono stati semplificati a luglio 2021; le versioni precedenti funzionano ancora ma non possono essere aggiunte a nuovi scenari.",
    replacement: "Create a Record / Update a Record (versione attuale)",
  },
  "azure-ad-watch-records": {
    summary:
      "Watch Records di Azure AD non si attiva più per i record aggiornati (maggio 2021): usa Search Users/Groups Delta per i record nuovi, aggiornati ed eliminati.",
  },
  "workfront-event-payload-v2": {
    summary:
      "Il 15 gennaio 2026 Workfront ha migrato tutte le sottoscrizioni agli eventi alla versione 2 del payload: gli eventi UPDATE e DELETE e i loro valori sono cambiati, quindi rivedi i filtri e le mappature dopo Watch Events.",
    replacement: "Payload versione 2 (modulo Update Events Payload Version)",
    dates: {
      deprecated: "le nuove sottoscrizioni sono alla versione 2",
      stopsWorking: "migrate le sottoscrizioni rimaste alla versione 1",
    },
  },
  "large-file-module-versions": {
    app: "Moduli per file di grandi dimensioni (Workfront Ultimate)",
    summary:
      "Per i file oltre 200 MB i moduli esistenti vanno sostituiti con le loro versioni per file di grandi dimensioni (Workfront Ultimate, da gennaio 2025); i moduli senza questo supporto gestiscono fino a 200 MB.",
    replacement: "La versione del modulo per file di grandi dimensioni",
    dates: { announced: "tutte le organizzazioni Ultimate" },
    notes:
      "Facoltativo: serve solo agli scenari che spostano file di grandi dimensioni. Riconosciuto solo dal nome visualizzato, mai automaticamente.",
  },
  "soap-execute-action-redirects": {
    summary:
      "Da maggio 2024 i reindirizzamenti non vengono più seguiti durante il caricamento del WSDL: un WSDL dietro un reindirizzamento va indicato con il suo indirizzo finale.",
    replacement: "L’URL finale del WSDL",
  },
  "workfront-custom-api-call-old-version": {
    summary:
      "Un Workfront Custom API Call fissato sulle API da v9 a v15 non funziona già più (v9–v14 obsolete dal 30 settembre 2025; v15 dal 18 dicembre 2025): scegli una versione API supportata (v21 o successiva).",
    replacement: "API Version v21 o successiva nel modulo",
    dates: { stopsWorking: "v15; v9–v14: 30 settembre 2025" },
    notes:
      "Deduzione incrociando due documentazioni; il campo del blueprint che contiene la versione API non è stato verificato, quindi controlla l’API Version del modulo in Fusion.",
  },
  "anaplan-import-export-run-action": {
    summary:
      "Solo per informazione: da maggio 2022 Run an action di Anaplan copre Import data ed Export data; i moduli precedenti non sono stati dichiarati obsoleti.",
  },

  // (c) Connettori
  "workfront-legacy-connector": {
    summary:
      "Il connettore Workfront (Legacy) usa l’API Workfront v20, obsoleta con la release 28.4 (aprile 2028): aggiorna i suoi moduli al nuovo connettore Workfront con «Aggiorna» o «Aggiorna tutti», poi rivedili uno per uno.",
    replacement: "Workfront (nuovo connettore, ottobre 2025)",
    dates: {
      announced: "nuovo connettore rilasciato (nota di rilascio: settimana del 20 ottobre)",
      deprecated: "Adobe consiglia il nuovo connettore per gli scenari nuovi e modificati",
      stopsWorking: "API v20 obsoleta con la release 28.4",
    },
    notes:
      "Non si sa se l’aggiornamento cambi l’ID dell’app o solo la versione: anche i moduli già aggiornati possono corrispondere. Fusion mostra il badge di aggiornamento solo su quelli legacy.",
  },
  "workfront-in-place-api-bumps": {
    summary:
      "Solo per informazione: Fusion ha portato il connettore Workfront alle API v17 (2023), v19 (2024) e v20 (maggio 2025) senza cambiarlo; nessuna azione da parte tua.",
    dates: { announced: "passaggio a v20 dal 12 al 16 maggio" },
    notes:
      "Elencato perché non venga scambiato per una modifica in sospeso; non produce mai un risultato.",
  },
  "ajo-old-connector": {
    summary:
      "Il primo connettore Adobe Journey Optimizer (2022) è obsoleto perché lo sono le API AJO che usava; il nuovo connettore (luglio 2024) copre configurazioni, pacchetti, modelli, frammenti e messaggi. Va ricostruito a mano.",
    replacement: "Adobe Journey Optimizer (connettore di luglio 2024)",
  },
  "jira-legacy-connectors": {
    summary:
      "I vecchi connettori Jira Cloud e Jira Server «non saranno più supportati in futuro»: passa i loro moduli al nuovo connettore Jira (connessione OAuth 2 o di base, versione API scelta sulla connessione).",
    replacement: "Jira (connettore di agosto 2025)",
    notes:
      "Gli ID app dei vecchi e del nuovo connettore Jira non sono noti: verifica in Fusion se il modulo è contrassegnato come Legacy.",
  },
  "slack-legacy-connector": {
    summary:
      "Slack (Legacy) è sostituito dal nuovo connettore Slack (17 novembre 2025); una nota nella vecchia documentazione dice che non è più disponibile. Passa i suoi moduli al nuovo connettore.",
    replacement: "Slack (connettore di novembre 2025)",
    dates: { deprecated: "commento nella vecchia documentazione: 14 novembre" },
    notes:
      "L’ID app «slack» è quello di Make; non si sa se i vecchi e il nuovo connettore di Fusion abbiano ID diversi.",
  },
  "frameio-legacy-v3-connector": {
    summary:
      "Frame.io (Legacy) usa l’API V3 (api.frame.io/v2); il connettore Frame.io V4 è uscito dalla beta il 31 luglio 2025. Passa i moduli a V4 (connessione Adobe o server-to-server).",
    dates: {
      announced: "V4 in beta",
      deprecated: "V4 fuori dalla beta; nessuna data di fine per il vecchio connettore",
    },
  },
  "firefly-api-v3": {
    summary:
      "Solo per informazione: a febbraio 2025 il connettore Firefly è passato all’API v3; in pratica si tratta dei tre moduli obsoleti di B2.",
    notes: "I risultati vengono da B2; questa voce non trova mai corrispondenze da sola.",
  },
  "salesforce-default-api-62": {
    summary:
      "La versione API predefinita di Salesforce è passata da 46.0 a 62.0 (gennaio 2025); una connessione può ancora essere fissata su un’altra versione. Controlla campi e risultati dopo il cambio.",
    replacement: "API v62.0 (predefinita)",
  },
  "workfront-planning-v1-connector": {
    summary:
      "Da luglio 2026 esiste un connettore Workfront Planning V2 sull’API Planning v2; i moduli V1 sono ancora documentati e non risultano obsoleti.",
  },
  "workfront-proof-unified-approvals": {
    summary:
      "Gli scenari Proof su progetti archiviati nel cloud Adobe smettono di funzionare con la revisione e approvazione unificate (creazione delle bozze, webhook di stato, promemoria, instradamento delle decisioni): ricostruiscili con il connettore Adobe Workfront Unified Review and Approvals.",
    dates: { announced: "connettore rilasciato", stopsWorking: "termine per la ricostruzione" },
    notes:
      "Gli scenari legati a progetti Workfront tradizionali non sono interessati. Classifica ogni scenario: modificare, ricostruire o ritirare.",
  },
};
