import type { Translation } from "../bundle";
import type { AppMessages } from "./en";

const fr: Translation<AppMessages> = {
  "app.name": "API Change Desk",
  "app.tagline":
    "Trouvez et corrigez les effets des changements d’API sur vos scénarios Fusion et Make.",
  "nav.label": "Principal",
  "nav.docs": "Vue d’ensemble des API",
  "nav.diagnose": "Diagnostic",
  "nav.upgrade": "Mise à niveau",
  "nav.menu": "Menu",
  "nav.portfolio": "Portefeuille",
  "skip.toMain": "Aller au contenu principal",
  "language.label": "Langue",
  "theme.label": "Thème",
  "theme.system": "Système",
  "theme.light": "Clair",
  "theme.dark": "Sombre",
  "update.ready": "Une nouvelle version d’API Change Desk est prête.",
  "update.reload": "Recharger",
  "update.later": "Plus tard",
  "footer.privacy": "Tout ce que vous collez reste dans ce navigateur.",
  "footer.source": "Article de la documentation Adobe Workfront Fusion, commit source {commit}.",
  "footer.snapshot": "Instantané de la documentation du {date}.",
  "footer.disclaimer": "Un outil indépendant, qui n’est pas édité par Adobe ni par Make.",
  "notFound.title": "Page introuvable",
  "notFound.body": "Il n’y a aucune page à l’adresse {path}.",
  "notFound.docs": "Lire la vue d’ensemble des API",
  "notFound.diagnose": "Vérifier un scénario",
  loading: "Chargement…",
  "error.title": "Un problème est survenu",
  "error.body":
    "Cette partie de la page n’a pas pu s’afficher. Votre travail est conservé dans ce navigateur.",
  "error.reload": "Recharger la page",
  "docs.toc": "Sur cette page",
  "docs.copyLink": "Copier le lien vers « {section} »",
  "docs.copied": "Lien copié",
  "docs.copyFailed": "Copie impossible ; le lien est dans la barre d’adresse",
  "docs.external": "(ouvre Experience League, le site d’Adobe)",
  "docs.mtNotice": "Cette page a été traduite automatiquement.",
  "docs.mtReadEnglish": "Lire cette section en anglais",
  "docs.sourceCommit": "Commit source",
  "docs.upgradeGuideInApp": "Ouvrir le guide pas à pas dans cette application",
  "catalog.teamTranslated": "Traduit par notre équipe.",
  "catalog.showEnglish": "Afficher l’original anglais",
};

export default fr;
