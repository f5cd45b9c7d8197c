import type { Translation } from "../../../i18n/bundle";
import type { PortfolioMessages } from "./en";

const fr: Translation<PortfolioMessages> = {
  "portfolio.doc.title": "Portefeuille de scénarios",
  "portfolio.doc.summary":
    "{scenarios} scénarios, {broken} fichiers illisibles. Fait le {date} avec API Change Desk, dans le navigateur : rien n’a été envoyé nulle part.",
  "portfolio.doc.redacted":
    "Les adresses e-mail et les secrets dans les noms et libellés sont masqués.",
  "portfolio.severity.none": "aucun constat",
  "portfolio.severity.error": "illisible",
  "portfolio.error.location": "ligne {line}, colonne {column}",
  "page.title": "Portefeuille de scénarios",
  "page.intro":
    "Ouvrez de nombreux blueprints à la fois : plusieurs fichiers, un dossier entier ou un .zip d’exports. Chacun est vérifié sur cet appareil, et le tableau montre quels scénarios un changement d’API touche en premier.",
  "privacy.line":
    "Vos blueprints restent dans ce navigateur : ils sont lus et vérifiés sur cet appareil et conservés ici jusqu’à ce que vous les retiriez.",
  "open.files": "Ouvrir des fichiers…",
  "open.folder": "Ouvrir un dossier…",
  "open.drop":
    "Ou déposez des fichiers, des dossiers ou un .zip d’exports n’importe où sur cette page.",
  "open.dropActive": "Déposez pour les ajouter au portefeuille",
  "progress.label": "{done} fichiers vérifiés sur {total}",
  "progress.cancel": "Annuler",
  "progress.cancelled":
    "Interrompu. {done} fichiers sur {total} ont été vérifiés ; ils sont conservés.",
  "notice.skipped": "Fichiers écartés car ni .json ni .zip : {count}.",
  "notice.overLimit": "Fichiers écartés car {max} au plus sont lus à la fois : {count}.",
  "notice.zip.too-large":
    "{file} : un zip peut contenir au plus {zipped} Mo, ou {unpacked} Mo décompressés. Les fichiers au-delà n’ont pas été lus.",
  "notice.zip.too-many":
    "{file} : un zip peut contenir au plus {max} blueprints. Les fichiers au-delà n’ont pas été lus.",
  "notice.zip.unreadable":
    "{file} n’a pas pu être décompressé : ce n’est pas un fichier zip, ou il est endommagé.",
  "notice.zip.empty": "{file} ne contient aucun fichier .json.",
  "notice.quota":
    "Scénarios non conservés car le stockage de ce navigateur est plein : {count}. Ils restent affichés jusqu’à ce que vous quittiez la page ; ce qui était conservé avant est intact.",
  "notice.unavailable":
    "Scénarios non conservés car ce navigateur n’autorise pas le stockage ici : {count}. Ils restent affichés jusqu’à ce que vous quittiez la page.",
  "notice.failed": "{file} n’a pas pu être vérifié : {message}",
  "notice.loadFailed": "Le portefeuille conservé dans ce navigateur n’a pas pu être lu.",
  "notice.removeFailed": "Impossible de le retirer du stockage du navigateur. Réessayez.",
  "notice.dismiss": "Fermer",
  "totals.title": "Ce qu’il faut planifier",
  "totals.summary": "Scénarios : {scenarios}. Fichiers illisibles : {broken}.",
  "totals.caption": "Changements qui touchent ces scénarios, les plus pressants d’abord",
  "totals.col.change": "Changement",
  "totals.col.scenarios": "Scénarios",
  "totals.col.deadline": "Première échéance",
  "totals.none": "Aucun changement d’API connu ne touche ces scénarios.",
  "filter.title": "Trier et filtrer",
  "filter.sort": "Trier par",
  "sort.urgency": "Urgence",
  "sort.name": "Nom",
  "sort.deadline": "Échéance",
  "filter.severity": "Gravité",
  "filter.app": "Application",
  "filter.change": "Changement",
  "filter.all": "Tous",
  "filter.search": "Rechercher par nom",
  "table.caption": "Scénarios : {shown} affichés sur {total}",
  "col.name": "Scénario",
  "col.platform": "Plateforme",
  "col.modules": "Modules",
  "col.findings": "Constats",
  "col.deadline": "Prochaine échéance",
  "col.upgrade": "Mise à niveau",
  "col.actions": "Actions",
  "row.noDeadline": "aucune",
  "row.steps": "{done} étapes sur {total}",
  "row.diagnose": "Diagnostiquer",
  "row.upgrade": "Mettre à niveau",
  "row.remove": "Retirer",
  "row.diagnoseLabel": "Ouvrir {name} dans Diagnostic",
  "row.upgradeLabel": "Mettre à niveau {name}",
  "row.removeLabel": "Retirer {name} du portefeuille",
  "row.missing":
    "Le blueprint de ce scénario n’est plus conservé dans ce navigateur. Ajoutez de nouveau son fichier.",
  "error.empty": "Le fichier est vide.",
  "error.too-large": "Le fichier est trop volumineux.",
  "error.invalid-json": "Ce n’est pas du JSON valide.",
  "error.not-a-blueprint": "Cela ne ressemble pas au blueprint d’un scénario.",
  "platform.fusion": "Fusion",
  "platform.make": "Make",
  "platform.integromat": "Integromat",
  "platform.unknown": "Inconnue",
  empty:
    "Aucun scénario pour l’instant. Ouvrez ou déposez des fichiers de blueprint pour commencer.",
  "export.title": "Exporter le portefeuille",
  "export.csv": "Télécharger le CSV",
  "export.markdown": "Télécharger le Markdown",
  "export.redact": "Masquer les adresses e-mail et les secrets dans les noms et libellés",
  "clear.all": "Retirer tous les scénarios",
  "status.count": "Scénarios dans le portefeuille : {count}.",
};

export default fr;
