import type { Translation } from "../../../i18n/bundle";
import type { UpgradeMessages } from "./en";

const fr: Translation<UpgradeMessages> = {
  "plan.doc.title": "Plan de mise à niveau : {scenario}",
  "plan.doc.untitled": "Scénario sans nom",
  "plan.doc.progress": "Étapes faites : {done} sur {total}.",
  "plan.doc.generated":
    "Établi le {date} avec API Change Desk, dans le navigateur : rien n’a été envoyé nulle part.",
  "plan.doc.redacted":
    "Les identifiants de connexion et de webhook et les adresses e-mail sont masqués.",
  "plan.label.step": "Étape",
  "plan.label.status": "État",
  "plan.label.title": "Titre",
  "plan.label.what": "Quoi et pourquoi",
  "plan.label.dates": "Dates",
  "plan.label.config": "Configuration",
  "plan.label.fields": "Champs à revérifier",
  "plan.label.modules": "Modules",
  "plan.label.connections": "Connexions et webhooks",
  "plan.label.sources": "Sources",
  "plan.status.done": "fait",
  "plan.status.todo": "à faire",
  "plan.hidden": "[masqué]",
  "plan.title.prepare": "Sauvegarder le scénario",
  "plan.title.connection": "Mettre à jour la connexion {app}",
  "plan.title.connector": "Passer les modules {app} au nouveau connecteur",
  "plan.title.module": "Mettre à niveau {module}",
  "plan.title.upgradeAll": "Mettre à niveau tous les modules {app} d’un coup",
  "plan.title.moduleGroup": "Mettre à niveau les {count} modules {app} en une fois",
  "plan.title.verify": "Vérifier le scénario mis à niveau",
  "plan.what.prepare":
    "Gardez une copie du scénario pour pouvoir revenir en arrière avant de modifier quoi que ce soit.",
  "plan.what.verify":
    "Assurez-vous que le scénario fonctionne toujours et qu’il ne reste rien de concerné.",
  "plan.what.replacement": "Remplacement : {replacement}.",
  "plan.date.stopsWorking": "Cesse de fonctionner : {date}",
  "plan.date.deprecated": "Obsolète : {date}",
  "plan.date.removedFromSelector": "Retiré de la liste des modules : {date}",
  "plan.date.stopsWorking.undated": "Cessera de fonctionner à une date pas encore annoncée",
  "plan.date.deprecated.undated": "Obsolète, sans date indiquée",
  "plan.date.removedFromSelector.undated": "Retiré de la liste des modules, sans date indiquée",
  "plan.fusion.badge": "« Mettre à niveau le module » (Upgrade module)",
  "plan.fusion.upgrade": "« Mettre à niveau » (Upgrade)",
  "plan.fusion.upgradeAll": "« Tout mettre à niveau » (Upgrade all)",
  "plan.fusion.chooseNew": "« Choisir nouveau » (Choose new)",
  "plan.how.backupClone": "Ou clonez le scénario et faites d’abord les changements sur la copie.",
  "plan.how.badge":
    "Dans l’éditeur de scénario, cliquez sur le badge vert {badge} du module {module}.",
  "plan.how.upgrade": "Cliquez sur {upgrade}.",
  "plan.how.chooseNew": "Cliquez sur {chooseNew}.",
  "plan.how.pickReplacement": "Choisissez le module qui le remplace : {replacement}.",
  "plan.how.configureSame":
    "Configurez-le avec les mêmes réglages que l’ancien module (champs ci-dessous).",
  "plan.how.wire": "Reliez-le au même endroit du scénario.",
  "plan.how.deleteOld": "Supprimez l’ancien module.",
  "plan.how.remapSource":
    "Si des modules suivants utilisaient la sortie de l’ancien module : dans le Devtool, Tools › Remap Source les fait pointer vers le nouveau.",
  "plan.how.save": "Enregistrez le scénario.",
  "plan.how.openCheck": "Ouvrez chaque module mis à niveau et vérifiez sa configuration.",
  "plan.how.newConnection": "Créez une nouvelle connexion {app} de type {replacement}.",
  "plan.how.selectConnection":
    "Ouvrez chaque module qui utilise l’ancienne connexion et sélectionnez la nouvelle.",
  "plan.how.swapConnection":
    "Raccourci : dans le Devtool, Tools › Swap Connection copie la connexion d’un module vers tous les modules de la même application.",
  "plan.how.addFromConnector":
    "Pour chaque module, ajoutez à côté le module correspondant de {replacement}.",
  "plan.how.external":
    "Faites le changement dans les réglages de {app}, comme l’indiquent les sources ; le scénario lui-même ne change pas.",
  "plan.how.none":
    "Rien à changer dans le scénario pour l’instant ; revenez avant la date indiquée.",
  "plan.how.run": "Exécutez le scénario une fois et vérifiez ce qu’il produit.",
  "plan.how.reexport":
    "Exportez de nouveau le blueprint (More › Export Blueprint) et collez-le sous « Vérifier » pour contrôler chaque étape.",
  "plan.config.no": "La configuration n’est pas reprise : saisissez de nouveau ces champs.",
  "plan.config.unknown":
    "Adobe ne dit pas si la configuration est conservée : vérifiez ces champs.",
  "plan.replacement.unknown": "sa nouvelle version",
  "plan.module": "« {label} » ({id})",
  "plan.connection": "Connexion « {label} » (id {id})",
  "plan.webhook": "Webhook « {label} » (id {id})",
  "plan.noLabel": "sans libellé",
  "page.title": "Mettre à niveau votre scénario",
  "page.intro":
    "Une étape à la fois, dans un ordre qui garde le scénario en état de marche. Votre progression reste dans ce navigateur.",
  "page.loading": "Lecture du dernier scénario vérifié…",
  "page.scenario": "Scénario : {name}",
  "none.title": "Aucun scénario à mettre à niveau pour l’instant",
  "none.body":
    "L’assistant travaille sur le dernier scénario vérifié dans Diagnostic. Collez-y d’abord son blueprint : il reste dans ce navigateur.",
  "none.diagnose": "Vérifier un scénario dans Diagnostic",
  "none.guide": "Lire le guide général de mise à niveau d’un module",
  "failed.title": "Le dernier scénario n’a pas pu être relu",
  "failed.body": "Vérifiez-le de nouveau dans Diagnostic pour commencer. ({message})",
  "nothing.title": "Rien à mettre à niveau",
  "nothing.body":
    "Aucun module de ce scénario n’est touché par un changement connu de l’application. Gardez la sauvegarde et revérifiez quand Adobe annonce de nouveaux changements.",
  "progress.label": "Progression de la mise à niveau",
  "progress.text": "Étapes faites : {done} sur {total}",
  "progress.allDone": "Toutes les étapes sont faites.",
  "steps.title": "Étapes",
  "step.number": "Étape {number}",
  "step.current": "étape en cours",
  "step.check": "Fait",
  "step.checkLabel": "Étape {number} faite : {title}",
  "step.open": "Afficher l’étape {number}",
  "step.details": "Afficher les détails",
  "step.hideDetails": "Masquer les détails",
  "step.next": "Étape suivante",
  "step.verified": "Cochée d’après le blueprint réexporté",
  "step.summaryNote": "Extrait du catalogue :",
  "step.where": "Où dans le scénario",
  "step.moreModules": "Afficher plus de modules ({shown} sur {total} affichés)",
  "minimap.label":
    "Image du scénario : {total} modules, les {count} de cette étape mis en évidence",
  "export.title": "Transmettre le plan",
  "export.intro":
    "Donnez la liste à la personne qui fera le travail dans {platform}, ou joignez-la au ticket.",
  "export.redact": "Masquer les identifiants de connexion et de webhook et les adresses e-mail",
  "export.markdown": "Télécharger en Markdown",
  "export.csv": "Télécharger en CSV",
  "export.print": "Imprimer",
  "export.copy": "Copier en texte",
  "export.copied": "Le plan est dans le presse-papiers.",
  "export.copyFailed": "Le navigateur n’a pas autorisé la copie. Téléchargez plutôt le plan.",
  "verify.title": "Vérifier la mise à niveau",
  "verify.intro":
    "Après la mise à niveau, exportez de nouveau le blueprint dans {platform} (More › Export Blueprint), puis collez-le ici, déposez le fichier ou ouvrez-le. Chaque étape est contrôlée d’après lui.",
  "verify.input": "Blueprint réexporté",
  "verify.open": "Ouvrir un fichier",
  "verify.dropHint": "Vous pouvez aussi déposer le fichier sur ce champ.",
  "verify.check": "Vérifier le blueprint",
  "verify.running": "Vérification du blueprint…",
  "verify.summary": "Étapes faites dans le blueprint réexporté : {done} sur {total}.",
  "verify.checkedOff": "Les étapes faites sont cochées.",
  "verify.done": "faite",
  "verify.todo": "encore à faire",
  "verify.newFindings": "Nouveau dans ce blueprint",
  "verify.noNew":
    "Rien de nouveau : le blueprint réexporté ne contient aucun constat que le plan ignorait.",
  "verify.finding": "{app} ({ref}) : {modules}",
  "verify.error.empty": "Rien à vérifier pour l’instant : collez ou ouvrez le blueprint réexporté.",
  "verify.error.too-large": "Ce fichier est trop grand pour être un blueprint.",
  "verify.error.invalid-json": "Ce n’est pas du JSON valide (ligne {line}, colonne {column}).",
  "verify.error.not-a-blueprint": "Ce JSON n’est pas un blueprint de scénario.",
  "verify.crash": "La vérification s’est arrêtée de façon inattendue : {message}",
  "recent.title": "Scénarios récents",
  "recent.empty": "Les scénarios sur lesquels vous avancez apparaissent ici.",
  "recent.progress": "Étapes faites : {done} sur {total} ; dernier changement le {date}",
  "recent.current": "Ce scénario",
  "recent.reset": "Réinitialiser",
  "recent.resetLabel": "Réinitialiser la progression de {name}",
  "recent.resetDone": "La progression de {name} a été réinitialisée.",
  "storage.unavailable":
    "Ce navigateur ne permet pas à l’application d’enregistrer quoi que ce soit (stockage désactivé ou bloqué). Votre progression est gardée jusqu’à la fermeture de cet onglet.",
  "storage.quota":
    "L’espace de stockage du navigateur pour cette application est plein : votre dernière progression n’a pas été enregistrée. Elle est gardée jusqu’à la fermeture de cet onglet ; réinitialiser d’anciens scénarios libère de la place.",
  "storage.corrupted":
    "La progression enregistrée de ce scénario est illisible, peut-être écrite par une ancienne version. L’assistant repart de zéro ; votre prochaine coche l’écrasera.",
  "storage.otherTab": "Progression mise à jour depuis un autre onglet.",
  "guide.link": "Guide général de mise à niveau d’un module",
  "guide.title": "Mettre à niveau un module vers une nouvelle version",
  "guide.intro":
    "Quand Fusion publie une nouvelle version d’un module, le module porte un badge dans l’éditeur de scénario. La mise à niveau se fait sur place : pas besoin d’un nouveau scénario.",
  "guide.badge.title": "Repérer le badge",
  "guide.badge.body":
    "Le badge, {badge}, est un petit disque vert avec deux chevrons blancs, en bas à droite de l’icône ronde du module.",
  "guide.backup.title": "Avant de commencer",
  "guide.backup.body":
    "Exportez le blueprint (More › Export Blueprint) ou clonez le scénario, pour pouvoir revenir en arrière en cas de problème.",
  "guide.workfront.title": "Mettre à niveau un module Workfront",
  "guide.workfront.badge": "Cliquez sur le badge {badge} du module.",
  "guide.workfront.choose": "Choisissez l’un des trois boutons :",
  "guide.workfront.upgrade":
    "{upgrade} met à niveau ce module. Selon Adobe, sa configuration est conservée.",
  "guide.workfront.upgradeAll": "{upgradeAll} met à niveau tous les modules Workfront du scénario.",
  "guide.workfront.chooseNew":
    "{chooseNew} met un autre module à sa place ; suivez ensuite les étapes pour les autres applications ci-dessous.",
  "guide.workfront.save": "Enregistrez le scénario.",
  "guide.workfront.review":
    "Adobe recommande d’ouvrir ensuite chaque module Workfront mis à niveau pour vérifier sa configuration.",
  "guide.other.title": "Mettre à niveau un module d’une autre application",
  "guide.other.badge": "Cliquez sur le badge {badge} du module.",
  "guide.other.chooseNew": "Cliquez sur {chooseNew}.",
  "guide.other.pick": "Choisissez le module qui remplace l’ancien.",
  "guide.other.configure": "Configurez-le avec les mêmes réglages que l’ancien module.",
  "guide.other.wire": "Reliez-le au même endroit du scénario.",
  "guide.other.delete": "Supprimez l’ancien module.",
  "guide.other.save": "Enregistrez le scénario.",
  "guide.tools.title": "Les outils du Devtool pour un remplacement manuel",
  "guide.tools.intro":
    "L’onglet Tools du Devtool propose des aides qui évitent de tout ressaisir :",
  "guide.tools.copyMapping":
    "Copy Mapping copie les valeurs des champs d’un module vers un autre et écrase celles de la cible. Vers un module d’un autre type, il les efface : ressaisissez-les à la main.",
  "guide.tools.copyFilter": "Copy Filter copie un filtre.",
  "guide.tools.swapConnection":
    "Swap Connection copie la connexion d’un module vers tous les modules de la même application.",
  "guide.tools.remapSource":
    "Remap Source fait pointer les mappages d’un module source vers un autre.",
  "guide.tools.metadata":
    "Get App Metadata indique quelle version de l’application un module utilise.",
  "guide.labels":
    "Les noms des boutons sont ceux de la documentation d’Adobe dans votre langue, suivis de l’anglais.",
  "guide.diagnose.title": "Trouver ce qui doit être mis à niveau",
  "guide.diagnose.body":
    "Diagnostic liste les modules de votre scénario touchés par un changement ; l’assistant vous guide ensuite étape par étape.",
  "guide.diagnose.link": "Vérifier un scénario",
  "guide.source":
    "Source : la page « Mettre à niveau un module vers une nouvelle version » sur Adobe Experience League",
  "guide.external": "(ouvre Experience League, le site d’Adobe)",
  "plan.label.how": "Comment",
  "plan.label.urgency": "Gravité",
  "plan.label.evidence": "Ce qui a tranché",
  "plan.label.severityReason": "Pourquoi cette gravité",
  "plan.what.auth": "{app} : la façon dont cette connexion s’authentifie change.",
  "plan.what.endpoint": "{app} : une API qu’utilise ce module change ou ferme.",
  "plan.what.api-version": "{app} : une nouvelle version d’API remplace celle de ce connecteur.",
  "plan.how.backupExport":
    "Ouvrez le scénario dans {platform}, ouvrez le menu More et choisissez « Export Blueprint » ; gardez le fichier.",
  "plan.how.upgradeAll":
    "Cliquez sur {upgradeAll} : {platform} met à niveau d’un coup tous les modules {app} du scénario.",
  "plan.config.yes":
    "{platform} garde la configuration ; vérifiez-la une fois après la mise à niveau.",
};

export default fr;
