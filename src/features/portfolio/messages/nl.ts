import type { Translation } from "../../../i18n/bundle";
import type { PortfolioMessages } from "./en";

const nl: Translation<PortfolioMessages> = {
  "portfolio.doc.title": "Scenarioportfolio",
  "portfolio.doc.summary":
    "{scenarios} scenario's, {broken} onleesbare bestanden. Gemaakt op {date} met API Change Desk, in de browser: er is niets verstuurd.",
  "portfolio.doc.redacted": "E-mailadressen en geheimen in namen en labels zijn verborgen.",
  "portfolio.severity.none": "geen bevinding",
  "portfolio.severity.error": "onleesbaar",
  "portfolio.error.location": "regel {line}, kolom {column}",
  "page.title": "Scenarioportfolio",
  "page.intro":
    "Open veel blueprints tegelijk: meerdere bestanden, een hele map of een .zip met exports. Elk wordt op dit apparaat gecontroleerd, en de tabel toont welke scenario's een API-wijziging het eerst raakt.",
  "privacy.line":
    "Je blueprints blijven in deze browser: ze worden op dit apparaat gelezen en gecontroleerd en hier bewaard tot je ze verwijdert.",
  "open.files": "Bestanden openen…",
  "open.folder": "Een map openen…",
  "open.drop": "Of sleep bestanden, mappen of een .zip met exports ergens op deze pagina.",
  "open.dropActive": "Loslaten om ze aan het portfolio toe te voegen",
  "progress.label": "{done} van {total} bestanden gecontroleerd",
  "progress.cancel": "Annuleren",
  "progress.cancelled":
    "Afgebroken. {done} van {total} bestanden zijn gecontroleerd; die blijven bewaard.",
  "notice.skipped": "Bestanden overgeslagen omdat ze geen .json of .zip zijn: {count}.",
  "notice.overLimit":
    "Bestanden overgeslagen omdat er hoogstens {max} tegelijk worden gelezen: {count}.",
  "notice.zip.too-large":
    "{file}: een zip mag hoogstens {zipped} MB bevatten, of {unpacked} MB uitgepakt. De overige bestanden zijn niet gelezen.",
  "notice.zip.too-many":
    "{file}: een zip mag hoogstens {max} blueprints bevatten. De overige bestanden zijn niet gelezen.",
  "notice.zip.unreadable":
    "{file} kon niet worden uitgepakt: het is geen zipbestand, of het is beschadigd.",
  "notice.zip.empty": "{file} bevat geen .json-bestand.",
  "notice.quota":
    "Scenario's niet bewaard omdat de opslag van deze browser vol is: {count}. Ze blijven zichtbaar tot je de pagina verlaat; wat eerder bewaard is, blijft veilig.",
  "notice.unavailable":
    "Scenario's niet bewaard omdat deze browser hier geen opslag toestaat: {count}. Ze blijven zichtbaar tot je de pagina verlaat.",
  "notice.failed": "{file} kon niet worden gecontroleerd: {message}",
  "notice.loadFailed": "Het in deze browser bewaarde portfolio kon niet worden gelezen.",
  "notice.removeFailed":
    "Dit kon niet uit de opslag van de browser worden verwijderd. Probeer het opnieuw.",
  "notice.dismiss": "Sluiten",
  "totals.title": "Wat te plannen",
  "totals.summary": "Scenario's: {scenarios}. Onleesbare bestanden: {broken}.",
  "totals.caption": "Wijzigingen die deze scenario's raken, de dringendste eerst",
  "totals.col.change": "Wijziging",
  "totals.col.scenarios": "Scenario's",
  "totals.col.deadline": "Vroegste deadline",
  "totals.none": "Geen bekende API-wijziging raakt deze scenario's.",
  "filter.title": "Sorteren en filteren",
  "filter.sort": "Sorteren op",
  "sort.urgency": "Urgentie",
  "sort.name": "Naam",
  "sort.deadline": "Deadline",
  "filter.severity": "Ernst",
  "filter.app": "App",
  "filter.change": "Wijziging",
  "filter.all": "Alle",
  "filter.search": "Zoeken op naam",
  "table.caption": "Scenario's: {shown} getoond van {total}",
  "col.name": "Scenario",
  "col.platform": "Platform",
  "col.modules": "Modules",
  "col.findings": "Bevindingen",
  "col.deadline": "Eerstvolgende deadline",
  "col.upgrade": "Upgrade",
  "col.actions": "Acties",
  "row.noDeadline": "geen",
  "row.steps": "{done} van {total} stappen",
  "row.diagnose": "Diagnose",
  "row.upgrade": "Upgrade",
  "row.remove": "Verwijderen",
  "row.diagnoseLabel": "{name} openen in Diagnose",
  "row.upgradeLabel": "De upgrade van {name} openen",
  "row.removeLabel": "{name} uit het portfolio verwijderen",
  "row.missing":
    "De blueprint van dit scenario wordt niet meer in deze browser bewaard. Voeg het bestand opnieuw toe.",
  "error.empty": "Het bestand is leeg.",
  "error.too-large": "Het bestand is te groot.",
  "error.invalid-json": "Dit is geen geldige JSON.",
  "error.not-a-blueprint": "Dit lijkt niet op de blueprint van een scenario.",
  "platform.fusion": "Fusion",
  "platform.make": "Make",
  "platform.integromat": "Integromat",
  "platform.unknown": "Onbekend",
  empty: "Nog geen scenario. Open of sleep blueprintbestanden om te beginnen.",
  "export.title": "Het portfolio exporteren",
  "export.csv": "CSV downloaden",
  "export.markdown": "Markdown downloaden",
  "export.redact": "E-mailadressen en geheimen in namen en labels verbergen",
  "clear.all": "Alle scenario's verwijderen",
  "status.count": "Scenario's in het portfolio: {count}.",
};

export default nl;
