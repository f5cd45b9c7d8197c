import { useState } from "react";
import { useGrowingCount } from "./useGrowingCount";
import type { Finding } from "../../core/analysis/report";
import { platformName } from "../../core/analysis/evidence-words";
import { severityName, urgencyText } from "../../core/analysis/severity-words";
import type { Platform, ScenarioModule } from "../../core/blueprint/model";
import { entryById, sourceUrlInLocale } from "../../core/catalog/index";
import type { CatalogEntry } from "../../core/catalog/model";
import { formatDate, formatRelative } from "../../core/locale/format";
import { withColon } from "../../core/locale/typeset";
import type { Locale } from "../../core/locale/locales";
import type { TranslateFn } from "../../i18n/useT";
import { SeverityBadge } from "../../ui/scenario-graph/SeverityBadge";
import { isWebUrl } from "../../core/catalog/sources";
import { SourceLinks } from "../../ui/SourceLinks";
import { FindingEvidence } from "./FindingEvidence";
import type { DiagnoseMessages } from "./messages/en";
import { readableModule } from "../../core/layout/readable";
import { buttonClass } from "../../ui/Button";
import { CatalogText } from "../../ui/CatalogText";
import { visibleId, visibleLabel } from "../../core/blueprint/visible-text";

export interface FindingActions {
  onSelectModule: (key: string) => void;
  onConfirm: (ruleKey: string) => void;
  /** "This does not apply": in this scenario, or in every scenario when `everywhere`. */
  onDismiss: (ruleKey: string, everywhere: boolean) => void;
  onRestore: (ruleKey: string) => void;
}

interface Props extends FindingActions {
  t: TranslateFn<DiagnoseMessages>;
  locale: Locale;
  today: string;
  platform: Platform;
  finding: Finding;
  modules: ReadonlyMap<string, ScenarioModule>;
  selectedKey: string | null;
  dismissed?: boolean;
  /** The blueprint's evidence shows the change does not apply: no choice to make. */
  cleared?: boolean;
}

const SHOWN_MODULES = 8;
/** Once "Show all" is pressed, chips drawn per frame until all are there. */
const MODULES_PER_FRAME = 500;

/** What the finding is about, in a few words: "Google Sheets: Watch rows". */
export function findingSubject(
  t: TranslateFn<DiagnoseMessages>,
  finding: Finding,
  entry: CatalogEntry | undefined,
): string {
  const app = entry?.app.displayName ?? finding.entryId;
  // A connection change is named after the connection type the finding is about, when known.
  const type = finding.connection?.type ?? finding.id.split("|")[1];
  const subject =
    finding.level === "module"
      ? entry?.match.modules[0]?.displayName
      : finding.level === "connection"
        ? (entry?.match.connectionTypes.find((c) => c.accountType === type)?.displayName ??
          type ??
          entry?.match.connectionTypes[0]?.displayName)
        : undefined;
  return t("finding.title", { app, subject: subject ?? t(`level.${finding.level}`) });
}

const actionButton = buttonClass("secondary", "sm");

type ChoiceLabel = `finding.${"restore" | "undo" | "confirm" | "dismissHere" | "dismissAll"}`;

/** The buttons of a likely or dismissed match: undo the user's choice, or make one. */
function choices({ finding, dismissed, ...actions }: Props): [ChoiceLabel, () => void][] {
  const { ruleKey } = finding;
  if (dismissed || finding.userConfirmed)
    return [[dismissed ? "finding.restore" : "finding.undo", () => actions.onRestore(ruleKey)]];
  return [
    ["finding.confirm", () => actions.onConfirm(ruleKey)],
    ["finding.dismissHere", () => actions.onDismiss(ruleKey, false)],
    ["finding.dismissAll", () => actions.onDismiss(ruleKey, true)],
  ];
}

/** One finding: what changed, by when, what to do, how sure, sources, affected modules. */
export function FindingCard(props: Props) {
  const { t, locale, finding, modules, selectedKey } = props;
  const [allModules, setAllModules] = useState(false);
  const entry = entryById(finding.entryId, locale);
  const english = entryById(finding.entryId);
  const deadline = finding.deadline;
  const stops = deadline?.date && entry?.dates.stopsWorking?.date === deadline.date;
  // A rule in effect (e.g. Google's restricted scopes) has a start date, not a deprecation.
  const dateKey = stops
    ? "finding.stopsWorking"
    : entry?.status === "in-effect"
      ? "finding.inEffect"
      : "finding.deprecated";
  const drawn = useGrowingCount(
    allModules ? finding.moduleKeys.length : SHOWN_MODULES,
    MODULES_PER_FRAME,
  );
  const shown = finding.moduleKeys.slice(0, drawn);
  const holdsSelection = selectedKey !== null && finding.moduleKeys.includes(selectedKey);

  return (
    <article
      aria-labelledby={`finding-${finding.id}`}
      data-finding={finding.id}
      className={`rounded-lg border p-3 ${
        holdsSelection
          ? "border-blue-600 ring-2 ring-blue-600 dark:border-blue-400 dark:ring-blue-400"
          : "border-slate-200 dark:border-slate-700"
      }`}
    >
      <div className="flex flex-wrap items-center gap-2">
        {/* A cleared match asks nothing of the user: no severity to show. */}
        {!props.cleared && (
          <SeverityBadge
            severity={finding.severity}
            label={severityName(locale, finding.severity)}
          />
        )}
        <h4 id={`finding-${finding.id}`} className="font-semibold">
          {findingSubject(t, finding, entry)}
        </h4>
      </div>
      <dl className="mt-2 grid gap-1.5 text-sm">
        <div>
          <dt className="inline font-semibold">{withColon(locale, t("finding.changed"))} </dt>
          <dd className="inline">{entry ? t(`category.${entry.category}`) : finding.ref}</dd>
          {entry && english && (
            <dd className="mt-0.5 text-slate-700 dark:text-slate-300">
              <CatalogText text={entry.summary} english={english.summary} locale={locale} />
            </dd>
          )}
        </div>
        {!props.cleared && (
          <>
            <div>
              <dt className="inline font-semibold">{withColon(locale, t("finding.byWhen"))} </dt>
              <dd className="inline">
                {deadline?.date
                  ? t(dateKey, {
                      date: formatDate(locale, deadline.date, deadline.precision),
                      relative: formatRelative(locale, deadline.date, props.today),
                    })
                  : t("finding.noDeadline")}
              </dd>
            </div>
            <div>
              <dt className="inline font-semibold">{withColon(locale, t("finding.urgency"))} </dt>
              <dd className="inline" data-testid="urgency">
                {urgencyText(locale, finding.severity, finding.urgency)}
              </dd>
            </div>
          </>
        )}
        {entry && !props.cleared && (
          <div>
            <dt className="inline font-semibold">{withColon(locale, t("finding.todo"))} </dt>
            <dd className="inline">
              {t(`method.${entry.upgrade.method}`)}
              {entry.replacement.displayName &&
                ` ${t("finding.replacement", { name: entry.replacement.displayName })}`}
            </dd>
          </div>
        )}
        {finding.connection && (
          <div>
            <dt className="inline font-semibold">{withColon(locale, t("finding.connection"))} </dt>
            <dd className="inline break-words">
              {[finding.connection.type, ...finding.connection.labels].filter(Boolean).join(" · ")}
            </dd>
          </div>
        )}
        <div>
          <dt className="inline font-semibold">{withColon(locale, t("finding.sure"))} </dt>
          <dd className="inline">
            {finding.userConfirmed
              ? t("confidence.userConfirmed")
              : props.cleared
                ? t("confidence.cleared")
                : t(`confidence.${finding.confidence}`, {
                    platform: platformName(locale, props.platform),
                  })}
          </dd>
        </div>
      </dl>
      <div className="mt-2">
        <FindingEvidence
          locale={locale}
          finding={finding}
          platform={props.platform}
          cleared={props.cleared}
          heading={t("finding.why")}
        />
      </div>
      {props.dismissed && finding.dismissal && (
        <p className="mt-2 text-sm" data-testid="dismissal">
          {t(finding.dismissal === "all" ? "finding.dismissedAll" : "finding.dismissedHere")}
        </p>
      )}

      {!props.cleared && (finding.confidence === "likely" || props.dismissed) && (
        <div className="mt-2 flex flex-wrap gap-2">
          {choices(props).map(([label, choose]) => (
            <button key={label} type="button" className={actionButton} onClick={choose}>
              {t(label)}
            </button>
          ))}
        </div>
      )}

      {finding.moduleKeys.length > 0 && (
        <div className="mt-2">
          <h5 className="text-sm font-semibold">{t("finding.modules")}</h5>
          <ul className="mt-1 flex flex-wrap gap-1.5">
            {shown.map((key) => {
              const module = modules.get(key);
              return (
                <li key={key}>
                  <button
                    type="button"
                    aria-pressed={key === selectedKey}
                    onClick={() => props.onSelectModule(key)}
                    className="rounded bg-slate-100 px-2 py-0.5 text-sm hover:bg-slate-200 aria-pressed:bg-blue-700 aria-pressed:text-white dark:bg-slate-800 dark:hover:bg-slate-700 dark:aria-pressed:bg-blue-300 dark:aria-pressed:text-slate-950"
                  >
                    <span className="font-semibold">
                      #{module?.id ?? <bdi>{visibleId(key)}</bdi>}
                    </span>{" "}
                    <bdi>
                      {module
                        ? visibleLabel(readableModule(module.name, module.label))
                        : visibleId(key)}
                    </bdi>
                    <span className="sr-only"> ({visibleId(module?.module ?? key)})</span>
                  </button>
                </li>
              );
            })}
          </ul>
          {!allModules && finding.moduleKeys.length > SHOWN_MODULES && (
            <button
              type="button"
              className="mt-1 text-sm underline"
              onClick={() => setAllModules(true)}
            >
              {t("finding.more", { count: finding.moduleKeys.length })}
            </button>
          )}
        </div>
      )}

      {entry && entry.sources.some((source) => isWebUrl(source.url)) && (
        <div className="mt-2 text-sm">
          <h5 className="font-semibold">{t("finding.sources")}</h5>
          <SourceLinks
            urls={entry.sources.map((source) => sourceUrlInLocale(source.url, locale))}
            note={t("finding.external")}
          />
        </div>
      )}
    </article>
  );
}
