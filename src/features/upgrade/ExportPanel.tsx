import { useState } from "react";
import type { StepDescription } from "../../core/handover/describe";
import type { HandoverMeta } from "../../core/handover/header";
import { planToCsv } from "../../core/handover/csv";
import { planToMarkdown } from "../../core/handover/markdown";
import { planToText } from "../../core/handover/text";
import type { HandoverWords } from "../../core/handover/words";
import type { TranslateFn } from "../../i18n/useT";
import { downloadText, fileSlug } from "./download";
import type { UpgradeMessages } from "./messages/en";
import { buttonClass } from "../../ui/Button";

interface Props {
  steps: StepDescription[];
  meta: HandoverMeta;
  words: HandoverWords;
  redact: boolean;
  onRedactChange: (redact: boolean) => void;
  t: TranslateFn<UpgradeMessages>;
  /** The scenario's platform as the click-paths name it ("Make"). */
  platform: string;
}

const exportButton = buttonClass("secondary", "md", "text-start font-medium");

/** Markdown, CSV, print and clipboard, with the redaction switch (on unless the user turns it off). */
export function ExportPanel({ steps, meta, words, redact, onRedactChange, t, platform }: Props) {
  const [copyState, setCopyState] = useState<"idle" | "copied" | "failed">("idle");
  const name = `upgrade-plan-${fileSlug(meta.scenarioName)}`;

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(planToText(steps, meta, words));
      setCopyState("copied");
    } catch {
      setCopyState("failed");
    }
  };

  return (
    <section aria-labelledby="export-title" className="print:hidden">
      <h2 id="export-title" className="text-lg font-semibold">
        {t("export.title")}
      </h2>
      <p className="mt-1 text-sm text-slate-700 dark:text-slate-300">
        {t("export.intro", { platform })}
      </p>
      <label className="mt-3 flex items-start gap-2 text-sm">
        <input
          type="checkbox"
          checked={redact}
          onChange={(event) => onRedactChange(event.target.checked)}
          className="mt-0.5 size-4 shrink-0 accent-blue-700"
        />
        <span>{t("export.redact")}</span>
      </label>
      <div className="mt-3 grid gap-2">
        <button
          type="button"
          className={exportButton}
          onClick={() =>
            downloadText(
              planToMarkdown(steps, meta, words),
              `${name}.md`,
              "text/markdown;charset=utf-8",
            )
          }
        >
          {t("export.markdown")}
        </button>
        <button
          type="button"
          className={exportButton}
          // The byte order mark lets spreadsheet programs read the file as UTF-8.
          onClick={() =>
            downloadText(
              `\uFEFF${planToCsv(steps, meta, words)}`,
              `${name}.csv`,
              "text/csv;charset=utf-8",
            )
          }
        >
          {t("export.csv")}
        </button>
        <button type="button" className={exportButton} onClick={() => window.print()}>
          {t("export.print")}
        </button>
        <button type="button" className={exportButton} onClick={() => void copy()}>
          {t("export.copy")}
        </button>
      </div>
      <p role="status" className="mt-2 min-h-5 text-sm">
        {copyState === "copied" && t("export.copied")}
        {copyState === "failed" && t("export.copyFailed")}
      </p>
    </section>
  );
}
