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

/** Border of an affected module in the picture. */
export const SEVERITY_BORDER: Record<Severity, string> = {
  expired: "border-red-900 dark:border-red-300",
  critical: "border-red-700 dark:border-red-400",
  warning: "border-amber-500 dark:border-amber-300",
  info: "border-sky-600 dark:border-sky-400",
};

/** Fill of an affected module in the zoomed-out overview, where no text is readable. */
export const SEVERITY_FILL: Record<Severity, string> = {
  expired: "bg-red-900 dark:bg-red-300",
  critical: "bg-red-600 dark:bg-red-400",
  warning: "bg-amber-400 dark:bg-amber-300",
  info: "bg-sky-400 dark:bg-sky-500",
};
