/**
 * The words of a finding's evidence and platform note, in five languages, defined once: the
 * list, the module panel, the wizard, the Markdown hand-over and the CLI take them from here.
 * An evidence value is a module id, a connection type, a public domain or a platform: never
 * an e-mail address (the account's own address stays in the browser).
 */
import type { Platform } from "../blueprint/model";
import type { Locale } from "../locale/locales";
import { typeset } from "../locale/typeset";
import type { Evidence, EvidenceCode, Finding } from "./report";

interface EvidenceWords {
  evidence: Record<EvidenceCode, string>;
  /** The platform note: the change is documented for Fusion, the blueprint is from elsewhere. */
  note: Record<"make" | "unknown", string>;
  /** The platform, as a click-path names it ("check the module in {platform}"). */
  platform: Record<Platform, string>;
  /** A finding's verdict in a few words. */
  verdict: Record<"action" | "check" | "cleared", string>;
}

const WORDS: Record<Locale, EvidenceWords> = {
  en: {
    evidence: {
      "module-id": "module id {value} is one the change names",
      "app-prefix": "the module belongs to the app {value}",
      "name-pattern": "the module id contains “{value}”",
      "connection-type": "connection type {value} is one the change names",
      "accepted-connection-type":
        "the module accepts connection type {value} (the blueprint does not say which type is in use)",
      "user-rule": "you linked module {value} to this change",
      "documented-for": "only the {value} documentation states this change",
      "new-connector-connection": "connection type {value} is the new connector’s",
      "consumer-account": "the connection’s account is a consumer Google address (@{value})",
      "workspace-account":
        "the connection’s account is at a company domain (Google Workspace), which needs nothing",
      "account-not-shown": "the blueprint does not show which account the connection uses",
      "not-a-google-connection": "connection type {value} is not a Google account",
    },
    note: {
      make: "Documented for Fusion: check whether it applies in Make.",
      unknown:
        "Documented for Fusion; the blueprint does not say its platform: if it is from Make, check whether it applies there.",
    },
    platform: { fusion: "Fusion", make: "Make", integromat: "Make", unknown: "Fusion or Make" },
    verdict: {
      action: "Needs action",
      check: "Check this",
      cleared: "Not affected",
    },
  },
  fr: {
    evidence: {
      "module-id": "l’identifiant de module {value} est l’un de ceux que le changement nomme",
      "app-prefix": "le module appartient à l’application {value}",
      "name-pattern": "l’identifiant du module contient « {value} »",
      "connection-type": "le type de connexion {value} est l’un de ceux que le changement nomme",
      "accepted-connection-type":
        "le module accepte le type de connexion {value} (le blueprint ne dit pas quel type est utilisé)",
      "user-rule": "vous avez lié le module {value} à ce changement",
      "documented-for": "seule la documentation de {value} énonce ce changement",
      "new-connector-connection": "le type de connexion {value} est celui du nouveau connecteur",
      "consumer-account":
        "le compte de la connexion est une adresse Google grand public (@{value})",
      "workspace-account":
        "le compte de la connexion est sur un domaine d’entreprise (Google Workspace) : rien à faire",
      "account-not-shown": "le blueprint ne montre pas quel compte la connexion utilise",
      "not-a-google-connection": "le type de connexion {value} n’est pas un compte Google",
    },
    note: {
      make: "Documenté pour Fusion : vérifiez si cela s’applique dans Make.",
      unknown:
        "Documenté pour Fusion ; le blueprint ne dit pas sa plateforme : s’il vient de Make, vérifiez si cela s’y applique.",
    },
    platform: { fusion: "Fusion", make: "Make", integromat: "Make", unknown: "Fusion ou Make" },
    verdict: {
      action: "Action nécessaire",
      check: "À vérifier",
      cleared: "Non concerné",
    },
  },
  it: {
    evidence: {
      "module-id": "l’id modulo {value} è tra quelli indicati dalla modifica",
      "app-prefix": "il modulo appartiene all’app {value}",
      "name-pattern": "l’id del modulo contiene “{value}”",
      "connection-type": "il tipo di connessione {value} è tra quelli indicati dalla modifica",
      "accepted-connection-type":
        "il modulo accetta il tipo di connessione {value} (il blueprint non dice quale tipo è in uso)",
      "user-rule": "hai collegato il modulo {value} a questa modifica",
      "documented-for": "solo la documentazione di {value} indica questa modifica",
      "new-connector-connection": "il tipo di connessione {value} è quello del nuovo connettore",
      "consumer-account": "l’account della connessione è un indirizzo Google personale (@{value})",
      "workspace-account":
        "l’account della connessione è su un dominio aziendale (Google Workspace): non serve alcun intervento",
      "account-not-shown": "il blueprint non mostra quale account usa la connessione",
      "not-a-google-connection": "il tipo di connessione {value} non è un account Google",
    },
    note: {
      make: "Documentato per Fusion: verifica se vale anche in Make.",
      unknown:
        "Documentato per Fusion; il blueprint non indica la piattaforma: se viene da Make, verifica se vale anche lì.",
    },
    platform: { fusion: "Fusion", make: "Make", integromat: "Make", unknown: "Fusion o Make" },
    verdict: {
      action: "Serve un intervento",
      check: "Da verificare",
      cleared: "Non interessato",
    },
  },
  nl: {
    evidence: {
      "module-id": "module-id {value} is er een die de wijziging noemt",
      "app-prefix": "de module hoort bij de app {value}",
      "name-pattern": "de module-id bevat “{value}”",
      "connection-type": "verbindingstype {value} is er een die de wijziging noemt",
      "accepted-connection-type":
        "de module accepteert verbindingstype {value} (de blueprint zegt niet welk type in gebruik is)",
      "user-rule": "je hebt module {value} aan deze wijziging gekoppeld",
      "documented-for": "alleen de documentatie van {value} noemt deze wijziging",
      "new-connector-connection": "verbindingstype {value} is dat van de nieuwe connector",
      "consumer-account":
        "het account van de verbinding is een persoonlijk Google-adres (@{value})",
      "workspace-account":
        "het account van de verbinding zit op een bedrijfsdomein (Google Workspace): er hoeft niets te gebeuren",
      "account-not-shown": "de blueprint toont niet welk account de verbinding gebruikt",
      "not-a-google-connection": "verbindingstype {value} is geen Google-account",
    },
    note: {
      make: "Gedocumenteerd voor Fusion: controleer of het ook in Make geldt.",
      unknown:
        "Gedocumenteerd voor Fusion; de blueprint noemt zijn platform niet: komt hij uit Make, controleer dan of het daar geldt.",
    },
    platform: { fusion: "Fusion", make: "Make", integromat: "Make", unknown: "Fusion of Make" },
    verdict: {
      action: "Actie nodig",
      check: "Controleer dit",
      cleared: "Niet geraakt",
    },
  },
  sv: {
    evidence: {
      "module-id": "modul-id {value} är ett av dem som ändringen nämner",
      "app-prefix": "modulen hör till appen {value}",
      "name-pattern": "modulens id innehåller ”{value}”",
      "connection-type": "anslutningstypen {value} är en av dem som ändringen nämner",
      "accepted-connection-type":
        "modulen accepterar anslutningstypen {value} (blueprinten säger inte vilken typ som används)",
      "user-rule": "du kopplade modulen {value} till den här ändringen",
      "documented-for": "bara dokumentationen för {value} anger den här ändringen",
      "new-connector-connection": "anslutningstypen {value} hör till den nya kopplingen",
      "consumer-account": "anslutningens konto är en privat Google-adress (@{value})",
      "workspace-account":
        "anslutningens konto finns på en företagsdomän (Google Workspace): inget behöver göras",
      "account-not-shown": "blueprinten visar inte vilket konto anslutningen använder",
      "not-a-google-connection": "anslutningstypen {value} är inget Google-konto",
    },
    note: {
      make: "Dokumenterat för Fusion: kontrollera om det gäller i Make.",
      unknown:
        "Dokumenterat för Fusion; blueprinten anger inte sin plattform: kommer den från Make, kontrollera om det gäller där.",
    },
    platform: { fusion: "Fusion", make: "Make", integromat: "Make", unknown: "Fusion eller Make" },
    verdict: {
      action: "Åtgärd krävs",
      check: "Kontrollera detta",
      cleared: "Inte berörd",
    },
  },
};

const capitalize = (text: string) => text.charAt(0).toLocaleUpperCase() + text.slice(1);
const PLATFORM_NAMES: Record<string, string> = { fusion: "Fusion", make: "Make" };

/** One reason in words ("Connection type slack2 is the new connector’s"). */
export function evidenceText(locale: Locale, evidence: Evidence): string {
  const value =
    evidence.code === "documented-for"
      ? (evidence.value ?? "")
          .split(",")
          .map((platform) => PLATFORM_NAMES[platform] ?? platform)
          .join(", ")
      : (evidence.value ?? "");
  // Typeset before the value goes in: a value from the blueprint is shown as it is.
  return capitalize(
    typeset(locale, WORDS[locale].evidence[evidence.code]).replace("{value}", value),
  );
}

/** The platform note of a finding, or null when the documentation speaks for its platform. */
export function platformNoteText(
  locale: Locale,
  finding: Finding,
  platform: Platform,
): string | null {
  if (!finding.platformNote) return null;
  return typeset(locale, WORDS[locale].note[platform === "unknown" ? "unknown" : "make"]);
}

/** The platform a click-path names ("check the module in Make"). */
export function platformName(locale: Locale, platform: Platform): string {
  return WORDS[locale].platform[platform];
}

/**
 * What the user should do with a finding: act, check, or nothing (the evidence clears it).
 * A likely match, a user-confirmed one aside, is a "check this".
 */
export function verdictOf(finding: Finding, cleared = false): "action" | "check" | "cleared" {
  if (cleared) return "cleared";
  return finding.confidence === "confirmed" ? "action" : "check";
}

export function verdictText(locale: Locale, verdict: "action" | "check" | "cleared"): string {
  return typeset(locale, WORDS[locale].verdict[verdict]);
}

/** The short machine-readable reasons of the JSON report ("connection-type:slack2"). */
export function evidenceCodes(finding: Finding): string[] {
  return finding.evidence.map((item) => (item.value ? `${item.code}:${item.value}` : item.code));
}
