import { lazy, Suspense, use, useEffect, useMemo, useRef, useState } from "react";
import { SEVERITIES, type Severity } from "../../core/analysis/report";
import { severityLegend, severityName } from "../../core/analysis/severity-words";
import type { PictureLayout } from "../../core/layout/picture";
import type {
  ScenarioGraphLabels,
  ScenarioGraphProps,
} from "../../ui/scenario-graph/ScenarioGraph";
import { buttonClass } from "../../ui/Button";
import { SeverityBadge } from "../../ui/scenario-graph/SeverityBadge";
import { SeverityMark } from "../../ui/scenario-graph/SeverityMark";
import type { PanelWords } from "./panel-words";
import { isolatedLabel, visibleId } from "../../core/blueprint/visible-text";
import { readableApp, readableModule } from "../../core/layout/readable";

// xyflow and its styles are downloaded only when a result is shown.
const ScenarioGraph = lazy(() => import("../../ui/scenario-graph/ScenarioGraph"));

/** Starts downloading the picture's code early (e.g. while the worker reads the blueprint). */
export function preloadGraph(): void {
  void import("../../ui/scenario-graph/ScenarioGraph");
}

/** What the picture's lines and marks mean, after the severities. */
const LINE_LEGEND = [
  "legend.flow",
  "legend.error",
  "legend.tool",
  "legend.orphan",
  "legend.disabled",
] as const;

/** The scenario, its badges and the selection, handed on to the picture as they are. */
type Picture = Pick<
  ScenarioGraphProps,
  "modules" | "byKey" | "badges" | "selectedKey" | "onSelect"
>;

/** The picture once its layout has come from the analysis worker (it suspends until then). */
function LaidOutGraph({
  layout,
  failed,
  ...props
}: Omit<ScenarioGraphProps, "layout"> & { layout: Promise<PictureLayout | null>; failed: string }) {
  const laid = use(layout);
  return laid ? <ScenarioGraph {...props} layout={laid} /> : <p className="p-4">{failed}</p>;
}

/**
 * The picture with its title, controls and legend. On a wide screen it is drawn in the page; on
 * a phone, where it would push the findings away, it opens full screen on demand.
 */
export function GraphSection({
  t,
  locale,
  layout,
  ...picture
}: PanelWords & Picture & { layout: Promise<PictureLayout | null> }) {
  const { modules } = picture;
  const [wide] = useState(() => window.matchMedia("(min-width: 64rem)").matches);
  const [fullScreen, setFullScreen] = useState(false);
  const dialog = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    if (fullScreen) dialog.current?.showModal();
  }, [fullScreen]);
  const labels = useMemo<ScenarioGraphLabels>(
    () => ({
      region: t("graph.region", { count: modules.length }),
      help: t("graph.help"),
      zoomIn: t("graph.zoomIn"),
      zoomOut: t("graph.zoomOut"),
      fit: t("graph.fit"),
      controls: t("graph.controls"),
      severity: Object.fromEntries(SEVERITIES.map((s) => [s, severityName(locale, s)])) as Record<
        Severity,
        string
      >,
      describe: (module, severity) => {
        const title = isolatedLabel(readableModule(module.name, module.label));
        const values = {
          title: module.id === null ? title : `#${module.id} ${title}`,
          app: visibleId(readableApp(module.app)),
        };
        return severity
          ? t("graph.moduleAffected", { ...values, severity: severityName(locale, severity) })
          : t("graph.module", values);
      },
    }),
    [t, locale, modules.length],
  );

  const graph = (fill: boolean) => (
    <Suspense
      fallback={<p className="p-4 text-slate-600 dark:text-slate-400">{t("graph.loading")}</p>}
    >
      <LaidOutGraph
        {...picture}
        layout={layout}
        failed={t("graph.failed")}
        labels={labels}
        fill={fill}
      />
    </Suspense>
  );

  return (
    <section aria-labelledby="graph-title" className="grid gap-2">
      <h2 id="graph-title" className="text-lg font-bold">
        {t("graph.title")}
      </h2>
      {wide ? (
        graph(false)
      ) : (
        <button
          type="button"
          className={buttonClass("secondary", "md", "justify-self-start")}
          onClick={() => setFullScreen(true)}
        >
          {t("graph.open")}
        </button>
      )}
      {fullScreen && (
        <dialog
          ref={dialog}
          aria-labelledby="graph-title"
          onClose={() => setFullScreen(false)}
          className="m-0 h-dvh max-h-none w-screen max-w-none bg-white p-2 text-slate-900 dark:bg-slate-950 dark:text-slate-100"
        >
          <div className="flex h-full flex-col gap-2">
            <button
              type="button"
              className={buttonClass("primary", "md", "self-end")}
              onClick={() => dialog.current?.close()}
            >
              {t("graph.close")}
            </button>
            <div className="min-h-0 flex-1">{graph(true)}</div>
          </div>
        </dialog>
      )}
      {/* The legend starts open beside a wide picture; on a phone it would push the details away. */}
      <details className="text-sm" open={wide}>
        <summary className="cursor-pointer font-semibold">{t("legend.title")}</summary>
        <ul className="mt-1 grid gap-1">
          {SEVERITIES.map((severity) => (
            <li key={severity} className="flex flex-wrap items-center gap-1.5">
              <span aria-hidden="true">
                <SeverityMark severity={severity} label={severityName(locale, severity)} />
              </span>
              <SeverityBadge severity={severity} label={severityName(locale, severity)} />
              <span>{severityLegend(locale, severity)}</span>
            </li>
          ))}
          {LINE_LEGEND.map((key) => (
            <li key={key}>{t(key)}</li>
          ))}
        </ul>
      </details>
    </section>
  );
}
