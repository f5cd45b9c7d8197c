import type { Translation } from "../bundle";
import type { AppMessages } from "./en";

const nl: Translation<AppMessages> = {
  "app.name": "API Change Desk",
  "app.tagline": "Vind en herstel wat API-wijzigingen met je Fusion- en Make-scenario’s doen.",
  "nav.label": "Hoofdmenu",
  "nav.docs": "API-overzicht",
  "nav.diagnose": "Diagnose",
  "nav.upgrade": "Upgraden",
  "skip.toMain": "Naar de hoofdinhoud",
  "language.label": "Taal",
  "theme.label": "Thema",
  "theme.system": "Systeem",
  "theme.light": "Licht",
  "theme.dark": "Donker",
  "update.ready": "Er is een nieuwe versie van API Change Desk klaar.",
  "update.reload": "Opnieuw laden",
  "update.later": "Later",
  "footer.privacy": "Alles wat je plakt, blijft in deze browser.",
  "footer.source": "Artikel uit de documentatie van Adobe Workfront Fusion, broncommit {commit}.",
  "footer.snapshot": "Momentopname van de documentatie van {date}.",
  "footer.disclaimer": "Een onafhankelijk hulpmiddel, niet gemaakt door Adobe of Make.",
  "notFound.title": "Pagina niet gevonden",
  "notFound.body": "Er is geen pagina op {path}.",
  "notFound.docs": "Lees het API-overzicht",
  "notFound.diagnose": "Controleer een scenario",
  loading: "Laden…",
  "error.title": "Er ging iets mis",
  "error.body":
    "Dit deel van de pagina kon niet worden getoond. Je werk blijft in deze browser bewaard.",
  "error.reload": "Pagina opnieuw laden",
  "docs.toc": "Op deze pagina",
  "docs.copyLink": "Link naar ‘{section}’ kopiëren",
  "docs.copied": "Link gekopieerd",
  "docs.copyFailed": "Kopiëren mislukt; de link staat in de adresbalk",
  "docs.external": "(opent Experience League, de site van Adobe)",
  "docs.mtNotice": "Deze pagina is automatisch vertaald.",
  "docs.mtReadEnglish": "Lees deze sectie in het Engels",
  "docs.sourceCommit": "Broncommit",
  "docs.upgradeGuideInApp": "Open de stapsgewijze handleiding in deze app",
};

export default nl;
