import type { Plan, Report } from "../../core/analysis/report";
import { severityName } from "../../core/analysis/severity-words";
import type { ScenarioModule } from "../../core/blueprint/model";
import { entryById } from "../../core/catalog/index";
import { SeverityBadge } from "../../ui/scenario-graph/SeverityBadge";
import { findingSubject } from "./FindingCard";
import { FindingEvidence } from "./FindingEvidence";
import { pathParts } from "./findings-view";
import type { PanelWords } from "./panel-words";
import { readableModule } from "../../core/layout/readable";
import { buttonClass } from "../../ui/Button";
import { isolatedLabel, visibleId } from "../../core/blueprint/visible-text";

interface Props extends PanelWords {
  module: ScenarioModule;
  report: Report;
  plan: Plan;
  onClose: () => void;
}

/** The selected module: id, version, connection, place in the scenario, findings, steps. */
export function ModuleDetail({ t, locale, module, report, plan, onClose }: Props) {
  const concerns = (finding: Report["findings"][number]) => finding.moduleKeys.includes(module.key);
  const findings = report.findings.filter(concerns);
  const cleared = report.cleared.filter(concerns);
  const steps = plan.steps.filter((step) => step.moduleKeys.includes(module.key));
  const name = isolatedLabel(readableModule(module.name, module.label));
  const title = module.id === null ? name : `#${module.id} ${name}`;
  const path = pathParts(module.path)
    .map((part) => t(part.key, { n: part.n }))
    .join(" › ");

  return (
    <section
      aria-labelledby="module-detail-title"
      data-testid="module-detail"
      className="rounded-lg border border-blue-600 bg-blue-50/50 p-3 dark:border-blue-400 dark:bg-slate-900"
    >
      <div className="flex items-start justify-between gap-2">
        <h2 id="module-detail-title" className="font-bold break-words">
          {t("detail.title", { title })}
        </h2>
        <button type="button" onClick={onClose} className={buttonClass("secondary", "sm")}>
          {t("detail.close")}
        </button>
      </div>
      <dl className="mt-2 grid grid-cols-[auto_minmax(0,1fr)] gap-x-3 gap-y-1 text-sm">
        <dt className="font-semibold">{t("detail.moduleId")}</dt>
        <dd className="break-all font-mono">
          <bdi>{visibleId(module.module)}</bdi>
        </dd>
        <dt className="font-semibold">{t("detail.version")}</dt>
        <dd>{module.version ?? t("detail.noVersion")}</dd>
        <dt className="font-semibold">{t("detail.connection")}</dt>
        <dd className="break-words">
          {module.connections.length === 0
            ? t("detail.noConnection")
            : module.connections
                .map((c) =>
                  [c.type ?? c.acceptedTypes.join(", "), c.label]
                    .filter((part): part is string => Boolean(part))
                    .map(isolatedLabel)
                    .join(" · "),
                )
                .join("; ")}
        </dd>
        <dt className="font-semibold">{t("detail.path")}</dt>
        <dd>{path || t("path.main")}</dd>
      </dl>
      <h3 className="mt-3 text-sm font-semibold">{t("detail.findings")}</h3>
      {findings.length === 0 && cleared.length === 0 ? (
        <p className="text-sm">{t("detail.noFindings")}</p>
      ) : (
        <ul className="mt-1 grid gap-2 text-sm">
          {[...findings, ...cleared].map((finding) => (
            <li key={finding.id} className="grid gap-1">
              <span className="flex flex-wrap items-center gap-1.5">
                {!cleared.includes(finding) && (
                  <SeverityBadge
                    severity={finding.severity}
                    label={severityName(locale, finding.severity)}
                  />
                )}
                {findingSubject(t, finding, entryById(finding.entryId, locale))}
              </span>
              <FindingEvidence
                locale={locale}
                finding={finding}
                platform={report.platform}
                cleared={cleared.includes(finding)}
                heading={t("finding.why")}
              />
            </li>
          ))}
        </ul>
      )}
      {steps.length > 0 && (
        <>
          <h3 className="mt-3 text-sm font-semibold">{t("detail.steps")}</h3>
          <ol className="mt-1 list-decimal ps-5 text-sm">
            {steps.map((step) => (
              <li key={step.id}>
                {t(`method.${step.method}`)}
                {step.fieldsToRecheck.length > 0 && (
                  <span className="block text-slate-700 dark:text-slate-300">
                    {t("detail.fields", { fields: step.fieldsToRecheck.join(", ") })}
                  </span>
                )}
              </li>
            ))}
          </ol>
        </>
      )}
    </section>
  );
}
