import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import { flushSync } from "react-dom";
import { Link, useSearchParams } from "react-router";
import { CATALOG, catalogIn } from "../../core/catalog/index";
import { buildExamples, EXAMPLE_WORDS_EN, type ExampleKind } from "../../core/examples/examples";
import { formatDate, formatMegabytes } from "../../core/locale/format";
import { wordsIn } from "../../core/locale/words";
import { useT } from "../../i18n/useT";
import { useCatalogLocale } from "../../i18n/useCatalogLocale";
import { useDocumentTitle } from "../../i18n/useDocumentTitle";
import type { FindingActions } from "./FindingCard";
import { FindingsList } from "./FindingsList";
import { moduleBadges } from "../../core/analysis/badges";
import type { ScenarioModule } from "../../core/blueprint/model";
import { GraphSection, preloadGraph } from "./GraphSection";
import { InputPanel } from "./InputPanel";
import { diagnoseMessages } from "./messages";
import { ModuleDetail } from "./ModuleDetail";
import { ProgressPanel } from "./ProgressPanel";
import type { PanelWords } from "./panel-words";
import { ReadErrorPanel } from "./ReadErrorPanel";
import { RulesPanel } from "./RulesPanel";
import { Summary } from "./Summary";
import {
  fileInput,
  TEXT_BOX_LIMIT,
  textInput,
  type BlueprintInput,
} from "../../lib/diagnosis/blueprint-input";
import { useDiagnosis } from "../../lib/diagnosis/useDiagnosis";
import { usePasteAndDrop } from "./usePasteAndDrop";
import { useRules } from "../../lib/useRules";
import { parseView, viewParams, type DiagnoseView } from "./url-state";
import { pagePath } from "../../lib/paths";
import { buttonClass } from "../../ui/Button";

const secondaryButton = buttonClass("secondary", "md");
const NO_MODULES: ReadonlyMap<string, ScenarioModule> = new Map();

/** `/:lang/diagnose`: paste a blueprint, see what breaks, on a picture and in a list. */
export default function DiagnosePage() {
  const locale = useCatalogLocale();
  const t = useT(diagnoseMessages);
  useDocumentTitle(t("page.docTitle"));
  const rules = useRules();
  const diagnosis = useDiagnosis(rules.rules);
  const { give, cancel, retry } = diagnosis;
  const input = diagnosis.blueprint?.input ?? null;
  const [forgotten, setForgotten] = useState(false);
  const [searchParams, setSearchParams] = useSearchParams();
  // The address holds the view; local state shows a change at once (the router updates later).
  const [view, setViewState] = useState(() => parseView(searchParams));
  const [viewParamsSeen, setViewParamsSeen] = useState(searchParams);
  if (viewParamsSeen !== searchParams) {
    // Back/forward or a link changed the address: follow it (React's "adjust state in render").
    setViewParamsSeen(searchParams);
    setViewState(parseView(searchParams));
  }
  const [text, setText] = useState("");
  const textareaRef = useRef<HTMLTextAreaElement>(null);
  // The examples are named and labelled in the reader's language (they are the app's own text).
  const examples = useMemo(
    () => buildExamples(CATALOG, catalogIn(locale), wordsIn(EXAMPLE_WORDS_EN, t)),
    [locale, t],
  );

  const setView = useCallback(
    (next: DiagnoseView) => {
      setViewState(next);
      setSearchParams((current) => viewParams(next, current), { replace: true });
    },
    [setSearchParams],
  );
  const [dismissedOpen, setDismissedOpen] = useState(false);
  /** The summary's "Show them": opens the dismissed matches and moves the focus there. */
  const showDismissed = useCallback(() => {
    flushSync(() => setDismissedOpen(true));
    document.getElementById("dismissed-summary")?.focus();
  }, []);
  const select = useCallback(
    (key: string | null) => setView({ ...view, module: key }),
    [setView, view],
  );

  // A check the user just asked for brings its result to them (not one restored on arrival).
  const bringResult = useRef(false);
  const start = useCallback(
    (input: BlueprintInput) => {
      preloadGraph();
      bringResult.current = true;
      // Short input goes to the text box, so a fix can be made right there; long input stays in memory.
      setText(input.text !== null && input.text.length <= TEXT_BOX_LIMIT ? input.text : "");
      setForgotten(false);
      give(input);
    },
    [give],
  );
  const onText = useCallback((pasted: string) => start(textInput(pasted, "paste")), [start]);
  const onFile = useCallback((file: File) => start(fileInput(file, "drop")), [start]);
  const textarea = useCallback(() => textareaRef.current, []);
  const { dragging } = usePasteAndDrop({ onText, onFile, textarea });

  const onExample = (kind: ExampleKind) => {
    const example = examples.find((candidate) => candidate.kind === kind);
    if (example) start(textInput(example.text, "example", kind));
  };

  const outcome = diagnosis.outcome;
  const result = outcome?.ok ? outcome : null;
  const readError = outcome && !outcome.ok ? outcome.error : null;
  const modules = result?.moduleByKey ?? NO_MODULES;
  const badges = useMemo(() => moduleBadges(result?.report.findings ?? []), [result]);
  const selected = view.module ? modules.get(view.module) : undefined;
  // Kept in the page rather than the text box: every file, and a paste too long for the box.
  const kept =
    input !== null && (input.file !== null || (input.text?.length ?? 0) > TEXT_BOX_LIMIT);

  useEffect(() => {
    if (!result || !bringResult.current) return;
    bringResult.current = false;
    const heading = document.getElementById("summary-title");
    if (!heading) return;
    const still = window.matchMedia("(prefers-reduced-motion: reduce)").matches;
    heading.focus({ preventScroll: true });
    heading.scrollIntoView({ behavior: still ? "auto" : "smooth", block: "start" });
  }, [result]);
  const keptLarge =
    kept && input && input.size > TEXT_BOX_LIMIT ? formatMegabytes(locale, input.size) : null;
  const words: PanelWords = { t, locale };
  /** What a finding's buttons do: select its modules, or change the user's rules about it. */
  const findingActions = (scenarioScope: string): FindingActions => ({
    onSelectModule: select,
    onConfirm: rules.confirm,
    onDismiss: (ruleKey, everywhere) => rules.dismiss(ruleKey, everywhere ? null : scenarioScope),
    onRestore: rules.restore,
  });

  return (
    <div className="mx-auto grid max-w-6xl gap-6 px-4 py-8">
      <header className="grid gap-2">
        <h1 className="text-3xl font-bold tracking-tight">{t("page.title")}</h1>
        <p className="max-w-[70ch] text-slate-700 dark:text-slate-300">{t("page.intro")}</p>
      </header>

      <InputPanel
        t={t}
        examples={examples}
        text={text}
        onTextChange={setText}
        onCheckText={() => start(textInput(text, "typed"))}
        onFile={(file) => start(fileInput(file, "file"))}
        onExample={onExample}
        textareaRef={textareaRef}
        dragging={dragging}
        kept={kept}
        keptLargeMb={keptLarge}
        compact={result !== null}
      />

      {(diagnosis.progress ||
        diagnosis.cancelled ||
        diagnosis.crash ||
        forgotten ||
        diagnosis.setAside) && (
        <div className="grid gap-3">
          {diagnosis.progress && (
            <ProgressPanel t={t} progress={diagnosis.progress} onCancel={cancel} />
          )}
          {diagnosis.cancelled && (
            <p role="status" className="flex flex-wrap items-center gap-3">
              {t("progress.cancelled")}
              <button type="button" className={secondaryButton} onClick={retry}>
                {t("error.retry")}
              </button>
            </p>
          )}
          {diagnosis.crash && (
            <p role="alert" className="rounded border-2 border-red-700 p-3 dark:border-red-400">
              {t("error.crashed", { message: diagnosis.crash })}{" "}
              <button type="button" className={secondaryButton} onClick={retry}>
                {t("error.retry")}
              </button>
            </p>
          )}
          {forgotten && <p role="status">{t("saved.forgotten")}</p>}
          {diagnosis.setAside && (
            <p role="status" data-testid="saved-set-aside">
              {t("saved.setAside")}
            </p>
          )}
        </div>
      )}

      <p aria-live="polite" className="sr-only">
        {result && !diagnosis.progress
          ? t("result.announce", { count: result.report.findings.length })
          : ""}
      </p>

      {readError && input && (
        <ReadErrorPanel
          {...words}
          error={readError}
          inputSize={input.size}
          inTextBox={!kept}
          onRetry={retry}
        />
      )}

      {result && (
        <div className="grid gap-6" data-testid="diagnose-result">
          <div className="flex flex-wrap items-center gap-3 rounded-lg bg-slate-100 px-3 py-2 text-sm dark:bg-slate-900">
            {input?.example ? (
              <span className="font-semibold">{t("examples.shown")}</span>
            ) : (
              <span>
                {diagnosis.blueprint?.restoredAt
                  ? t("saved.restored", {
                      date: formatDate(locale, diagnosis.blueprint.restoredAt.slice(0, 10)),
                    })
                  : t("saved.kept")}
              </span>
            )}
            <button
              type="button"
              className={secondaryButton}
              onClick={() => {
                setText("");
                setForgotten(true);
                void diagnosis.forget();
              }}
            >
              {t("saved.forget")}
            </button>
            {diagnosis.blueprint?.stored && (
              <Link
                data-testid="start-upgrade"
                to={pagePath("upgrade", locale)}
                className={buttonClass("primary", "lg", "ms-auto font-semibold")}
              >
                {t("upgrade.start")}
              </Link>
            )}
          </div>
          {diagnosis.blueprint?.stored === false && (
            <p role="status" className="text-sm text-amber-900 dark:text-amber-200">
              {t("saved.failed")}
            </p>
          )}
          <Summary
            {...words}
            scenario={result.scenario}
            report={result.report}
            inputSize={input?.size ?? 0}
            onShowDismissed={showDismissed}
          />
          {/* The picture spans the page on a wide screen; on a phone it comes after the findings. */}
          <div className="order-last lg:order-none">
            <GraphSection
              {...words}
              modules={result.scenario.modules}
              byKey={modules}
              layout={result.picture}
              badges={badges}
              selectedKey={view.module}
              onSelect={select}
            />
          </div>
          <div
            className={`grid items-start gap-6 ${selected ? "lg:grid-cols-[minmax(0,3fr)_minmax(0,2fr)]" : ""}`}
          >
            {selected && (
              <div className="lg:sticky lg:top-18 lg:order-last">
                <ModuleDetail
                  {...words}
                  module={selected}
                  report={result.report}
                  plan={result.plan}
                  onClose={() => select(null)}
                />
              </div>
            )}
            <div className="grid content-start gap-4">
              <FindingsList
                {...words}
                report={result.report}
                modules={modules}
                view={view}
                onViewChange={setView}
                {...findingActions(result.report.scenarioScope)}
                dismissedOpen={dismissedOpen}
                onDismissedOpenChange={setDismissedOpen}
              />
              <RulesPanel
                t={t}
                rules={rules.rules}
                problem={rules.problem}
                onImport={rules.importRules}
              />
            </div>
          </div>
        </div>
      )}
    </div>
  );
}
