import { lazy, Suspense, useMemo, useState } from "react";
import { SEVERITIES, type Severity } from "../../core/analysis/report";
import type { ScenarioModule } from "../../core/blueprint/model";
import { severityLegend, severityName } from "../../core/analysis/severity-words";
import type { Locale } from "../../core/locale/locales";
import type { TranslateFn } from "../../i18n/useT";
import type { ScenarioGraphLabels } from "../../ui/scenario-graph/ScenarioGraph";
import { SeverityBadge } from "../../ui/scenario-graph/SeverityBadge";
import type { DiagnoseMessages } from "./messages/en";
import { isolatedLabel, visibleId } from "../../core/blueprint/visible-text";

// xyflow and its styles are downloaded only when a result is shown.
const ScenarioGraph = lazy(() => import("../../ui/scenario-graph/ScenarioGraph"));

/** Starts downloading the picture's code early (e.g. while the worker reads the blueprint). */
export function preloadGraph(): void {
  void import("../../ui/scenario-graph/ScenarioGraph");
}

interface Props {
  t: TranslateFn<DiagnoseMessages>;
  locale: Locale;
  modules: ScenarioModule[];
  badges: ReadonlyMap<string, Severity>;
  selectedKey: string | null;
  onSelect: (key: string | null) => void;
}

/** The picture with its title, controls and legend. */
export function GraphSection({ t, locale, modules, badges, selectedKey, onSelect }: Props) {
  // The legend starts open beside a wide picture; on a phone it would push the details away.
  const [legendOpen] = useState(() => window.matchMedia("(min-width: 64rem)").matches);
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
        const values = {
          title: isolatedLabel(module.label ?? module.name),
          app: visibleId(module.app),
        };
        return severity
          ? t("graph.moduleAffected", { ...values, severity: severityName(locale, severity) })
          : t("graph.module", values);
      },
    }),
    [t, locale, modules.length],
  );

  return (
    <section aria-labelledby="graph-title" className="grid gap-2">
      <h2 id="graph-title" className="text-lg font-bold">
        {t("graph.title")}
      </h2>
      <div className="h-[60vh] min-h-80 lg:h-[70vh]">
        <Suspense
          fallback={<p className="p-4 text-slate-600 dark:text-slate-400">{t("graph.loading")}</p>}
        >
          <ScenarioGraph
            modules={modules}
            badges={badges}
            selectedKey={selectedKey}
            onSelect={onSelect}
            labels={labels}
          />
        </Suspense>
      </div>
      <details className="text-sm" open={legendOpen}>
        <summary className="cursor-pointer font-semibold">{t("legend.title")}</summary>
        <ul className="mt-1 grid gap-1">
          {SEVERITIES.map((severity) => (
            <li key={severity} className="flex flex-wrap items-center gap-1.5">
              <SeverityBadge severity={severity} label={severityName(locale, severity)} />
              <span>{severityLegend(locale, severity)}</span>
            </li>
          ))}
          <li>{t("legend.flow")}</li>
          <li>{t("legend.error")}</li>
          <li>{t("legend.tool")}</li>
          <li>{t("legend.orphan")}</li>
          <li>{t("legend.disabled")}</li>
        </ul>
      </details>
    </section>
  );
}
