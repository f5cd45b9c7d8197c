import { useEffect } from "react";
import { Link, useLocation } from "react-router";
import { appMessages } from "../i18n/app";
import { useT } from "../i18n/useT";
import type { Locale } from "../core/locale/locales";
import { pagePath } from "../lib/paths";

/** A 404 in the reader's language, with ways back; never a blank page. */
export function NotFound({ locale }: { locale: Locale }) {
  const t = useT(appMessages, locale);
  const { pathname } = useLocation();

  useEffect(() => {
    document.title = `${t("notFound.title")} · ${t("app.name")}`;
  }, [t]);

  return (
    <div className="mx-auto max-w-2xl px-4 py-16">
      <h1 className="text-3xl font-bold">{t("notFound.title")}</h1>
      <p className="mt-3 break-words">{t("notFound.body", { path: pathname })}</p>
      <ul className="mt-6 flex flex-wrap gap-4">
        <li>
          <Link
            className="text-blue-700 underline dark:text-blue-300"
            to={pagePath("article", locale)}
          >
            {t("notFound.docs")}
          </Link>
        </li>
      </ul>
    </div>
  );
}
