import { useState } from "react";
import type { StepDescription } from "../../core/handover/describe";
import { planFileName, type HandoverMeta } from "../../core/handover/header";
import { planCsvParts } from "../../core/handover/csv";
import { planMarkdownParts } from "../../core/handover/markdown";
import { planToText } from "../../core/handover/text";
import type { HandoverWords } from "../../core/handover/words";
import type { Sliced } from "../../core/work/sliced";
import { runInSlices } from "../../lib/run-in-slices";
import type { TranslateFn } from "../../i18n/useT";
import type { UpgradeMessages } from "./messages/en";
import { Button } from "../../ui/Button";
import { DownloadButton } from "../../ui/DownloadButton";
import { Panel } from "../../ui/Panel";

interface Props {
  /** Every step in full, made a piece at a time when an export is asked for. */
  describe: () => Sliced<StepDescription[]>;
  meta: HandoverMeta;
  words: HandoverWords;
  redact: boolean;
  onRedactChange: (redact: boolean) => void;
  t: TranslateFn<UpgradeMessages>;
  /** The scenario's platform as the click-paths name it ("Make"). */
  platform: string;
}

const exportButton = "text-start font-medium";

/** Markdown, CSV, print and clipboard, with the redaction switch (on unless the user turns it off). */
export function ExportPanel({ describe, meta, words, redact, onRedactChange, t, platform }: Props) {
  const [copyState, setCopyState] = useState<"idle" | "copied" | "failed">("idle");
  /** The steps described, then written in a format: all of it a piece at a time. */
  const file = (format: typeof planCsvParts) =>
    function* (): Sliced<string[]> {
      return yield* format(yield* describe(), meta, words);
    };

  const copy = async () => {
    try {
      const steps = await runInSlices(describe());
      await navigator.clipboard.writeText(planToText(steps, meta, words));
      setCopyState("copied");
    } catch {
      setCopyState("failed");
    }
  };

  return (
    <Panel
      title={t("export.title")}
      intro={t("export.intro", { platform })}
      size="sm"
      className="print:hidden"
    >
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
        <DownloadButton
          label={t("export.markdown")}
          fileName={planFileName(meta, words, "md")}
          content={file(planMarkdownParts)}
          className={exportButton}
        />
        <DownloadButton
          label={t("export.csv")}
          fileName={planFileName(meta, words, "csv")}
          content={file(planCsvParts)}
          className={exportButton}
        />
        <Button className={exportButton} onClick={() => window.print()}>
          {t("export.print")}
        </Button>
        <Button className={exportButton} onClick={() => void copy()}>
          {t("export.copy")}
        </Button>
      </div>
      <p role="status" className="mt-2 min-h-5 text-sm">
        {copyState === "copied" && t("export.copied")}
        {copyState === "failed" && t("export.copyFailed")}
      </p>
    </Panel>
  );
}
