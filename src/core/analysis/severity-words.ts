/**
 * The words of severity, in five languages, defined once: the legend, the finding cards, the
 * wizard, the hand-over exports and the CLI all take them from here, so a severity can never
 * be described one way in the legend and another on a card. A card states the reason its
 * severity holds (severity.ts) and the action that severity asks for; the legend lists every
 * reason of a severity and the same action.
 */
import type { Locale } from "../locale/locales";
import { typeset } from "../locale/typeset";
import { URGENCY_REASONS, type Severity, type UrgencyReason } from "./report";

interface SeverityWords {
  name: Record<Severity, string>;
  action: Record<Severity, string>;
  reason: Record<UrgencyReason, string>;
  /** Joins the reasons in the legend. */
  or: string;
}

const WORDS: Record<Locale, SeverityWords> = {
  en: {
    name: { expired: "Expired", critical: "Critical", warning: "Warning", info: "Info" },
    action: {
      expired: "act now, it fails or will fail",
      critical: "act now",
      warning: "plan the change",
      info: "nothing to do yet",
    },
    reason: {
      "stopped-on-date": "the stop date has passed",
      "no-longer-available": "no longer available",
      "stops-soon": "stops working within 90 days",
      "stops-within-year": "stops working within a year",
      "deprecated-no-stop-date": "deprecated, no stop date announced",
      "announced-no-date": "announced, no date yet",
      "in-effect": "a rule in effect for the accounts it names",
      "stops-later": "stops working in more than a year",
      "still-works": "documented to keep working",
    },
    or: " or ",
  },
  fr: {
    name: { expired: "Expiré", critical: "Critique", warning: "Avertissement", info: "Info" },
    action: {
      expired: "agissez maintenant, il échoue ou va échouer",
      critical: "agissez maintenant",
      warning: "planifiez le changement",
      info: "rien à faire pour l’instant",
    },
    reason: {
      "stopped-on-date": "la date d’arrêt est passée",
      "no-longer-available": "n’est plus disponible",
      "stops-soon": "cesse de fonctionner dans les 90 jours",
      "stops-within-year": "cesse de fonctionner d’ici un an",
      "deprecated-no-stop-date": "obsolète, aucune date d’arrêt annoncée",
      "announced-no-date": "annoncé, sans date pour l’instant",
      "in-effect": "une règle en vigueur pour les comptes qu’elle désigne",
      "stops-later": "cesse de fonctionner dans plus d’un an",
      "still-works": "documenté comme continuant à fonctionner",
    },
    or: " ou ",
  },
  it: {
    name: { expired: "Scaduto", critical: "Critico", warning: "Avviso", info: "Info" },
    action: {
      expired: "intervieni ora, non funziona o smetterà di funzionare",
      critical: "intervieni ora",
      warning: "pianifica la modifica",
      info: "per ora nulla da fare",
    },
    reason: {
      "stopped-on-date": "la data di interruzione è passata",
      "no-longer-available": "non più disponibile",
      "stops-soon": "smette di funzionare entro 90 giorni",
      "stops-within-year": "smette di funzionare entro un anno",
      "deprecated-no-stop-date": "obsoleto, nessuna data di interruzione annunciata",
      "announced-no-date": "annunciato, ancora senza data",
      "in-effect": "una regola in vigore per gli account che indica",
      "stops-later": "smette di funzionare tra più di un anno",
      "still-works": "documentato come ancora funzionante",
    },
    or: " o ",
  },
  nl: {
    name: { expired: "Verlopen", critical: "Kritiek", warning: "Waarschuwing", info: "Info" },
    action: {
      expired: "handel nu, het werkt niet of straks niet meer",
      critical: "handel nu",
      warning: "plan de wijziging",
      info: "nog niets te doen",
    },
    reason: {
      "stopped-on-date": "de stopdatum is verstreken",
      "no-longer-available": "niet meer beschikbaar",
      "stops-soon": "stopt binnen 90 dagen",
      "stops-within-year": "stopt binnen een jaar",
      "deprecated-no-stop-date": "verouderd, geen stopdatum aangekondigd",
      "announced-no-date": "aangekondigd, nog zonder datum",
      "in-effect": "een regel die geldt voor de accounts die hij noemt",
      "stops-later": "stopt over meer dan een jaar",
      "still-works": "blijft volgens de documentatie werken",
    },
    or: " of ",
  },
  sv: {
    name: { expired: "Utgånget", critical: "Kritiskt", warning: "Varning", info: "Info" },
    action: {
      expired: "agera nu, det fungerar inte eller slutar snart fungera",
      critical: "agera nu",
      warning: "planera ändringen",
      info: "inget att göra än",
    },
    reason: {
      "stopped-on-date": "slutdatumet har passerat",
      "no-longer-available": "inte längre tillgängligt",
      "stops-soon": "slutar fungera inom 90 dagar",
      "stops-within-year": "slutar fungera inom ett år",
      "deprecated-no-stop-date": "inaktuellt, inget slutdatum aviserat",
      "announced-no-date": "aviserat, inget datum än",
      "in-effect": "en regel som gäller för de konton den nämner",
      "stops-later": "slutar fungera om mer än ett år",
      "still-works": "dokumenterat att fortsätta fungera",
    },
    or: " eller ",
  },
};

const capitalize = (text: string) => text.charAt(0).toLocaleUpperCase() + text.slice(1);

/** The name of a severity ("Warning"). */
export function severityName(locale: Locale, severity: Severity): string {
  return WORDS[locale].name[severity];
}

/** The reason a severity holds, in words ("no longer available"). */
export function reasonText(locale: Locale, reason: UrgencyReason): string {
  return typeset(locale, WORDS[locale].reason[reason]);
}

/** What the legend says a severity means: every reason it stands for, and its action. */
export function severityLegend(locale: Locale, severity: Severity): string {
  const words = WORDS[locale];
  const reasons = URGENCY_REASONS[severity].map((reason) => words.reason[reason]);
  return typeset(locale, capitalize(`${reasons.join(words.or)}: ${words.action[severity]}`));
}

/** What a card says about one finding: the reason its severity holds, and the action. */
export function urgencyText(locale: Locale, severity: Severity, reason: UrgencyReason): string {
  const words = WORDS[locale];
  return typeset(locale, capitalize(`${words.reason[reason]}: ${words.action[severity]}`));
}
