import type { Plan, Report } from "../../core/analysis/report";
import type { ScenarioModule } from "../../core/blueprint/model";
import { entryById } from "../../core/catalog/index";
import type { TranslateFn } from "../../i18n/useT";
import { SeverityBadge } from "../../ui/scenario-graph/SeverityBadge";
import { findingSubject } from "./FindingCard";
import { pathParts } from "./findings-view";
import type { DiagnoseMessages } from "./messages/en";
import { readableModule } from "../../core/layout/readable";
import { buttonClass } from "../../ui/Button";

interface Props {
  t: TranslateFn<DiagnoseMessages>;
  module: ScenarioModule;
  report: Report;
  plan: Plan;
  onClose: () => void;
}

/** The selected module: id, version, connection, place in the scenario, findings, steps. */
export function ModuleDetail({ t, module, report, plan, onClose }: Props) {
  const findings = report.findings.filter((finding) => finding.moduleKeys.includes(module.key));
  const steps = plan.steps.filter((step) => step.moduleKeys.includes(module.key));
  const name = readableModule(module.name, module.label);
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
        <dd className="break-all font-mono">{module.module}</dd>
        <dt className="font-semibold">{t("detail.version")}</dt>
        <dd>{module.version ?? t("detail.noVersion")}</dd>
        <dt className="font-semibold">{t("detail.connection")}</dt>
        <dd className="break-words">
          {module.connections.length === 0
            ? t("detail.noConnection")
            : module.connections
                .map((c) =>
                  [c.type ?? c.acceptedTypes.join(", "), c.label].filter(Boolean).join(" · "),
                )
                .join("; ")}
        </dd>
        <dt className="font-semibold">{t("detail.path")}</dt>
        <dd>{path || t("path.main")}</dd>
      </dl>
      <h3 className="mt-3 text-sm font-semibold">{t("detail.findings")}</h3>
      {findings.length === 0 ? (
        <p className="text-sm">{t("detail.noFindings")}</p>
      ) : (
        <ul className="mt-1 grid gap-1 text-sm">
          {findings.map((finding) => (
            <li key={finding.id} className="flex flex-wrap items-center gap-1.5">
              <SeverityBadge
                severity={finding.severity}
                label={t(`severity.${finding.severity}`)}
              />
              {findingSubject(t, finding, entryById(finding.entryId))}
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
