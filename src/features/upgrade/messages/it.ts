import type { Translation } from "../../../i18n/bundle";
import type { UpgradeMessages } from "./en";

const it: Translation<UpgradeMessages> = {
  "plan.doc.title": "Piano di aggiornamento: {scenario}",
  "plan.doc.untitled": "Scenario senza nome",
  "plan.doc.progress": "Passaggi completati: {done} su {total}.",
  "plan.doc.generated":
    "Creato il {date} con API Change Desk, nel browser: nulla è stato inviato altrove.",
  "plan.doc.redacted": "Gli ID di connessioni e webhook e gli indirizzi e-mail sono nascosti.",
  "plan.label.step": "Passaggio",
  "plan.label.status": "Stato",
  "plan.label.title": "Titolo",
  "plan.label.what": "Cosa e perché",
  "plan.label.dates": "Date",
  "plan.label.config": "Configurazione",
  "plan.label.fields": "Campi da ricontrollare",
  "plan.label.modules": "Moduli",
  "plan.label.connections": "Connessioni e webhook",
  "plan.label.sources": "Fonti",
  "plan.status.done": "fatto",
  "plan.status.todo": "da fare",
  "plan.hidden": "[nascosto]",
  "plan.title.prepare": "Fai una copia di sicurezza dello scenario",
  "plan.title.connection": "Aggiorna la connessione {app}",
  "plan.title.connector": "Sposta i moduli {app} sul nuovo connettore",
  "plan.title.module": "Aggiorna {module}",
  "plan.title.upgradeAll": "Aggiorna tutti i moduli {app} in una volta",
  "plan.title.moduleGroup": "Aggiorna i {count} moduli {app} in un colpo solo",
  "plan.title.verify": "Controlla lo scenario aggiornato",
  "plan.what.prepare":
    "Prima di cambiare qualsiasi cosa, tieni una copia dello scenario a cui poter tornare.",
  "plan.what.verify":
    "Assicurati che lo scenario funzioni ancora e che non resti nulla di interessato.",
  "plan.what.replacement": "Sostituto: {replacement}.",
  "plan.date.stopsWorking": "Smette di funzionare: {date}",
  "plan.date.deprecated": "Obsoleto: {date}",
  "plan.date.removedFromSelector": "Tolto dall’elenco dei moduli: {date}",
  "plan.date.stopsWorking.undated": "Smetterà di funzionare in una data non ancora annunciata",
  "plan.date.deprecated.undated": "Obsoleto, senza data indicata",
  "plan.date.removedFromSelector.undated": "Tolto dall’elenco dei moduli, senza data indicata",
  "plan.fusion.badge": "«Aggiorna modulo» (Upgrade module)",
  "plan.fusion.upgrade": "«Aggiorna» (Upgrade)",
  "plan.fusion.upgradeAll": "«Aggiorna tutti» (Upgrade all)",
  "plan.fusion.chooseNew": "«Scegli nuovo» (Choose new)",
  "plan.how.backupClone": "Oppure clona lo scenario e fai prima le modifiche sulla copia.",
  "plan.how.badge": "Nell’editor dello scenario, fai clic sul badge verde {badge} di {module}.",
  "plan.how.upgrade": "Fai clic su {upgrade}.",
  "plan.how.chooseNew": "Fai clic su {chooseNew}.",
  "plan.how.pickReplacement": "Scegli il modulo che lo sostituisce: {replacement}.",
  "plan.how.configureSame":
    "Configuralo con le stesse impostazioni del vecchio modulo (campi qui sotto).",
  "plan.how.wire": "Collegalo nello stesso punto dello scenario.",
  "plan.how.deleteOld": "Elimina il vecchio modulo.",
  "plan.how.remapSource":
    "Se i moduli successivi usavano l’output del vecchio modulo: nel Devtool, Tools › Remap Source li fa puntare al nuovo.",
  "plan.how.save": "Salva lo scenario.",
  "plan.how.openCheck": "Apri ogni modulo aggiornato e controlla la sua configurazione.",
  "plan.how.newConnection": "Crea una nuova connessione {app} di tipo {replacement}.",
  "plan.how.selectConnection":
    "Apri ogni modulo che usa la vecchia connessione e seleziona quella nuova.",
  "plan.how.swapConnection":
    "Scorciatoia: nel Devtool, Tools › Swap Connection copia la connessione di un modulo in tutti i moduli della stessa app.",
  "plan.how.addFromConnector":
    "Per ogni modulo, aggiungi accanto il modulo corrispondente di {replacement}.",
  "plan.how.external":
    "Fai la modifica nelle impostazioni di {app}, come descritto nelle fonti; lo scenario in sé non cambia.",
  "plan.how.none":
    "Per ora non c’è nulla da cambiare nello scenario; torna prima della data indicata.",
  "plan.how.run": "Esegui lo scenario una volta e controlla cosa produce.",
  "plan.how.reexport":
    "Esporta di nuovo il blueprint (More › Export Blueprint) e incollalo sotto «Verifica» per controllare ogni passaggio.",
  "plan.config.no": "La configurazione non viene ripresa: inserisci di nuovo questi campi.",
  "plan.config.unknown":
    "Adobe non dice se la configurazione viene mantenuta: controlla questi campi.",
  "plan.replacement.unknown": "la sua nuova versione",
  "plan.module": "«{label}» ({id})",
  "plan.connection": "Connessione «{label}» (id {id})",
  "plan.webhook": "Webhook «{label}» (id {id})",
  "plan.noLabel": "senza etichetta",
  "page.title": "Aggiorna il tuo scenario",
  "page.intro":
    "Un passaggio alla volta, in un ordine che mantiene lo scenario funzionante. I tuoi progressi restano in questo browser.",
  "page.loading": "Lettura dell’ultimo scenario controllato…",
  "page.scenario": "Scenario: {name}",
  "none.title": "Ancora nessuno scenario da aggiornare",
  "none.body":
    "La procedura guidata lavora sull’ultimo scenario controllato in Diagnosi. Incolla prima lì il suo blueprint: resta in questo browser.",
  "none.diagnose": "Controlla uno scenario in Diagnosi",
  "none.guide": "Leggi la guida generale all’aggiornamento di un modulo",
  "failed.title": "Non è stato possibile rileggere l’ultimo scenario",
  "failed.body": "Controllalo di nuovo in Diagnosi per iniziare l’aggiornamento. ({message})",
  "nothing.title": "Niente da aggiornare",
  "nothing.body":
    "Nessun modulo di questo scenario è interessato da una modifica nota all’app. Conserva la copia di sicurezza e ricontrolla quando Adobe annuncia nuove modifiche.",
  "progress.label": "Avanzamento dell’aggiornamento",
  "progress.text": "Passaggi completati: {done} su {total}",
  "progress.allDone": "Tutti i passaggi sono completati.",
  "steps.title": "Passaggi",
  "step.number": "Passaggio {number}",
  "step.current": "passaggio attuale",
  "step.check": "Fatto",
  "step.checkLabel": "Passaggio {number} fatto: {title}",
  "step.open": "Mostra il passaggio {number}",
  "step.details": "Mostra i dettagli",
  "step.hideDetails": "Nascondi i dettagli",
  "step.next": "Passaggio successivo",
  "step.verified": "Spuntato in base al blueprint riesportato",
  "step.summaryNote": "Dal catalogo:",
  "step.where": "Dove nello scenario",
  "step.moreModules": "Mostra altri moduli ({shown} di {total} elencati)",
  "minimap.label":
    "Immagine dello scenario: {total} moduli, evidenziati i {count} di questo passaggio",
  "export.title": "Consegna il piano",
  "export.intro": "Dai l’elenco a chi farà il lavoro in {platform}, oppure allegalo al ticket.",
  "export.redact": "Nascondi gli ID di connessioni e webhook e gli indirizzi e-mail",
  "export.markdown": "Scarica in Markdown",
  "export.csv": "Scarica in CSV",
  "export.print": "Stampa",
  "export.copy": "Copia come testo",
  "export.copied": "Il piano è negli appunti.",
  "export.copyFailed": "Il browser non ha consentito la copia. Scarica invece il piano.",
  "verify.title": "Verifica l’aggiornamento",
  "verify.intro":
    "Dopo l’aggiornamento, esporta di nuovo il blueprint in {platform} (More › Export Blueprint), poi incollalo qui, trascina il file o aprilo. Ogni passaggio viene controllato su di esso.",
  "verify.input": "Blueprint riesportato",
  "verify.open": "Apri un file",
  "verify.dropHint": "Puoi anche trascinare il file su questo campo.",
  "verify.check": "Controlla il blueprint",
  "verify.running": "Controllo del blueprint…",
  "verify.summary": "Passaggi fatti nel blueprint riesportato: {done} su {total}.",
  "verify.checkedOff": "I passaggi risultati fatti sono spuntati.",
  "verify.done": "fatto",
  "verify.todo": "ancora da fare",
  "verify.newFindings": "Novità in questo blueprint",
  "verify.noNew":
    "Niente di nuovo: il blueprint riesportato non ha rilievi che il piano non conoscesse.",
  "verify.finding": "{app} ({ref}): {modules}",
  "verify.error.empty":
    "Non c’è ancora nulla da controllare: incolla o apri il blueprint riesportato.",
  "verify.error.too-large": "Questo file è troppo grande per essere un blueprint.",
  "verify.error.invalid-json": "Questo non è JSON valido (riga {line}, colonna {column}).",
  "verify.error.not-a-blueprint": "Questo JSON non è il blueprint di uno scenario.",
  "verify.crash": "Il controllo si è interrotto in modo imprevisto: {message}",
  "recent.title": "Scenari recenti",
  "recent.empty": "Qui compaiono gli scenari su cui fai progressi.",
  "recent.progress": "Passaggi fatti: {done} su {total}; ultima modifica {date}",
  "recent.current": "Questo scenario",
  "recent.reset": "Azzera",
  "recent.resetLabel": "Azzera i progressi di {name}",
  "recent.resetDone": "I progressi di {name} sono stati azzerati.",
  "storage.unavailable":
    "Questo browser non permette all’app di salvare nulla (archiviazione disattivata o bloccata). I progressi restano finché non chiudi questa scheda.",
  "storage.quota":
    "Lo spazio del browser per questa app è pieno, quindi gli ultimi progressi non sono stati salvati. Restano finché non chiudi questa scheda; azzerare vecchi scenari libera spazio.",
  "storage.corrupted":
    "Non è stato possibile leggere i progressi salvati di questo scenario, forse scritti da una versione precedente. La procedura riparte da zero; la prossima spunta li sovrascrive.",
  "storage.otherTab": "Progressi aggiornati da un’altra scheda.",
  "guide.link": "Guida generale all’aggiornamento di un modulo",
  "guide.title": "Aggiornare un modulo a una nuova versione",
  "guide.intro":
    "Quando Fusion rilascia una versione più recente di un modulo, il modulo mostra un badge nell’editor dello scenario. Lo scenario si aggiorna sul posto: non serve crearne uno nuovo.",
  "guide.badge.title": "Riconoscere il badge",
  "guide.badge.body":
    "Il badge, {badge}, è un piccolo disco verde con due frecce bianche, in basso a destra dell’icona rotonda del modulo.",
  "guide.backup.title": "Prima di iniziare",
  "guide.backup.body":
    "Esporta il blueprint (More › Export Blueprint) o clona lo scenario, così puoi tornare indietro se qualcosa si rompe.",
  "guide.workfront.title": "Aggiornare un modulo Workfront",
  "guide.workfront.badge": "Fai clic sul badge {badge} del modulo.",
  "guide.workfront.choose": "Scegli uno dei tre pulsanti:",
  "guide.workfront.upgrade":
    "{upgrade} aggiorna questo modulo. Secondo Adobe la sua configurazione viene mantenuta.",
  "guide.workfront.upgradeAll": "{upgradeAll} aggiorna tutti i moduli Workfront dello scenario.",
  "guide.workfront.chooseNew":
    "{chooseNew} mette un altro modulo al suo posto; poi segui i passaggi per le altre app qui sotto.",
  "guide.workfront.save": "Salva lo scenario.",
  "guide.workfront.review":
    "Adobe consiglia di aprire poi ogni modulo Workfront aggiornato per controllarne la configurazione.",
  "guide.other.title": "Aggiornare un modulo di un’altra app",
  "guide.other.badge": "Fai clic sul badge {badge} del modulo.",
  "guide.other.chooseNew": "Fai clic su {chooseNew}.",
  "guide.other.pick": "Scegli il modulo che sostituisce quello vecchio.",
  "guide.other.configure": "Configuralo con le stesse impostazioni del vecchio modulo.",
  "guide.other.wire": "Collegalo nello stesso punto dello scenario.",
  "guide.other.delete": "Elimina il vecchio modulo.",
  "guide.other.save": "Salva lo scenario.",
  "guide.tools.title": "Gli strumenti del Devtool per una sostituzione manuale",
  "guide.tools.intro": "La scheda Tools del Devtool offre aiuti che risparmiano di ridigitare:",
  "guide.tools.copyMapping":
    "Copy Mapping copia i valori dei campi da un modulo a un altro e sovrascrive quelli di destinazione. Verso un modulo di tipo diverso li cancella: reinseriscili a mano.",
  "guide.tools.copyFilter": "Copy Filter copia un filtro.",
  "guide.tools.swapConnection":
    "Swap Connection copia la connessione di un modulo in tutti i moduli della stessa app.",
  "guide.tools.remapSource":
    "Remap Source fa puntare le mappature da un modulo sorgente a un altro.",
  "guide.tools.metadata": "Get App Metadata mostra quale versione dell’app usa un modulo.",
  "guide.labels":
    "I nomi dei pulsanti sono quelli della documentazione di Adobe nella tua lingua, seguiti dall’inglese.",
  "guide.diagnose.title": "Trovare cosa va aggiornato",
  "guide.diagnose.body":
    "Diagnosi elenca i moduli del tuo scenario interessati da una modifica; la procedura guidata ti accompagna poi un passaggio alla volta.",
  "guide.diagnose.link": "Controlla uno scenario",
  "guide.source":
    "Fonte: la pagina «Aggiornare un modulo a una nuova versione» su Adobe Experience League",
  "guide.external": "(apre Experience League, il sito di Adobe)",
  "plan.label.how": "Come",
  "plan.label.urgency": "Gravità",
  "plan.label.evidence": "Su cosa si basa",
  "plan.label.severityReason": "Perché questa gravità",
  "plan.what.auth": "{app}: cambia il modo in cui questa connessione si autentica.",
  "plan.what.endpoint": "{app}: un’API usata da questo modulo cambia o chiude.",
  "plan.what.api-version":
    "{app}: una nuova versione dell’API sostituisce quella dietro questo connettore.",
  "plan.how.backupExport":
    "Apri lo scenario in {platform}, apri il menu More e scegli «Export Blueprint»; conserva il file.",
  "plan.how.upgradeAll":
    "Fai clic su {upgradeAll}: {platform} aggiorna in una volta tutti i moduli {app} dello scenario.",
  "plan.config.yes":
    "{platform} mantiene la configurazione; controllala una volta dopo l’aggiornamento.",
};

export default it;
