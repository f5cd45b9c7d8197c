import { useDeferredValue, useEffect, useRef, useState } from "react";
import { Link } from "react-router";
import { useCatalogLocale } from "../../i18n/useCatalogLocale";
import { useDocumentTitle } from "../../i18n/useDocumentTitle";
import { useLocale, useT } from "../../i18n/useT";
import { Loading } from "../../ui/Loading";
import { upgradeMessages } from "./messages";
import { RecentScenarios } from "./RecentScenarios";
import { useCurrentScenario } from "./useCurrentScenario";
import { readRecent, resetStoredProgress } from "./useProgress";
import { Wizard } from "./Wizard";
import { pagePath } from "../../lib/paths";
import { buttonClass } from "../../ui/Button";

const linkClass = "font-medium text-blue-700 underline underline-offset-2 dark:text-blue-300";

/** `/:lang/upgrade`: the upgrade wizard for the scenario last checked in Diagnose. */
export default function UpgradePage() {
  const locale = useCatalogLocale();
  const t = useT(upgradeMessages);
  useDocumentTitle(t("page.title"));
  const current = useCurrentScenario();
  // The wizard is drawn in a task of its own, after the one that received the analysis: at
  // 100,000 modules decoding the outcome and the first render were one long task together.
  const ready = useDeferredValue(current.state === "ready" ? current.current : null);

  // Arriving here (e.g. from "Start the upgrade") puts focus on the page's heading, so a screen
  // reader announces where the user is and the keyboard starts from the top of the wizard.
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus({ preventScroll: true }), []);

  return (
    <div className="mx-auto max-w-6xl px-4 py-8 print:max-w-none print:p-0 lg:py-12">
      <h1 ref={heading} tabIndex={-1} className="text-3xl font-bold tracking-tight">
        {t("page.title")}
      </h1>
      <p className="mt-2 max-w-prose text-slate-700 dark:text-slate-300 print:hidden">
        {t("page.intro")}
      </p>
      <div className="mt-6">
        {(current.state === "loading" || (current.state === "ready" && !ready)) && (
          <Loading label={t("page.loading")} />
        )}
        {current.state === "ready" && ready && <Wizard current={ready} locale={locale} t={t} />}
        {(current.state === "none" || current.state === "failed") && (
          <NoScenario failure={current.state === "failed" ? current.message : null} />
        )}
      </div>
    </div>
  );
}

/** Nothing to work on: says why, leads to Diagnose and the guide, and still lists kept progress. */
function NoScenario({ failure }: { failure: string | null }) {
  const locale = useLocale();
  const t = useT(upgradeMessages);
  const [recent, setRecent] = useState(readRecent);
  return (
    <div className="grid gap-10 lg:grid-cols-[minmax(0,1fr)_17rem]">
      <div className="rounded-lg border border-slate-200 p-5 dark:border-slate-800">
        <h2 className="text-xl font-semibold">{failure ? t("failed.title") : t("none.title")}</h2>
        <p className="mt-2 max-w-prose">
          {failure ? t("failed.body", { message: failure }) : t("none.body")}
        </p>
        <p className="mt-4 flex flex-wrap gap-x-6 gap-y-2">
          <Link to={pagePath("diagnose", locale)} className={buttonClass("primary", "lg")}>
            {t("none.diagnose")}
          </Link>
          <Link to={pagePath("upgradeGuide", locale)} className={`${linkClass} self-center`}>
            {t("none.guide")}
          </Link>
        </p>
      </div>
      <RecentScenarios
        recent={recent}
        currentHash={null}
        onReset={(hash) => {
          resetStoredProgress(hash);
          setRecent(readRecent());
        }}
      />
    </div>
  );
}
