/** The catalog's words in French, translated by the team (terms: docs/glossary.md). */
import type { CatalogTexts } from "./en";

export const FR_TEXTS: CatalogTexts = {
  // (a) Connexions
  "adobe-authenticator-jwt-connection": {
    summary:
      "Les connexions Service Account (JWT) ne fonctionnent plus depuis le 1er janvier 2025 : créez une connexion OAuth Server-to-Server et sélectionnez-la dans chaque module.",
    replacement: "Connexion OAuth Server-to-Server",
    notes:
      "La fonction Swap Connection du Devtool permet de changer la connexion de tous les modules en une fois.",
  },
  "adobe-target-service-account-connection": {
    summary:
      "Les connexions Adobe Target Service Account devaient être remplacées par des connexions Adobe Target Server-to-server ; les connexions existantes ont fonctionné jusqu’en janvier 2025.",
    dates: {
      removedFromSelector:
        "les connexions créées après cette date doivent être de type serveur à serveur",
      stopsWorking: "la même note indique aussi « d’ici janvier 2024 »",
    },
    notes:
      "Pour créer une connexion serveur à serveur, il faut le rôle Développeur dans l’Adobe Admin Console.",
  },
  "adobe-campaign-basic-connection": {
    summary:
      "Connexions de base (nom d’utilisateur et mot de passe) : Campaign version 8 et ultérieures n’acceptent que le serveur à serveur ; créez donc une connexion serveur à serveur.",
    connections: ["de base (nom d’utilisateur et mot de passe)"],
    replacement: "Connexion serveur à serveur",
    dates: { deprecated: "aucune date limite indiquée" },
  },
  "adobe-pdf-photoshop-jwt-connection": {
    app: "Adobe PDF Services et Adobe Photoshop",
    summary:
      "Les connexions JWT de PDF Services et de Photoshop sont menacées (déduction : les identifiants JWT d’Adobe ont pris fin le 1er janvier 2025) : passez-les en serveur à serveur.",
    replacement: "Connexion serveur à serveur",
    dates: { deprecated: "aucune date dans la documentation ; déduit de A1" },
    notes: "Déduction tirée de A1 ; la documentation de ces connecteurs ne le dit pas.",
  },
  "figma-legacy-connection": {
    summary:
      "Le type de connexion Figma (Legacy) est obsolète et sera supprimé : faites passer chaque module Figma sur une connexion du type Figma actuel.",
    dates: { deprecated: "« sera supprimé prochainement »" },
    notes:
      "Le rappel OAuth du type actuel est figma3 : une connexion de type figma3 est déjà la nouvelle.",
  },
  "hubspot-crm-deprecated-connection": {
    summary:
      "Le type de connexion HubSpot CRM (Deprecated) continue de fonctionner ; les nouvelles connexions doivent utiliser le type HubSpot CRM, qui corrige ses portées.",
  },
  "azure-devops-all-scopes-connection": {
    summary:
      "L’ancien type de connexion Azure DevOps (Request all scopes) va devenir obsolète : passez les modules au type Azure DevOps, qui ne demande que les portées dont Fusion a besoin.",
    replacement: "Azure DevOps (ou Azure DevOps (EntraApp))",
    dates: { deprecated: "« deviendra obsolète prochainement »" },
  },
  "google-restricted-scopes": {
    app: "Google (Gmail, Google Drive, Email avec un compte Gmail)",
    summary:
      "Depuis le 1er juin 2020, Google restreint ces portées : les comptes Workspace n’ont rien à faire ; les comptes @gmail.com et @googlemail.com qui envoient des données à des services non approuvés ont besoin d’un client OAuth personnalisé.",
    connections: ["Google à accès restreint (Gmail, Drive)"],
    replacement: "Connexion avec un client OAuth personnalisé (comptes personnels uniquement)",
    notes:
      "Seuls les comptes Gmail personnels doivent changer ; le libellé de la connexion montre souvent l’adresse du compte.",
  },
  "workfront-watch-events-secured-hooks": {
    summary:
      "À partir du 23 août 2026, chaque abonnement Workfront Watch Events vérifie un authToken ; les points de terminaison qui ne savent pas le valider peuvent cesser de fonctionner. Si nécessaire, désactivez cette vérification module par module avant cette date.",
    replacement:
      "Webhooks sécurisés (par défaut) ; pour les refuser : désactivez Enable secured hooks",
    notes:
      "Rien à faire par défaut ; pour refuser : modifiez la connexion webhook du module, désactivez Enable secured hooks, enregistrez, puis réactivez le scénario.",
  },
  "http-mtls-certificate-rotation": {
    app: "HTTP (TLS mutuel)",
    summary:
      "Les modules HTTP qui utilisent le TLS mutuel reposent sur le certificat public annuel de Fusion : chargez le certificat 2026 sur le service distant avant l’expiration de l’actuel (Azure États-Unis : 23 octobre 2026).",
    connections: ["Certificat client HTTP (TLS mutuel)"],
    replacement: "Le certificat Fusion 2026 sur le service web distant",
    dates: {
      stopsWorking:
        "Azure États-Unis ; AWS États-Unis et UE : jusqu’au 2 mars 2027 ; Azure UE : jusqu’au 8 mars 2027",
    },
    notes:
      "Rien ne change dans le scénario ; la date affichée est la première expiration (Azure États-Unis).",
  },
  "workfront-oauth2-connection": {
    summary:
      "Pour information : les connexions Workfront sont passées à OAuth 2.0 en novembre 2020 ; les connexions existantes n’avaient rien à changer.",
    connections: ["Workfront (avant OAuth 2.0)"],
    replacement: "Une nouvelle autorisation est facultative",
  },

  // (b) Modules
  "photoshop-legacy-modules": {
    summary:
      "Les modules Photoshop hérités ne fonctionneront plus après le 30 juillet 2026 : remplacez chacun par Create or edit a composite, Execute Photoshop actions, scripts, and transformations ou Generate a manifest.",
    dates: { deprecated: "Edit text layers et Replace a Smart Object renommés (Legacy)" },
    notes:
      "Execute depth blur n’a pas de remplaçant. Auto color correct, Create a mask, Remove background et Make a custom API call (Legacy) ne portent aucune mention d’obsolescence.",
  },
  "firefly-pre-v3-modules": {
    summary:
      "Les modules Firefly Expand, Fill et Generate an image (deprecated) seront supprimés : remplacez-les par les modules du même nom sur l’API Firefly v3.",
    dates: { deprecated: "« seront supprimés prochainement »" },
    notes: "adobe-firefly:generateAnImage2, dans l’exemple d’API de Fusion, est le module récent.",
  },
  "openai-create-completion": {
    summary:
      "Le module OpenAI Create a Completion est obsolète, sans remplaçant désigné ; Create Chat Completion est le module restant le plus proche (déduction).",
    replacement: "Create Chat Completion (déduction)",
    dates: { deprecated: "aucune date indiquée" },
    notes:
      "L’identifiant du module vient de fichiers de la communauté Make, pas d’un export Fusion confirmé.",
  },
  "jira-legacy-search-records": {
    summary:
      "Atlassian a supprimé l’API de recherche qu’utilise l’ancien module Jira Search for records ([410] The requested API has been removed) : utilisez Search for records du nouveau connecteur Jira avec la version d’API V3.",
    replacement: "Jira > Search for records (connexion avec la version d’API V3)",
    dates: { stopsWorking: "déployé région par région ; aucune date dans la documentation" },
    notes:
      "Seul le module de recherche est concerné ; la correspondance porte sur l’application : vérifiez de quel module Jira il s’agit.",
  },
  "hubspot-removed-endpoints-legacy-modules": {
    summary:
      "HubSpot a supprimé ses points de terminaison d’événements de calendrier, de réseaux sociaux et de contenu le 31 août 2023 ; les anciens modules Create a Record et Create/Update a Contact ont des successeurs.",
  },
  "workfront-legacy-module-versions": {
    summary:
      "Les modules Workfront hérités (Search, Create, Update, Read a Record, Upload Document) ne sont plus proposés dans le sélecteur de modules depuis mai 2025 mais continuent de fonctionner ; « Mettre à niveau » les fait passer aux modules actuels.",
    notes:
      "On ne sait pas à quelle génération appartient un identifiant vu (searchv3, create) : regardez si Fusion affiche le badge de mise à niveau.",
  },
  "adobe-authenticator-legacy-custom-call": {
    summary:
      "Un module Make a custom API call configuré avant le 14 novembre 2024 est le module Legacy : il ne gère que les corps de requête texte. Le nouveau module prend en charge les fichiers volumineux.",
    dates: { deprecated: "modules configurés avant cette date" },
    notes: "Nécessaire uniquement pour les fichiers volumineux.",
  },
  "sharepoint-legacy-create-file": {
    summary:
      "Create a file (Legacy) de SharePoint est toujours disponible ; le nouveau Create a file gère mieux les fichiers volumineux et Adobe recommande d’en changer.",
  },
  "office365-email-legacy-modules": {
    summary:
      "Create and Send a Message (legacy) a un successeur actuel ; Iterate attachments a été supprimé en janvier 2021 (utilisez List attachments suivi de l’Iterator).",
    dates: { stopsWorking: "Iterate attachments supprimé" },
  },
  "frameio-v4-legacy-create-asset": {
    summary:
      "Create an asset (Legacy) de Frame.io V4 a un successeur qui accepte les fichiers locaux ou distants.",
  },
  "workfront-planning-module-changes": {
    summary:
      "Depuis le 9 septembre 2024, la recherche de Planning renvoie des lots (les modules ajoutés avant renvoient toujours une collection) ; depuis le 17 août 2026, Create, Search et Update ont des versions (Legacy) sans sélection de champs.",
    replacement: "Un nouveau Search records / Create a record / Update a record",
    outputChanges: "collection → lots (le mappage en aval change)",
  },
  "salesforce-create-update-record-2021": {
    summary:
      "Les modules Salesforce Create a Record et Update a Record ont été simplifiés en juillet 2021 ; les anciennes versions fonctionnent toujours mais ne peuvent plus être ajoutées à de nouveaux scénarios.",
    replacement: "Create a Record / Update a Record (version actuelle)",
  },
  "azure-ad-watch-records": {
    summary:
      "Watch Records d’Azure AD ne se déclenche plus pour les enregistrements modifiés (mai 2021) : utilisez Search Users/Groups Delta pour les enregistrements nouveaux, modifiés et supprimés.",
  },
  "workfront-event-payload-v2": {
    summary:
      "Le 15 janvier 2026, Workfront a fait passer tous les abonnements aux événements à la version 2 de la charge utile : les événements UPDATE et DELETE et leurs valeurs ont changé ; vérifiez donc les filtres et les mappages après Watch Events.",
    replacement: "Charge utile version 2 (module Update Events Payload Version)",
    dates: {
      deprecated: "les nouveaux abonnements sont en version 2",
      stopsWorking: "les derniers abonnements en version 1 ont été migrés",
    },
  },
  "large-file-module-versions": {
    app: "Modules pour fichiers volumineux (Workfront Ultimate)",
    summary:
      "Pour les fichiers de plus de 200 Mo, les modules existants doivent être remplacés par leur version pour fichiers volumineux (Workfront Ultimate, à partir de janvier 2025) ; les modules sans cette prise en charge acceptent jusqu’à 200 Mo.",
    replacement: "La version du module pour fichiers volumineux",
    dates: { announced: "toutes les organisations Ultimate" },
    notes:
      "Facultatif : seuls les scénarios qui transfèrent des fichiers volumineux en ont besoin. Reconnu par le nom affiché seulement, jamais automatiquement.",
  },
  "soap-execute-action-redirects": {
    summary:
      "Depuis mai 2024, les redirections ne sont plus suivies pendant le chargement du WSDL : un WSDL derrière une redirection doit être indiqué par son adresse finale.",
    replacement: "L’URL finale du WSDL",
  },
  "workfront-custom-api-call-old-version": {
    summary:
      "Un module Workfront Custom API Call fixé sur l’API v9 à v15 ne fonctionne déjà plus (v9 à v14 obsolètes depuis le 30 septembre 2025 ; v15 depuis le 18 décembre 2025) : choisissez une version d’API prise en charge (v21 ou ultérieure).",
    replacement: "API Version v21 ou ultérieure dans le module",
    dates: { stopsWorking: "v15 ; v9 à v14 : 30 septembre 2025" },
    notes:
      "Déduction croisant deux documentations ; le champ du blueprint qui contient la version d’API n’a pas été vérifié : contrôlez l’API Version du module dans Fusion.",
  },
  "anaplan-import-export-run-action": {
    summary:
      "Pour information : Run an action d’Anaplan couvre Import data et Export data depuis mai 2022 ; les anciens modules n’ont pas été déclarés obsolètes.",
  },

  // (c) Connecteurs
  "workfront-legacy-connector": {
    summary:
      "Le connecteur Workfront (Legacy) utilise l’API Workfront v20, rendue obsolète avec la version 28.4 (avril 2028) : mettez ses modules à niveau vers le nouveau connecteur Workfront avec « Mettre à niveau » ou « Tout mettre à niveau », puis vérifiez chacun.",
    replacement: "Workfront (nouveau connecteur, octobre 2025)",
    dates: {
      announced: "nouveau connecteur publié (note de version : semaine du 20 octobre)",
      deprecated: "Adobe recommande le nouveau connecteur pour les scénarios nouveaux ou modifiés",
      stopsWorking: "API v20 obsolète avec la version 28.4",
    },
    notes:
      "On ne sait pas si la mise à niveau change l’identifiant de l’application ou seulement la version : des modules déjà mis à niveau peuvent aussi correspondre. Fusion n’affiche le badge de mise à niveau que sur les modules hérités.",
  },
  "workfront-in-place-api-bumps": {
    summary:
      "Pour information : Fusion a fait passer le connecteur Workfront à l’API v17 (2023), v19 (2024) et v20 (mai 2025) sans changer de connecteur ; rien à faire de votre côté.",
    dates: { announced: "bascule vers v20 du 12 au 16 mai" },
    notes:
      "Listé pour ne pas être pris pour un changement en attente ; ne produit jamais de constat.",
  },
  "ajo-old-connector": {
    summary:
      "Le premier connecteur Adobe Journey Optimizer (2022) est obsolète, car les API AJO qu’il utilisait le sont ; le nouveau connecteur (juillet 2024) couvre configurations, packages, modèles, fragments et messages. À reconstruire à la main.",
    replacement: "Adobe Journey Optimizer (connecteur de juillet 2024)",
  },
  "jira-legacy-connectors": {
    summary:
      "Les anciens connecteurs Jira Cloud et Jira Server « ne seront plus pris en charge à l’avenir » : passez leurs modules au nouveau connecteur Jira (connexion OAuth 2 ou de base, version d’API choisie sur la connexion).",
    replacement: "Jira (connecteur d’août 2025)",
    notes:
      "Les identifiants d’application des anciens et du nouveau connecteur Jira sont inconnus : vérifiez dans Fusion si le module est marqué Legacy.",
  },
  "slack-legacy-connector": {
    summary:
      "Slack (Legacy) est remplacé par le nouveau connecteur Slack (17 novembre 2025) ; une note de l’ancienne documentation indique qu’il n’est plus disponible. Passez ses modules au nouveau connecteur.",
    replacement: "Slack (connecteur de novembre 2025)",
    dates: { deprecated: "commentaire de l’ancienne documentation : 14 novembre" },
    notes:
      "L’identifiant d’application « slack » est celui de Make ; on ne sait pas si les anciens et nouveaux connecteurs de Fusion ont des identifiants différents.",
  },
  "frameio-legacy-v3-connector": {
    summary:
      "Frame.io (Legacy) utilise l’API V3 (api.frame.io/v2) ; le connecteur Frame.io V4 est sorti de la bêta le 31 juillet 2025. Passez les modules à V4 (connexion Adobe ou serveur à serveur).",
    dates: {
      announced: "bêta de V4",
      deprecated: "V4 sortie de la bêta ; aucune date de fin pour l’ancien connecteur",
    },
  },
  "firefly-api-v3": {
    summary:
      "Pour information : le connecteur Firefly est passé à l’API v3 en février 2025 ; en pratique, cela concerne les trois modules obsolètes de B2.",
    notes: "Les constats viennent de B2 ; cette entrée ne correspond jamais seule.",
  },
  "salesforce-default-api-62": {
    summary:
      "La version d’API par défaut de Salesforce est passée de 46.0 à 62.0 (janvier 2025) ; une connexion peut toujours être fixée sur une autre version. Vérifiez les champs et les résultats après le changement.",
    replacement: "API v62.0 (par défaut)",
  },
  "workfront-planning-v1-connector": {
    summary:
      "Un connecteur Workfront Planning V2 sur l’API Planning v2 existe depuis juillet 2026 ; les modules V1 sont toujours documentés, sans obsolescence annoncée.",
  },
  "workfront-proof-unified-approvals": {
    summary:
      "Les scénarios Proof sur des projets stockés dans le cloud Adobe cessent de fonctionner avec la révision et l’approbation unifiées (création d’épreuves, webhooks de statut, rappels, acheminement des décisions) : reconstruisez-les avec le connecteur Adobe Workfront Unified Review and Approvals.",
    dates: { announced: "connecteur publié", stopsWorking: "échéance de reconstruction" },
    notes:
      "Les scénarios liés à des projets Workfront classiques ne sont pas concernés. Classez chaque scénario : modifier, reconstruire ou retirer.",
  },
};
