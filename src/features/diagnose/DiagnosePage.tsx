import { use, useCallback, useEffect, useMemo, useRef, useState } from "react";
import { Link, useSearchParams } from "react-router";
import { CATALOG } from "../../core/catalog/index";
import { buildExamples, type ExampleKind } from "../../core/examples/examples";
import { formatDate, formatNumber } from "../../i18n/format";
import { useLocale, useT } from "../../i18n/useT";
import { appMessages } from "../../i18n/app";
import { FindingsList } from "./FindingsList";
import { moduleBadges } from "./findings-view";
import { GraphSection, preloadGraph } from "./GraphSection";
import { InputPanel } from "./InputPanel";
import { diagnoseMessages } from "./messages";
import { ModuleDetail } from "./ModuleDetail";
import { ProgressPanel } from "./ProgressPanel";
import { ReadErrorPanel } from "./ReadErrorPanel";
import { RulesPanel } from "./RulesPanel";
import { Summary } from "./Summary";
import { UPGRADE_PAGE_READY } from "./upgrade-link";
import { fileInput, textInput, useAnalysis } from "./useAnalysis";
import { usePasteAndDrop } from "./usePasteAndDrop";
import { useRules } from "./useRules";
import { parseView, viewParams, type DiagnoseView } from "./url-state";

/** Inputs up to this many characters go back into the text box to be fixed there. */
const TEXT_BOX_LIMIT = 200_000;
const MB = 1024 * 1024;

const secondaryButton =
  "rounded border border-slate-300 px-3 py-1.5 text-sm hover:bg-slate-100 focus-visible:outline-2 focus-visible:outline-blue-600 dark:border-slate-600 dark:hover:bg-slate-800";

/**
 * `/:lang/diagnose`: paste a blueprint, see what breaks, on a picture and in a list.
 * Waits for its messages with an unconditional use(): useT's use() only runs when the bundle is
 * not loaded yet, and a render replayed after the bundle arrives would then call fewer hooks.
 */
export default function DiagnosePage(props: { upgradeAvailable?: boolean }) {
  const locale = useLocale();
  use(diagnoseMessages.load(locale));
  use(appMessages.load(locale));
  return <Diagnose {...props} />;
}

function Diagnose({ upgradeAvailable = UPGRADE_PAGE_READY }: { upgradeAvailable?: boolean }) {
  const locale = useLocale();
  const t = useT(diagnoseMessages);
  const tApp = useT(appMessages);
  const rules = useRules();
  const { state, run, cancel, retry, forget } = useAnalysis(rules.rules);
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
  const examples = useMemo(() => buildExamples(CATALOG), []);

  useEffect(() => {
    document.title = `${t("page.docTitle")} · ${tApp("app.name")}`;
  }, [t, tApp]);

  const setView = useCallback(
    (next: DiagnoseView) => {
      setViewState(next);
      setSearchParams((current) => viewParams(next, current), { replace: true });
    },
    [setSearchParams],
  );
  const select = useCallback(
    (key: string | null) => setView({ ...view, module: key }),
    [setView, view],
  );

  const start = useCallback(
    (input: Parameters<typeof run>[0]) => {
      preloadGraph();
      // Short input goes to the text box, so a fix can be made right there; long input stays in memory.
      setText(input.text !== null && input.text.length <= TEXT_BOX_LIMIT ? input.text : "");
      void run(input);
    },
    [run],
  );
  const onText = useCallback((pasted: string) => start(textInput(pasted, "paste")), [start]);
  const onFile = useCallback((file: File) => start(fileInput(file, "drop")), [start]);
  const textarea = useCallback(() => textareaRef.current, []);
  const { dragging } = usePasteAndDrop({ onText, onFile, textarea });

  const onExample = (kind: ExampleKind) => {
    const example = examples.find((candidate) => candidate.kind === kind);
    if (example) start(textInput(example.text, "example", kind));
  };

  const outcome = state.outcome;
  const result = outcome?.ok ? outcome : null;
  const readError = outcome && !outcome.ok ? outcome.error : null;
  const modules = useMemo(
    () => new Map(result?.scenario.modules.map((module) => [module.key, module]) ?? []),
    [result],
  );
  const badges = useMemo(() => moduleBadges(result?.report.findings ?? []), [result]);
  const selected = view.module ? modules.get(view.module) : undefined;
  const keptLarge =
    state.input && (state.input.file || (state.input.text?.length ?? 0) > TEXT_BOX_LIMIT)
      ? formatNumber(locale, Math.round((state.input.size / MB) * 10) / 10)
      : null;

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
        keptLargeMb={keptLarge}
        compact={result !== null}
      />

      {(state.progress || state.cancelled || state.crash || state.forgotten) && (
        <div className="grid gap-3">
          {state.progress && <ProgressPanel t={t} progress={state.progress} onCancel={cancel} />}
          {state.cancelled && (
            <p role="status" className="flex flex-wrap items-center gap-3">
              {t("progress.cancelled")}
              <button type="button" className={secondaryButton} onClick={retry}>
                {t("error.retry")}
              </button>
            </p>
          )}
          {state.crash && (
            <p role="alert" className="rounded border-2 border-red-700 p-3 dark:border-red-400">
              {t("error.crashed", { message: state.crash })}{" "}
              <button type="button" className={secondaryButton} onClick={retry}>
                {t("error.retry")}
              </button>
            </p>
          )}
          {state.forgotten && <p role="status">{t("saved.forgotten")}</p>}
        </div>
      )}

      <p aria-live="polite" className="sr-only">
        {result && !state.progress
          ? t("result.announce", { count: result.report.findings.length })
          : ""}
      </p>

      {readError && state.input && (
        <ReadErrorPanel
          t={t}
          locale={locale}
          error={readError}
          inputSize={state.input.size}
          inTextBox={keptLarge === null}
          onRetry={retry}
        />
      )}

      {result && (
        <div className="grid gap-6" data-testid="diagnose-result">
          <div className="flex flex-wrap items-center gap-3 rounded-lg bg-slate-100 px-3 py-2 text-sm dark:bg-slate-900">
            {state.input?.example ? (
              <span className="font-semibold">{t("examples.shown")}</span>
            ) : (
              <span>
                {state.restoredAt
                  ? t("saved.restored", { date: formatDate(locale, state.restoredAt.slice(0, 10)) })
                  : t("saved.kept")}
              </span>
            )}
            <button
              type="button"
              className={secondaryButton}
              onClick={() => {
                setText("");
                void forget();
              }}
            >
              {t("saved.forget")}
            </button>
            {upgradeAvailable && state.kept && (
              <Link
                to={`/${locale}/upgrade`}
                className="ms-auto rounded bg-blue-700 px-4 py-2 font-semibold text-white hover:bg-blue-800"
              >
                {t("upgrade.start")}
              </Link>
            )}
          </div>
          {state.saveFailed && (
            <p role="status" className="text-sm text-amber-900 dark:text-amber-200">
              {t("saved.failed")}
            </p>
          )}
          <Summary
            t={t}
            locale={locale}
            scenario={result.scenario}
            report={result.report}
            inputSize={state.input?.size ?? 0}
          />
          <div className="grid gap-6 lg:grid-cols-[minmax(0,3fr)_minmax(0,2fr)]">
            <div className="lg:sticky lg:top-18 lg:self-start">
              <GraphSection
                t={t}
                modules={result.scenario.modules}
                badges={badges}
                selectedKey={view.module}
                onSelect={select}
              />
            </div>
            <div className="grid content-start gap-4">
              {selected && (
                <ModuleDetail
                  t={t}
                  module={selected}
                  report={result.report}
                  plan={result.plan}
                  onClose={() => select(null)}
                />
              )}
              <FindingsList
                t={t}
                locale={locale}
                report={result.report}
                modules={modules}
                view={view}
                onViewChange={setView}
                onSelectModule={select}
                onConfirm={rules.confirm}
                onDismiss={rules.dismiss}
                onRestore={rules.restore}
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
