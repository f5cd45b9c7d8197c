import type { Translation } from "../bundle";
import type { AppMessages } from "./en";

const sv: Translation<AppMessages> = {
  "app.name": "API Change Desk",
  "app.tagline":
    "Hitta och åtgärda det som bakåtinkompatibla API-ändringar ställer till med i dina Fusion- och Make-scenarier.",
  "nav.label": "Huvudmeny",
  "nav.docs": "API-översikt",
  "nav.diagnose": "Diagnos",
  "nav.upgrade": "Uppgradering",
  "nav.menu": "Meny",
  "nav.portfolio": "Portfölj",
  "skip.toMain": "Hoppa till huvudinnehållet",
  "language.label": "Språk",
  "theme.label": "Tema",
  "theme.system": "System",
  "theme.light": "Ljust",
  "theme.dark": "Mörkt",
  "update.ready": "En ny version av API Change Desk är klar.",
  "update.reload": "Ladda om",
  "update.later": "Senare",
  "footer.privacy": "Allt du klistrar in stannar i den här webbläsaren.",
  "footer.source": "Artikel ur dokumentationen för Adobe Workfront Fusion, källcommit {commit}.",
  "footer.snapshot": "Ögonblicksbild av dokumentationen från {date}.",
  "footer.disclaimer": "Ett fristående verktyg, inte gjort av Adobe eller Make.",
  "notFound.title": "Sidan hittades inte",
  "notFound.body": "Det finns ingen sida på {path}.",
  "notFound.docs": "Läs API-översikten",
  "notFound.diagnose": "Kontrollera ett scenario",
  loading: "Läser in…",
  "error.title": "Något gick fel",
  "error.body":
    "Den här delen av sidan kunde inte visas. Ditt arbete finns kvar i den här webbläsaren.",
  "error.reload": "Läs in sidan igen",
  "docs.toc": "På den här sidan",
  "docs.copyLink": "Kopiera länk till ”{section}”",
  "docs.copied": "Länken kopierades",
  "docs.copyFailed": "Kunde inte kopiera; länken finns i adressfältet",
  "docs.external": "(öppnar Experience League, Adobes webbplats)",
  "docs.mtNotice": "Den här sidan har maskinöversatts.",
  "docs.mtReadEnglish": "Läs det här avsnittet på engelska",
  "docs.sourceCommit": "Källcommit",
  "docs.upgradeGuideInApp": "Öppna steg-för-steg-guiden i den här appen",
  "catalog.teamTranslated": "Översatt av vårt team.",
  "catalog.showEnglish": "Visa det engelska originalet",
};

export default sv;
