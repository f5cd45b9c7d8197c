import { useEffect, useState } from "react";
import { registerServiceWorker } from "../lib/service-worker";
import { appMessages } from "../i18n/app";
import { useT } from "../i18n/useT";
import { buttonClass } from "./Button";

/**
 * Registers the service worker (the app then works offline) and, when a new version has been
 * downloaded, says so and lets the reader reload when it suits them: nothing they are doing is
 * replaced behind their back.
 */
export function UpdateNotice() {
  const t = useT(appMessages);
  const [activate, setActivate] = useState<(() => void) | null>(null);

  // After the page is up, never on the server.
  useEffect(() => {
    registerServiceWorker((next) => setActivate(() => next));
  }, []);

  if (!activate) return null;
  return (
    <div
      role="status"
      className="fixed inset-x-4 bottom-4 z-50 mx-auto flex max-w-lg flex-wrap items-center gap-3 rounded-lg border border-slate-300 bg-white p-4 text-sm shadow-lg print:hidden dark:border-slate-700 dark:bg-slate-900"
    >
      <p className="grow">{t("update.ready")}</p>
      <button type="button" onClick={activate} className={buttonClass("primary", "md")}>
        {t("update.reload")}
      </button>
      <button
        type="button"
        onClick={() => setActivate(null)}
        className="rounded px-3 py-1.5 text-slate-700 hover:underline dark:text-slate-300"
      >
        {t("update.later")}
      </button>
    </div>
  );
}
