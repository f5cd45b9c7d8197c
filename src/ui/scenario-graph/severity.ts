/**
 * Colours of the severity badges, shared by the picture, its legend and the findings list.
 * The badge always carries the severity's name too: colour is never the only signal.
 */
import type { Severity } from "../../core/analysis/report";

export const SEVERITY_BADGE: Record<Severity, string> = {
  expired: "bg-red-900 text-white dark:bg-red-300 dark:text-red-950",
  critical: "bg-red-700 text-white dark:bg-red-400 dark:text-red-950",
  warning: "bg-amber-300 text-amber-950 dark:bg-amber-300 dark:text-amber-950",
  info: "bg-sky-100 text-sky-900 dark:bg-sky-800 dark:text-sky-50",
};

/** Ring around an affected module's circle in the picture. */
export const SEVERITY_RING: Record<Severity, string> = {
  expired: "ring-red-900 dark:ring-red-300",
  critical: "ring-red-700 dark:ring-red-400",
  warning: "ring-amber-500 dark:ring-amber-300",
  info: "ring-sky-600 dark:ring-sky-400",
};

/** The mark beside an affected module's circle, with the ring colour: never colour alone. */
export const SEVERITY_MARK: Record<Severity, string> = {
  expired: "×",
  critical: "!!",
  warning: "!",
  info: "i",
};
