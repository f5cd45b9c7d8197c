import { useEffect, useRef } from "react";
import type { Report } from "../../core/analysis/report";
import type { ScenarioModule } from "../../core/blueprint/model";
import type { Locale } from "../../core/locale/locales";
import type { TranslateFn } from "../../i18n/useT";
import { FindingCard, type FindingActions } from "./FindingCard";
import { Filters } from "./Filters";
import { filterFindings, groupFindings } from "./findings-view";
import type { DiagnoseMessages } from "./messages/en";
import { DEFAULT_VIEW, type DiagnoseView } from "./url-state";

interface Props extends FindingActions {
  t: TranslateFn<DiagnoseMessages>;
  locale: Locale;
  report: Report;
  modules: ReadonlyMap<string, ScenarioModule>;
  view: DiagnoseView;
  onViewChange: (view: DiagnoseView) => void;
  /** The dismissed matches are shown (the summary's "Show them" opens them). */
  dismissedOpen: boolean;
  onDismissedOpenChange: (open: boolean) => void;
}

/** Findings grouped by connection, connector and module change, filtered, linked to the picture. */
export function FindingsList(props: Props) {
  const { t, report, view } = props;
  const shown = filterFindings(report.findings, view);
  const hidden = report.findings.length - shown.length;
  const groups = groupFindings(shown);
  const list = useRef<HTMLDivElement>(null);

  // Selecting a module in the picture reveals its first finding here (on wide screens, where
  // the picture stays in view; on a phone the detail panel under the picture says it all).
  useEffect(() => {
    if (!view.module || !window.matchMedia("(min-width: 64rem)").matches) return;
    const first = shown.find((finding) => finding.moduleKeys.includes(view.module!));
    if (!first) return;
    list.current
      ?.querySelector(`[data-finding="${CSS.escape(first.id)}"]`)
      ?.scrollIntoView({ block: "nearest", behavior: "smooth" });
    // Only a new selection moves the list, not a filter change.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [view.module]);

  const card = (finding: Report["findings"][number], kind?: "dismissed" | "cleared") => (
    <li key={finding.id}>
      <FindingCard
        {...props}
        today={report.today}
        platform={report.platform}
        finding={finding}
        selectedKey={view.module}
        dismissed={kind === "dismissed"}
        cleared={kind === "cleared"}
      />
    </li>
  );

  return (
    <section aria-labelledby="findings-title" className="grid gap-3" ref={list}>
      <h2 id="findings-title" className="text-lg font-bold">
        {t("findings.title")}
      </h2>
      {report.findings.length > 0 && (
        <Filters
          t={t}
          locale={props.locale}
          view={view}
          counts={report.counts}
          onChange={props.onViewChange}
        />
      )}
      {hidden > 0 && (
        <p className="text-sm">
          {t("filters.hidden", { count: hidden })}{" "}
          <button
            type="button"
            className="underline"
            onClick={() => props.onViewChange({ ...DEFAULT_VIEW, module: view.module })}
          >
            {t("filters.showAll")}
          </button>
        </p>
      )}
      {report.findings.length > 0 && shown.length === 0 && <p>{t("findings.none")}</p>}
      {groups.length > 0 && (
        <div className="grid gap-3" data-testid="findings">
          {groups.map((group) => (
            <div key={group.level}>
              <h3 className="mb-2 font-semibold">{t(`findings.${group.level}`)}</h3>
              <ul className="grid gap-3">{group.findings.map((finding) => card(finding))}</ul>
            </div>
          ))}
        </div>
      )}
      {report.dismissed.length > 0 && (
        <details
          className="rounded-lg border border-slate-200 p-3 dark:border-slate-700"
          open={props.dismissedOpen}
          onToggle={(event) => props.onDismissedOpenChange(event.currentTarget.open)}
          data-testid="dismissed"
        >
          <summary id="dismissed-summary" className="cursor-pointer font-semibold">
            {t("dismissed.title", { count: report.dismissed.length })}
          </summary>
          <ul className="mt-2 grid gap-3">
            {report.dismissed.map((finding) => card(finding, "dismissed"))}
          </ul>
        </details>
      )}
      {report.cleared.length > 0 && (
        <details
          className="rounded-lg border border-slate-200 p-3 dark:border-slate-700"
          data-testid="cleared"
        >
          <summary className="cursor-pointer font-semibold">
            {t("cleared.title", {
              count: new Set(report.cleared.flatMap((finding) => finding.moduleKeys)).size,
            })}
          </summary>
          <p className="mt-1 text-sm">{t("cleared.body")}</p>
          <ul className="mt-2 grid gap-3">
            {report.cleared.map((finding) => card(finding, "cleared"))}
          </ul>
        </details>
      )}
    </section>
  );
}
