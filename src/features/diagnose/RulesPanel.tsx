import { useState } from "react";
import type { UserRules } from "../../core/analysis/report";
import type { StorageProblem } from "../../lib/storage";
import type { TranslateFn } from "../../i18n/useT";
import type { DiagnoseMessages } from "./messages/en";
import { parseRulesFile, rulesFile } from "../../core/analysis/rules";
import { FilePickerButton } from "../../ui/Button";
import { DownloadButton } from "../../ui/DownloadButton";

interface Props {
  t: TranslateFn<DiagnoseMessages>;
  rules: UserRules;
  problem: StorageProblem | null;
  onImport: (rules: UserRules) => void;
}

/** The confirm/dismiss choices: how many, export them, import them. */
export function RulesPanel({ t, rules, problem, onImport }: Props) {
  const [message, setMessage] = useState<string | null>(null);

  const importRules = async (file: File) => {
    const imported = parseRulesFile(await file.text());
    if (imported) onImport(imported);
    setMessage(t(imported ? "rules.imported" : "rules.importFailed"));
  };

  return (
    <section
      aria-labelledby="rules-title"
      className="rounded-lg border border-slate-200 p-3 text-sm dark:border-slate-700"
    >
      <h2 id="rules-title" className="font-semibold">
        {t("rules.title")}
      </h2>
      <p>{t("rules.body")}</p>
      <p className="mt-1 tabular-nums">
        {t("rules.count", { confirmed: rules.confirmed.length, dismissed: rules.dismissed.length })}
      </p>
      {problem && (
        <p role="alert" className="mt-1 text-amber-900 dark:text-amber-200">
          {t("rules.notKept", { problem: t(`storage.${problem}`) })}
        </p>
      )}
      <div className="mt-2 flex flex-wrap gap-2">
        <DownloadButton
          label={t("rules.export")}
          fileName="api-change-desk-choices.json"
          content={() => rulesFile(rules)}
          size="sm"
        />
        <FilePickerButton
          label={t("rules.import")}
          accept=".json,application/json"
          size="sm"
          testId="rules-file"
          onFile={(file) => void importRules(file)}
        />
      </div>
      <p aria-live="polite" className="mt-1">
        {message}
      </p>
    </section>
  );
}
