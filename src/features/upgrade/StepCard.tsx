import { useId, useState, type ReactNode } from "react";
import { Link } from "react-router";
import type { StepOutline } from "../../core/handover/describe";
import { entryById } from "../../core/catalog/index";
import type { ThumbnailGeometry } from "../../core/layout/thumbnail";
import type { TranslateFn } from "../../i18n/useT";
import { CatalogText } from "../../ui/CatalogText";
import { ScenarioMiniMapWhenLaid } from "../../ui/ScenarioMiniMap";
import { SourceLinks } from "../../ui/SourceLinks";
import type { UpgradeMessages } from "./messages/en";
import { buttonClass } from "../../ui/Button";
import { formatNumber } from "../../core/locale/format";
import type { Locale } from "../../core/locale/locales";

interface Props {
  step: StepOutline;
  total: number;
  done: boolean;
  verified: boolean;
  current: boolean;
  /** The step's modules, as indexes in the scenario's modules (for the thumbnail). */
  moduleIndexes: Int32Array;
  /** The step's first `count` module lines (made on demand: a step can name tens of thousands). */
  moduleLines: (count: number) => string[];
  /** The thumbnail's geometry, once the picture's layout has come from the worker. */
  geometry: Promise<ThumbnailGeometry | null>;
  locale: Locale;
  t: TranslateFn<UpgradeMessages>;
  onDone: (done: boolean) => void;
  onNext: (() => void) | null;
}

function Group({ title, children }: { title: string; children: ReactNode }) {
  return (
    <section className="mt-4">
      <h4 className="text-sm font-semibold text-slate-700 dark:text-slate-300">{title}</h4>
      {children}
    </section>
  );
}

function List({ items, ordered = false }: { items: string[]; ordered?: boolean }) {
  const className = `mt-1 space-y-1 ps-5 ${ordered ? "list-decimal" : "list-disc"}`;
  const children = items.map((item, index) => <li key={`${index}-${item}`}>{item}</li>);
  return ordered ? (
    <ol className={className}>{children}</ol>
  ) : (
    <ul className={className}>{children}</ul>
  );
}

/** A titled list (and what goes with it), left out when there is nothing to list. */
function ListGroup({
  title,
  items,
  children,
}: {
  title: string;
  items: string[];
  children?: ReactNode;
}) {
  if (items.length === 0) return null;
  return (
    <Group title={title}>
      <List items={items} />
      {children}
    </Group>
  );
}

/**
 * Module lines listed at first, and added per "show more": a step of a 100,000-module scenario
 * can name tens of thousands, and drawing them all opened the wizard in one 5 s task. The
 * exports list every one.
 */
const MODULES_FIRST = 50;
const MODULES_MORE = 500;

/**
 * One step: a check box and its title, then (unless done and folded) what and why, the path
 * through Fusion's screens, the configuration to check, where the modules are and the sources.
 * Done steps fold on screen but print in full.
 */
export function StepCard({
  step,
  total,
  done,
  verified,
  current,
  moduleIndexes,
  moduleLines,
  geometry,
  locale,
  t,
  onDone,
  onNext,
}: Props) {
  const [unfolded, setUnfolded] = useState(false);
  const [modulesShown, setModulesShown] = useState(MODULES_FIRST);
  const detailsId = useId();
  const open = !done || unfolded;
  return (
    <li
      id={`step-${step.id}`}
      aria-current={current ? "step" : undefined}
      className={`scroll-mt-4 rounded-lg border p-4 break-inside-avoid print:border-slate-400 print:p-2 ${
        current
          ? "border-blue-600 ring-2 ring-blue-600/30 dark:border-blue-400 print:ring-0"
          : "border-slate-200 dark:border-slate-800"
      } ${done ? "bg-slate-50 dark:bg-slate-900/60" : "bg-white dark:bg-slate-950"}`}
    >
      <div className="flex items-start gap-3">
        <input
          id={`${detailsId}-check`}
          type="checkbox"
          checked={done}
          onChange={(event) => onDone(event.target.checked)}
          aria-label={t("step.checkLabel", { number: step.number, title: step.title })}
          className="mt-1 size-5 shrink-0 accent-emerald-600"
        />
        <div className="min-w-0 flex-1">
          <p className="text-xs font-medium uppercase tracking-wide text-slate-600 dark:text-slate-400">
            {t("step.number", { number: step.number })} / {total}
            {current && <span className="sr-only"> ({t("step.current")})</span>}
          </p>
          <h3
            className={`text-lg font-semibold ${done ? "text-slate-600 line-through decoration-1 dark:text-slate-400" : ""}`}
          >
            <Link
              to={`?step=${encodeURIComponent(step.id)}`}
              replace
              preventScrollReset
              className="underline-offset-4 hover:underline focus-visible:underline"
            >
              {step.title}
            </Link>
          </h3>
          {verified && done && (
            <p className="mt-1 text-sm text-emerald-800 dark:text-emerald-300">
              {t("step.verified")}
            </p>
          )}
          {done && (
            <button
              type="button"
              aria-expanded={open}
              aria-controls={detailsId}
              onClick={() => setUnfolded(!unfolded)}
              className="mt-1 text-sm text-blue-700 underline underline-offset-2 dark:text-blue-300 print:hidden"
            >
              {open ? t("step.hideDetails") : t("step.details")}
            </button>
          )}
        </div>
      </div>
      <div id={detailsId} className={open ? "mt-2 sm:ps-8" : "hidden print:block print:ps-8"}>
        <div className="space-y-1">
          {step.what.map((line) => (
            <p key={line}>{line}</p>
          ))}
          {step.summaries.length > 0 && (
            <div className="text-sm text-slate-700 dark:text-slate-300">
              <p>{t("step.summaryNote")}</p>
              {step.summaries.map((summary, index) => (
                <CatalogText
                  key={summary}
                  text={summary}
                  english={entryById(step.entryIds[index] ?? "")?.summary ?? summary}
                  locale={locale}
                />
              ))}
            </div>
          )}
          {step.dates.length > 0 && (
            <ul className="text-sm font-medium text-amber-900 dark:text-amber-200">
              {step.dates.map((date) => (
                <li key={date}>{date}</li>
              ))}
            </ul>
          )}
        </div>
        <ListGroup title={t("plan.label.urgency")} items={step.urgency} />
        <ListGroup title={t("plan.label.evidence")} items={step.evidence}>
          {step.platformNote && (
            <p
              role="note"
              className="mt-1 rounded border border-amber-500 bg-amber-50 px-2 py-1 text-sm text-amber-950 dark:border-amber-300 dark:bg-amber-950 dark:text-amber-50"
            >
              {step.platformNote}
            </p>
          )}
        </ListGroup>
        <Group title={t("plan.label.how")}>
          <List items={step.how} ordered />
        </Group>
        {step.config && (
          <Group title={t("plan.label.config")}>
            <p className="mt-1">{step.config}</p>
            {step.fields.length > 0 && (
              <ul className="mt-2 flex flex-wrap gap-1" aria-label={t("plan.label.fields")}>
                {step.fields.map((field) => (
                  <li key={field}>
                    <code className="rounded bg-slate-100 px-1.5 py-0.5 text-sm dark:bg-slate-800">
                      {field}
                    </code>
                  </li>
                ))}
              </ul>
            )}
          </Group>
        )}
        {step.moduleCount > 0 && (
          <Group title={t("plan.label.modules")}>
            <div className="mt-1 flex flex-col gap-3 sm:flex-row sm:items-start">
              <div>
                <List items={moduleLines(modulesShown)} />
                {step.moduleCount > modulesShown && (
                  <button
                    type="button"
                    onClick={() => setModulesShown(modulesShown + MODULES_MORE)}
                    className="mt-1 ps-5 text-sm text-blue-700 underline underline-offset-2 dark:text-blue-300 print:hidden"
                  >
                    {t("step.moreModules", {
                      shown: formatNumber(locale, modulesShown),
                      total: formatNumber(locale, step.moduleCount),
                    })}
                  </button>
                )}
              </div>
              <ScenarioMiniMapWhenLaid
                geometry={geometry}
                highlighted={moduleIndexes}
                label={(modules) =>
                  t("minimap.label", { total: modules, count: moduleIndexes.length })
                }
              />
            </div>
          </Group>
        )}
        <ListGroup title={t("plan.label.connections")} items={step.connections} />
        {step.sources.length > 0 && (
          <Group title={t("plan.label.sources")}>
            <SourceLinks urls={step.sources.map((source) => source.url)} />
          </Group>
        )}
        {onNext && !done && (
          <button
            type="button"
            onClick={onNext}
            className={buttonClass("primary", "md", "mt-4 print:hidden")}
          >
            {t("step.next")}
          </button>
        )}
      </div>
    </li>
  );
}
