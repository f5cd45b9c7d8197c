import type { Severity } from "../../core/analysis/report";
import { SEVERITY_BADGE } from "./severity";

/** The severity's name on its colour; used in the picture, the legend and the list alike. */
export function SeverityBadge({ severity, label }: { severity: Severity; label: string }) {
  return (
    <span
      className={`inline-block rounded px-1.5 py-0.5 text-xs font-semibold leading-none ${SEVERITY_BADGE[severity]}`}
    >
      {label}
    </span>
  );
}
