import { useState } from "react";
import type { RecentScenario } from "../../core/progress/progress";
import { formatDate } from "../../core/locale/format";
import { useLocale, useT } from "../../i18n/useT";
import { upgradeMessages } from "./messages";
import { buttonClass } from "../../ui/Button";
import { isolatedLabel } from "../../core/blueprint/visible-text";

interface Props {
  recent: RecentScenario[];
  currentHash: string | null;
  onReset: (hash: string) => void;
}

/** Scenarios with kept progress, most recent first, each with a reset. */
export function RecentScenarios({ recent, currentHash, onReset }: Props) {
  const locale = useLocale();
  const t = useT(upgradeMessages);
  const [resetName, setResetName] = useState<string | null>(null);
  const nameOf = (item: RecentScenario) =>
    item.scenarioName === null ? t("plan.doc.untitled") : isolatedLabel(item.scenarioName);
  return (
    <section aria-labelledby="recent-title" className="print:hidden">
      <h2 id="recent-title" className="text-lg font-semibold">
        {t("recent.title")}
      </h2>
      {recent.length === 0 ? (
        <p className="mt-1 text-sm text-slate-700 dark:text-slate-300">{t("recent.empty")}</p>
      ) : (
        <ul className="mt-2 space-y-3">
          {recent.map((item) => (
            <li key={item.hash} className="text-sm">
              <p className="font-medium break-words">
                {nameOf(item)}
                {item.hash === currentHash && (
                  <span className="ms-2 inline-block rounded whitespace-nowrap bg-blue-100 px-1.5 py-0.5 text-xs text-blue-900 dark:bg-blue-900 dark:text-blue-100">
                    {t("recent.current")}
                  </span>
                )}
              </p>
              <p className="text-slate-700 dark:text-slate-300">
                {t("recent.progress", {
                  done: item.done,
                  total: item.total,
                  date: formatDate(locale, item.updatedAt.slice(0, 10)),
                })}
              </p>
              <button
                type="button"
                aria-label={t("recent.resetLabel", { name: nameOf(item) })}
                onClick={() => {
                  onReset(item.hash);
                  setResetName(nameOf(item));
                }}
                className={buttonClass("secondary", "sm", "mt-1")}
              >
                {t("recent.reset")}
              </button>
            </li>
          ))}
        </ul>
      )}
      <p role="status" className="mt-2 text-sm">
        {resetName && t("recent.resetDone", { name: resetName })}
      </p>
    </section>
  );
}
