import type { Translation } from "../bundle";
import type { AppMessages } from "./en";

const it: Translation<AppMessages> = {
  "app.name": "API Change Desk",
  "app.tagline":
    "Trova e correggi gli effetti delle modifiche alle API sui tuoi scenari Fusion e Make.",
  "nav.label": "Principale",
  "nav.docs": "Panoramica delle API",
  "nav.diagnose": "Diagnosi",
  "nav.upgrade": "Aggiornamento",
  "nav.menu": "Menu",
  "nav.portfolio": "Portafoglio",
  "skip.toMain": "Vai al contenuto principale",
  "language.label": "Lingua",
  "theme.label": "Tema",
  "theme.system": "Sistema",
  "theme.light": "Chiaro",
  "theme.dark": "Scuro",
  "update.ready": "È pronta una nuova versione di API Change Desk.",
  "update.reload": "Ricarica",
  "update.later": "Più tardi",
  "footer.privacy": "Tutto ciò che incolli resta in questo browser.",
  "footer.source":
    "Articolo dalla documentazione di Adobe Workfront Fusion, commit di origine {commit}.",
  "footer.snapshot": "Istantanea della documentazione del {date}.",
  "footer.disclaimer": "Uno strumento indipendente, non realizzato da Adobe né da Make.",
  "notFound.title": "Pagina non trovata",
  "notFound.body": "Non esiste alcuna pagina all’indirizzo {path}.",
  "notFound.docs": "Leggi la panoramica delle API",
  "notFound.diagnose": "Controlla uno scenario",
  loading: "Caricamento…",
  "error.title": "Si è verificato un problema",
  "error.body":
    "Non è stato possibile mostrare questa parte della pagina. Il tuo lavoro resta in questo browser.",
  "error.reload": "Ricarica la pagina",
  "docs.toc": "In questa pagina",
  "docs.copyLink": "Copia il link a «{section}»",
  "docs.copied": "Link copiato",
  "docs.copyFailed": "Copia non riuscita; il link è nella barra degli indirizzi",
  "docs.external": "(apre Experience League, il sito di Adobe)",
  "docs.mtNotice": "Questa pagina è stata tradotta automaticamente.",
  "docs.mtReadEnglish": "Leggi questa sezione in inglese",
  "docs.sourceCommit": "Commit di origine",
  "docs.upgradeGuideInApp": "Apri la guida passo passo in questa app",
  "catalog.teamTranslated": "Tradotto dal nostro team.",
  "catalog.showEnglish": "Mostra l’originale inglese",
};

export default it;
