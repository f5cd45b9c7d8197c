import type { Severity } from "../../core/analysis/report";
import { SEVERITY_BADGE, SEVERITY_MARK } from "./severity";

/** The short severity mark of the picture (its legend shows the same next to the name). */
export function SeverityMark({ severity, label }: { severity: Severity; label: string }) {
  return (
    <span
      title={label}
      className={`inline-grid min-w-[1.5em] place-items-center rounded-full px-1 font-bold leading-[1.5em] ${SEVERITY_BADGE[severity]}`}
    >
      <span aria-hidden="true">{SEVERITY_MARK[severity]}</span>
      <span className="sr-only">{label}</span>
    </span>
  );
}
