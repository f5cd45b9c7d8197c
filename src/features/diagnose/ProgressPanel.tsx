import type { AnalysisProgress } from "../../lib/diagnosis/worker-client";
import type { TranslateFn } from "../../i18n/useT";
import type { DiagnoseMessages } from "./messages/en";
import { buttonClass } from "../../ui/Button";

/** Which phase the check is in, how far, and a way out. */
export function ProgressPanel({
  t,
  progress,
  onCancel,
}: {
  t: TranslateFn<DiagnoseMessages>;
  progress: AnalysisProgress;
  onCancel: () => void;
}) {
  const label = t(progress.phase === "reading" ? "progress.reading" : "progress.analyzing");
  return (
    <div
      role="status"
      className="flex flex-wrap items-center gap-3 rounded-lg border border-slate-200 p-3 dark:border-slate-700"
    >
      <span>{label}</span>
      <progress
        className="h-2 w-40 accent-blue-700"
        aria-label={label}
        max={1}
        value={progress.fraction}
      />
      <button type="button" onClick={onCancel} className={buttonClass("secondary", "md")}>
        {t("progress.cancel")}
      </button>
    </div>
  );
}
