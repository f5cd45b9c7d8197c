import type { Translation } from "../../../i18n/bundle";
import type { UpgradeMessages } from "./en";

const nl: Translation<UpgradeMessages> = {
  "plan.doc.title": "Upgradeplan: {scenario}",
  "plan.doc.untitled": "Scenario zonder naam",
  "plan.doc.progress": "{done} van {total} stappen klaar.",
  "plan.doc.generated":
    "Gemaakt op {date} met API Change Desk, in de browser: er is niets verstuurd.",
  "plan.doc.redacted": "Verbindings-id’s, webhook-id’s en e-mailadressen zijn verborgen.",
  "plan.label.step": "Stap",
  "plan.label.status": "Status",
  "plan.label.title": "Titel",
  "plan.label.what": "Wat en waarom",
  "plan.label.dates": "Data",
  "plan.label.config": "Configuratie",
  "plan.label.fields": "Velden om na te kijken",
  "plan.label.modules": "Modules",
  "plan.label.connections": "Verbindingen en webhooks",
  "plan.label.sources": "Bronnen",
  "plan.status.done": "klaar",
  "plan.status.todo": "te doen",
  "plan.hidden": "[verborgen]",
  "plan.title.prepare": "Maak een back-up van het scenario",
  "plan.title.connection": "Werk de {app}-verbinding bij",
  "plan.title.connector": "Zet de {app}-modules over naar de nieuwe connector",
  "plan.title.module": "Upgrade {module}",
  "plan.title.upgradeAll": "Upgrade alle {app}-modules in één keer",
  "plan.title.moduleGroup": "Upgrade de {count} {app}-modules in één keer",
  "plan.title.verify": "Controleer het geüpgradede scenario",
  "plan.what.prepare":
    "Bewaar een kopie van het scenario waar je naar terug kunt voordat je iets verandert.",
  "plan.what.verify":
    "Zorg dat het scenario nog werkt en dat er geen getroffen modules overblijven.",
  "plan.what.replacement": "Vervanging: {replacement}.",
  "plan.date.stopsWorking": "Werkt niet meer vanaf: {date}",
  "plan.date.deprecated": "Verouderd: {date}",
  "plan.date.removedFromSelector": "Uit de modulelijst gehaald: {date}",
  "plan.date.stopsWorking.undated": "Werkt op een nog onbekende datum niet meer",
  "plan.date.deprecated.undated": "Verouderd, zonder vermelde datum",
  "plan.date.removedFromSelector.undated": "Uit de modulelijst gehaald, zonder vermelde datum",
  "plan.fusion.badge": "„Upgrade module”",
  "plan.fusion.upgrade": "„Verbetering” (Upgrade)",
  "plan.fusion.upgradeAll": "„Verbetering allen” (Upgrade all)",
  "plan.fusion.chooseNew": "„Kies nieuw” (Choose new)",
  "plan.how.backupClone": "Of kloon het scenario en voer de wijzigingen eerst op de kopie uit.",
  "plan.how.badge": "Klik in de scenario-editor op de groene badge {badge} op {module}.",
  "plan.how.upgrade": "Klik op {upgrade}.",
  "plan.how.chooseNew": "Klik op {chooseNew}.",
  "plan.how.pickReplacement": "Kies de module die hem vervangt: {replacement}.",
  "plan.how.configureSame":
    "Stel hem in met dezelfde instellingen als de oude module (velden hieronder).",
  "plan.how.wire": "Koppel hem op dezelfde plek in het scenario.",
  "plan.how.deleteOld": "Verwijder de oude module.",
  "plan.how.remapSource":
    "Als latere modules de uitvoer van de oude module gebruikten: in de Devtool laat Tools › Remap Source ze naar de nieuwe wijzen.",
  "plan.how.save": "Sla het scenario op.",
  "plan.how.openCheck": "Open elke geüpgradede module en controleer de configuratie.",
  "plan.how.newConnection": "Maak een nieuwe {app}-verbinding van het type {replacement}.",
  "plan.how.selectConnection":
    "Open elke module die de oude verbinding gebruikt en kies de nieuwe.",
  "plan.how.swapConnection":
    "Sneller: in de Devtool kopieert Tools › Swap Connection de verbinding van één module naar alle modules van dezelfde app.",
  "plan.how.addFromConnector":
    "Voeg voor elke module de overeenkomende module van {replacement} ernaast toe.",
  "plan.how.external":
    "Voer de wijziging uit in de instellingen van {app} zelf, zoals de bronnen beschrijven; het scenario zelf verandert niet.",
  "plan.how.none":
    "Voorlopig hoeft er in het scenario niets te veranderen; kom terug vóór de datum hierboven.",
  "plan.how.run": "Voer het scenario één keer uit en controleer wat het oplevert.",
  "plan.how.reexport":
    "Exporteer de blueprint opnieuw (More › Export Blueprint) en plak hem onder „Controleren” om elke stap na te gaan.",
  "plan.config.no": "De configuratie wordt niet overgenomen: vul deze velden opnieuw in.",
  "plan.config.unknown":
    "Adobe zegt niet of de configuratie behouden blijft: controleer deze velden.",
  "plan.replacement.unknown": "de nieuwe versie",
  "plan.module": "„{label}” ({id})",
  "plan.connection": "Verbinding „{label}” (id {id})",
  "plan.webhook": "Webhook „{label}” (id {id})",
  "plan.noLabel": "zonder label",
  "page.title": "Je scenario upgraden",
  "page.intro":
    "Eén stap tegelijk, in een volgorde die het scenario werkend houdt. Je voortgang blijft in deze browser.",
  "page.loading": "Het laatst gecontroleerde scenario wordt gelezen…",
  "page.scenario": "Scenario: {name}",
  "none.title": "Nog geen scenario om te upgraden",
  "none.body":
    "De wizard werkt met het scenario dat je het laatst in Diagnose hebt gecontroleerd. Plak daar eerst de blueprint: die blijft in deze browser.",
  "none.diagnose": "Een scenario controleren in Diagnose",
  "none.guide": "Lees de algemene handleiding voor het upgraden van een module",
  "failed.title": "Het laatste scenario kon niet opnieuw worden gelezen",
  "failed.body": "Controleer het opnieuw in Diagnose om de upgrade te starten. ({message})",
  "nothing.title": "Niets te upgraden",
  "nothing.body":
    "Geen enkele module van dit scenario wordt getroffen door een wijziging die de app kent. Bewaar de back-up en controleer opnieuw wanneer Adobe nieuwe wijzigingen aankondigt.",
  "progress.label": "Voortgang van de upgrade",
  "progress.text": "{done} van {total} stappen klaar",
  "progress.allDone": "Alle stappen zijn klaar.",
  "steps.title": "Stappen",
  "step.number": "Stap {number}",
  "step.current": "huidige stap",
  "step.check": "Klaar",
  "step.checkLabel": "Stap {number} klaar: {title}",
  "step.open": "Stap {number} tonen",
  "step.details": "Details tonen",
  "step.hideDetails": "Details verbergen",
  "step.next": "Volgende stap",
  "step.verified": "Afgevinkt op basis van de opnieuw geëxporteerde blueprint",
  "step.summaryNote": "Uit de catalogus:",
  "step.where": "Waar in het scenario",
  "step.moreModules": "Meer modules tonen ({shown} van {total} getoond)",
  "minimap.label":
    "Afbeelding van het scenario: {total} modules, de {count} van deze stap gemarkeerd",
  "export.title": "Het plan overdragen",
  "export.intro":
    "Geef de checklist aan wie het werk in {platform} doet, of voeg hem bij het ticket.",
  "export.redact": "Verbindings-id’s, webhook-id’s en e-mailadressen verbergen",
  "export.markdown": "Markdown downloaden",
  "export.csv": "CSV downloaden",
  "export.print": "Afdrukken",
  "export.copy": "Kopiëren als tekst",
  "export.copied": "Het plan staat op het klembord.",
  "export.copyFailed": "De browser stond kopiëren niet toe. Download het plan in plaats daarvan.",
  "verify.title": "De upgrade controleren",
  "verify.intro":
    "Exporteer na de upgrade de blueprint opnieuw in {platform} (More › Export Blueprint) en plak hem hier, sleep het bestand hierheen of open het. Elke stap wordt eraan getoetst.",
  "verify.input": "Opnieuw geëxporteerde blueprint",
  "verify.open": "Een bestand openen",
  "verify.dropHint": "Je kunt het bestand ook op dit vak neerzetten.",
  "verify.check": "Blueprint controleren",
  "verify.running": "De blueprint wordt gecontroleerd…",
  "verify.summary": "{done} van {total} stappen zijn klaar in de opnieuw geëxporteerde blueprint.",
  "verify.checkedOff": "Stappen die klaar zijn, zijn afgevinkt.",
  "verify.done": "klaar",
  "verify.todo": "nog te doen",
  "verify.newFindings": "Nieuw in deze blueprint",
  "verify.noNew":
    "Niets nieuws: de opnieuw geëxporteerde blueprint bevat geen bevinding die het plan niet kende.",
  "verify.finding": "{app} ({ref}): {modules}",
  "verify.error.empty":
    "Er is nog niets te controleren: plak of open de opnieuw geëxporteerde blueprint.",
  "verify.error.too-large": "Dit bestand is te groot voor een blueprint.",
  "verify.error.invalid-json": "Dit is geen geldige JSON (regel {line}, kolom {column}).",
  "verify.error.not-a-blueprint": "Deze JSON is geen scenario-blueprint.",
  "verify.crash": "De controle stopte onverwacht: {message}",
  "recent.title": "Recente scenario’s",
  "recent.empty": "Scenario’s waarin je voortgang boekt, staan hier.",
  "recent.progress": "{done} van {total} stappen klaar, laatst gewijzigd op {date}",
  "recent.current": "Dit scenario",
  "recent.reset": "Opnieuw beginnen",
  "recent.resetLabel": "De voortgang van {name} wissen",
  "recent.resetDone": "De voortgang van {name} is gewist.",
  "storage.unavailable":
    "Deze browser laat de app niets opslaan (opslag staat uit of is geblokkeerd). Je voortgang blijft bewaard tot je dit tabblad sluit.",
  "storage.quota":
    "De opslag van de browser voor deze app is vol, dus de laatste voortgang is niet opgeslagen. Die blijft bewaard tot je dit tabblad sluit; oude scenario’s wissen maakt ruimte vrij.",
  "storage.corrupted":
    "De opgeslagen voortgang van dit scenario kon niet worden gelezen, misschien geschreven door een oudere versie. De wizard begint opnieuw; je volgende vinkje overschrijft hem.",
  "storage.otherTab": "Voortgang bijgewerkt vanuit een ander tabblad.",
  "guide.link": "Algemene handleiding voor het upgraden van een module",
  "guide.title": "Een module upgraden naar een nieuwe versie",
  "guide.intro":
    "Wanneer Fusion een nieuwere versie van een module uitbrengt, krijgt de module een badge in de scenario-editor. Je upgradet het scenario ter plekke: een nieuw scenario is niet nodig.",
  "guide.badge.title": "De badge herkennen",
  "guide.badge.body":
    "De badge, {badge}, is een kleine groene schijf met twee witte pijlpunten, rechtsonder op het ronde pictogram van de module.",
  "guide.backup.title": "Voordat je begint",
  "guide.backup.body":
    "Exporteer de blueprint (More › Export Blueprint) of kloon het scenario, zodat je terug kunt als er iets misgaat.",
  "guide.workfront.title": "Een Workfront-module upgraden",
  "guide.workfront.badge": "Klik op de badge {badge} op de module.",
  "guide.workfront.choose": "Kies een van de drie knoppen:",
  "guide.workfront.upgrade":
    "{upgrade} upgradet deze module. Volgens Adobe blijft de configuratie behouden.",
  "guide.workfront.upgradeAll": "{upgradeAll} upgradet alle Workfront-modules van het scenario.",
  "guide.workfront.chooseNew":
    "{chooseNew} zet een andere module op zijn plaats; volg daarna de stappen voor andere apps hieronder.",
  "guide.workfront.save": "Sla het scenario op.",
  "guide.workfront.review":
    "Adobe raadt aan om daarna elke geüpgradede Workfront-module te openen en de configuratie te controleren.",
  "guide.other.title": "Een module van een andere app upgraden",
  "guide.other.badge": "Klik op de badge {badge} op de module.",
  "guide.other.chooseNew": "Klik op {chooseNew}.",
  "guide.other.pick": "Kies de module die de oude vervangt.",
  "guide.other.configure": "Stel hem in met dezelfde instellingen als de oude module.",
  "guide.other.wire": "Koppel hem op dezelfde plek in het scenario.",
  "guide.other.delete": "Verwijder de oude module.",
  "guide.other.save": "Sla het scenario op.",
  "guide.tools.title": "Hulpmiddelen in de Devtool voor een handmatige vervanging",
  "guide.tools.intro": "Het tabblad Tools van de Devtool heeft hulpmiddelen die typwerk besparen:",
  "guide.tools.copyMapping":
    "Copy Mapping kopieert veldwaarden van de ene module naar de andere en overschrijft die van het doel. Naar een module van een ander type wist het ze: vul die met de hand opnieuw in.",
  "guide.tools.copyFilter": "Copy Filter kopieert een filter.",
  "guide.tools.swapConnection":
    "Swap Connection kopieert de verbinding van een module naar alle modules van dezelfde app.",
  "guide.tools.remapSource":
    "Remap Source laat koppelingen van de ene bronmodule naar een andere wijzen.",
  "guide.tools.metadata": "Get App Metadata toont welke app-versie een module gebruikt.",
  "guide.labels":
    "De knopnamen zijn die uit de documentatie van Adobe in jouw taal, gevolgd door het Engels. De Nederlandse documentatie is machinaal vertaald: „Verbetering” staat daar voor „Upgrade”.",
  "guide.diagnose.title": "Vinden wat een upgrade nodig heeft",
  "guide.diagnose.body":
    "Diagnose toont de modules van je scenario die door een wijziging worden getroffen; de wizard leidt je er daarna stap voor stap doorheen.",
  "guide.diagnose.link": "Een scenario controleren",
  "guide.source":
    "Bron: de pagina „Een module upgraden naar een nieuwe versie” op Adobe Experience League",
  "guide.external": "(opent Experience League, de site van Adobe)",
  "plan.label.how": "Hoe",
  "plan.label.urgency": "Ernst",
  "plan.label.evidence": "Wat de doorslag gaf",
  "plan.label.severityReason": "Waarom deze ernst",
  "plan.what.auth": "{app}: de manier waarop deze verbinding zich aanmeldt, verandert.",
  "plan.what.endpoint": "{app}: een API die deze module gebruikt, verandert of sluit.",
  "plan.what.api-version": "{app}: een nieuwe API-versie vervangt die achter deze connector.",
  "plan.how.backupExport":
    "Open het scenario in {platform}, open het menu More en kies „Export Blueprint”; bewaar het bestand.",
  "plan.how.upgradeAll":
    "Klik op {upgradeAll}: {platform} upgradet alle {app}-modules van het scenario in één keer.",
  "plan.config.yes": "{platform} behoudt de configuratie; controleer die één keer na de upgrade.",
};

export default nl;
