import { appMessages } from "../i18n/app";
import { useT } from "../i18n/useT";
import { buttonClass } from "./Button";

/** What a user sees when part of a page failed: what happened, that work is kept, what to do. */
export function ErrorNotice() {
  const t = useT(appMessages);
  return (
    <div role="alert" className="mx-auto max-w-2xl px-4 py-10">
      <h1 className="text-2xl font-bold">{t("error.title")}</h1>
      <p className="mt-2">{t("error.body")}</p>
      <button
        type="button"
        onClick={() => window.location.reload()}
        className={buttonClass("primary", "lg", "mt-4")}
      >
        {t("error.reload")}
      </button>
    </div>
  );
}
