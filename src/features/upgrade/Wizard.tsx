import { platformName } from "../../core/analysis/evidence-words";
import { useEffect, useMemo, useState } from "react";
import { Link } from "react-router";
import { catalogIn, sourceUrlInLocale } from "../../core/catalog/index";
import { planDescription } from "../../core/handover/describe";
import { HANDOVER_WORDS_EN } from "../../core/handover/words";
import { wordsIn } from "../../core/locale/words";
import { headerOf, type HandoverMeta } from "../../core/handover/header";
import { doneStepIds, markOf } from "../../core/progress/progress";
import { isolatedLabel } from "../../core/blueprint/visible-text";
import { thumbnailGeometry } from "../../core/layout/thumbnail";
import { todayIso } from "../../core/locale/format";
import type { Locale } from "../../core/locale/locales";
import type { TranslateFn } from "../../i18n/useT";
import { ExportPanel } from "./ExportPanel";
import type { UpgradeMessages } from "./messages/en";
import { ProgressBar } from "./ProgressBar";
import { RecentScenarios } from "./RecentScenarios";
import { StepCard } from "./StepCard";
import { StorageNotice } from "./StorageNotice";
import type { CurrentAnalysis } from "./useCurrentScenario";
import { useProgress } from "./useProgress";
import { useStepParam } from "./useStepParam";
import { VerifyPanel } from "./VerifyPanel";
import { pagePath } from "../../lib/paths";

const NO_MODULES = new Int32Array(0);

const focusStep = (stepId: string) => {
  const card = document.getElementById(`step-${stepId}`);
  card?.scrollIntoView({ block: "start", behavior: "smooth" });
  card?.querySelector<HTMLElement>("h3 a")?.focus({ preventScroll: true });
};

/** The steps of the current scenario's plan with kept progress, hand-over and verification. */
export function Wizard({
  current,
  locale,
  t,
}: {
  current: CurrentAnalysis;
  locale: Locale;
  t: TranslateFn<UpgradeMessages>;
}) {
  const { scenario, report, plan, blueprintHash, picture, stepModules } = current;
  const stepIds = useMemo(() => plan.steps.map((step) => step.id), [plan]);
  const state = useProgress(blueprintHash, scenario.name, stepIds);
  const [redact, setRedact] = useState(true);
  const [stepParam, selectStep] = useStepParam();
  const words = useMemo(() => wordsIn(HANDOVER_WORDS_EN, t), [t]);
  // The steps' outlines now; their module lines as the cards show them, and in full for an export.
  const description = useMemo(
    () =>
      planDescription(plan, scenario, catalogIn(locale), words, {
        locale,
        redact,
        sourceUrl: (source) => sourceUrlInLocale(source.url, locale),
        report,
        stepModules,
      }),
    [plan, scenario, words, locale, redact, report, stepModules],
  );
  const { steps } = description;
  // From the layout the analysis worker made for the picture (it follows the findings): no
  // second layout on this page.
  const geometry = useMemo(
    () => picture.then((layout) => layout && thumbnailGeometry(layout)),
    [picture],
  );
  const done = doneStepIds(state.progress);
  const firstTodo = stepIds.find((id) => !done.includes(id));
  const currentStep =
    stepParam && stepIds.includes(stepParam) ? stepParam : (firstTodo ?? stepIds[0]);

  // A step named in the address (reload, language switch, shared link) is scrolled to once.
  useEffect(() => {
    if (stepParam) document.getElementById(`step-${stepParam}`)?.scrollIntoView({ block: "start" });
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  const nextAfter = (stepId: string) => {
    const index = stepIds.indexOf(stepId);
    return stepIds.slice(index + 1).find((id) => !done.includes(id) && id !== stepId) ?? null;
  };

  const meta: HandoverMeta = {
    scenarioName: scenario.name,
    done,
    today: todayIso(),
    locale,
    redact,
  };
  const progressText = t("progress.text", { done: done.length, total: stepIds.length });
  // The verify and export panels speak alike: the page's messages and the platform's name.
  const panelWords = { t, platform: platformName(locale, scenario.platform) };
  // On paper the plan heads itself as the Markdown and text exports do, in the reader's language.
  const printed = headerOf(steps, meta, words);

  return (
    <div className="grid gap-10 lg:grid-cols-[minmax(0,1fr)_17rem] print:block">
      <div className="min-w-0">
        <p className="text-lg font-medium break-words print:hidden">
          {t("page.scenario", {
            name: scenario.name === null ? t("plan.doc.untitled") : isolatedLabel(scenario.name),
          })}
        </p>
        {/* On paper only, in place of the line above. */}
        <div className="hidden print:block" data-testid="print-header">
          <p className="text-lg font-semibold break-words">{printed.title}</p>
          {printed.lines.map((line) => (
            <p key={line}>{line}</p>
          ))}
        </div>
        <StorageNotice problem={state.problem} t={t} />
        {report.findings.length === 0 && (
          <div className="mt-4 rounded border border-emerald-300 bg-emerald-50 p-3 dark:border-emerald-800 dark:bg-emerald-950">
            <h2 className="font-semibold">{t("nothing.title")}</h2>
            <p>{t("nothing.body")}</p>
          </div>
        )}
        <ProgressBar
          done={done.length}
          total={stepIds.length}
          label={t("progress.label")}
          text={progressText}
        />
        {done.length === stepIds.length && stepIds.length > 0 && (
          <p className="mt-1 font-medium text-emerald-800 dark:text-emerald-300">
            {t("progress.allDone")}
          </p>
        )}
        <p role="status" className="sr-only">
          {state.fromOtherTab > 0 ? t("storage.otherTab") : ""}
        </p>
        <h2 className="mt-8 text-xl font-semibold print:mt-4">{t("steps.title")}</h2>
        <ol className="mt-3 space-y-3">
          {steps.map((step) => {
            const next = nextAfter(step.id);
            return (
              <StepCard
                key={step.id}
                step={step}
                total={steps.length}
                done={done.includes(step.id)}
                verified={markOf(state.progress.marks, step.id)?.by === "verify"}
                current={step.id === currentStep}
                moduleIndexes={stepModules[step.number - 1] ?? NO_MODULES}
                moduleLines={(count) => description.moduleLines(step.number - 1, count)}
                geometry={geometry}
                locale={locale}
                t={t}
                onDone={(checked) => {
                  state.mark(step.id, checked);
                  if (checked && step.id === currentStep && next) selectStep(next);
                }}
                onNext={
                  next
                    ? () => {
                        selectStep(next);
                        focusStep(next);
                      }
                    : null
                }
              />
            );
          })}
        </ol>
        <VerifyPanel {...panelWords} plan={plan} steps={steps} onVerified={state.verified} />
      </div>
      <aside className="space-y-8 print:hidden">
        <ExportPanel
          {...panelWords}
          describe={description.fullSliced}
          meta={meta}
          words={words}
          redact={redact}
          onRedactChange={setRedact}
        />
        <RecentScenarios recent={state.recent} currentHash={blueprintHash} onReset={state.reset} />
        <p className="text-sm">
          <Link
            to={pagePath("upgradeGuide", locale)}
            className="text-blue-700 underline underline-offset-2 dark:text-blue-300"
          >
            {t("guide.link")}
          </Link>
        </p>
      </aside>
    </div>
  );
}
