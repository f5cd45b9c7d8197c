import { useId, useState, type DragEvent } from "react";
import { analyzeInWorker } from "../../lib/diagnosis/worker-client";
import { compareAfterUpgrade } from "../../core/analysis/compare";
import type { Comparison, Plan } from "../../core/analysis/report";
import type { ReadError, Scenario } from "../../core/blueprint/model";
import { entryById } from "../../core/catalog/index";
import type { StepOutline } from "../../core/handover/describe";
import { todayIso } from "../../core/locale/format";
import { useLocale, type TranslateFn } from "../../i18n/useT";
import type { UpgradeMessages } from "./messages/en";
import { storedRules } from "../../lib/useRules";
import { buttonClass, FilePickerButton } from "../../ui/Button";
import { Panel } from "../../ui/Panel";
import { isolatedLabel, visibleId } from "../../core/blueprint/visible-text";
import { BlueprintTextArea } from "../../ui/BlueprintTextArea";

interface Props {
  plan: Plan;
  steps: StepOutline[];
  t: TranslateFn<UpgradeMessages>;
  onVerified: (comparison: Comparison) => void;
  /** The scenario's platform as the click-paths name it ("Make"). */
  platform: string;
}

type Outcome =
  | { kind: "result"; comparison: Comparison; after: Scenario }
  | { kind: "read-error"; error: ReadError }
  | { kind: "crash"; message: string };

/**
 * Checks the blueprint exported after the upgrade against the plan: each step done or still to
 * do, and findings the plan did not know. Done steps are checked off by the caller.
 */
export function VerifyPanel({ plan, steps, t, onVerified, platform }: Props) {
  const [text, setText] = useState("");
  const [file, setFile] = useState<File | null>(null);
  const [running, setRunning] = useState(false);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const inputId = useId();

  const check = async (input: string | File) => {
    setRunning(true);
    setOutcome(null);
    try {
      const result = await analyzeInWorker(input, {
        today: todayIso(),
        rules: storedRules(),
        picture: false,
      });
      if (!result.ok) {
        setOutcome({ kind: "read-error", error: result.error });
        return;
      }
      const comparison = compareAfterUpgrade(plan, result.report, result.scenario);
      setOutcome({ kind: "result", comparison, after: result.scenario });
      onVerified(comparison);
    } catch (error) {
      setOutcome({
        kind: "crash",
        message: error instanceof Error ? error.message : String(error),
      });
    } finally {
      setRunning(false);
    }
  };

  const takeFile = (chosen: File | undefined) => {
    if (!chosen) return;
    setFile(chosen);
    setText("");
    void check(chosen);
  };

  const onDrop = (event: DragEvent) => {
    event.preventDefault();
    takeFile(event.dataTransfer.files[0]);
  };

  const titleOf = (stepId: string) => steps.find((step) => step.id === stepId);

  return (
    <Panel
      title={t("verify.title")}
      intro={t("verify.intro", { platform })}
      className="mt-10 print:hidden"
    >
      <div onDragOver={(event) => event.preventDefault()} onDrop={onDrop} className="mt-3">
        <BlueprintTextArea
          id={inputId}
          label={t("verify.input")}
          value={text}
          onChange={(event) => {
            setText(event.target.value);
            setFile(null);
          }}
          aria-describedby={`${inputId}-hint`}
          className="mt-1"
        />
        <p id={`${inputId}-hint`} className="text-sm text-slate-600 dark:text-slate-400">
          {file ? file.name : t("verify.dropHint")}
        </p>
      </div>
      <div className="mt-3 flex flex-wrap items-center gap-3">
        <button
          type="button"
          disabled={running}
          onClick={() => void check(file ?? text)}
          className={buttonClass("primary", "lg")}
        >
          {t("verify.check")}
        </button>
        <FilePickerButton
          label={t("verify.open")}
          accept=".json,application/json,text/plain"
          size="lg"
          className="font-medium"
          onFile={takeFile}
        />
      </div>
      <div aria-live="polite" className="mt-4">
        {running && <p>{t("verify.running")}</p>}
        {outcome?.kind === "read-error" && (
          <p role="alert" className="text-red-800 dark:text-red-300">
            {t(`verify.error.${outcome.error.code}`, {
              line: outcome.error.line ?? "?",
              column: outcome.error.column ?? "?",
            })}
          </p>
        )}
        {outcome?.kind === "crash" && (
          <p role="alert" className="text-red-800 dark:text-red-300">
            {t("verify.crash", { message: outcome.message })}
          </p>
        )}
        {outcome?.kind === "result" && <VerifyResult {...outcome} titleOf={titleOf} t={t} />}
      </div>
    </Panel>
  );
}

function VerifyResult({
  comparison,
  after,
  titleOf,
  t,
}: {
  comparison: Comparison;
  after: Scenario;
  titleOf: (stepId: string) => StepOutline | undefined;
  t: TranslateFn<UpgradeMessages>;
}) {
  const locale = useLocale();
  const done = comparison.steps.filter((step) => step.status === "done").length;
  const labels = new Map(
    after.modules.map((module) => [module.key, isolatedLabel(module.label ?? module.name)]),
  );
  return (
    <div className="rounded-lg border border-slate-200 p-4 dark:border-slate-800">
      <p className="font-medium">
        {t("verify.summary", { done, total: comparison.steps.length })} {t("verify.checkedOff")}
      </p>
      <ul className="mt-2 space-y-1">
        {comparison.steps.map((step) => {
          const described = titleOf(step.stepId);
          return (
            <li key={step.stepId} className="flex gap-2">
              <span
                className={`shrink-0 rounded px-1.5 text-sm font-medium ${
                  step.status === "done"
                    ? "bg-emerald-100 text-emerald-900 dark:bg-emerald-900 dark:text-emerald-100"
                    : "bg-amber-100 text-amber-900 dark:bg-amber-900 dark:text-amber-100"
                }`}
              >
                {t(step.status === "done" ? "verify.done" : "verify.todo")}
              </span>
              <span>{described ? `${described.number}. ${described.title}` : step.stepId}</span>
            </li>
          );
        })}
      </ul>
      <h3 className="mt-4 font-semibold">{t("verify.newFindings")}</h3>
      {comparison.newFindings.length === 0 ? (
        <p className="text-slate-700 dark:text-slate-300">{t("verify.noNew")}</p>
      ) : (
        <ul className="mt-1 list-disc space-y-1 ps-5">
          {comparison.newFindings.map((finding) => {
            const entry = entryById(finding.entryId, locale);
            return (
              <li key={finding.id}>
                {t("verify.finding", {
                  app: entry?.app.displayName ?? finding.entryId,
                  ref: finding.ref,
                  modules: finding.moduleKeys
                    .map((key) => labels.get(key) ?? visibleId(key))
                    .join(", "),
                })}
              </li>
            );
          })}
        </ul>
      )}
    </div>
  );
}
