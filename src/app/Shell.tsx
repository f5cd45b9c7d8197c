import { Suspense, useEffect, type ReactNode } from "react";
import { NavLink, Outlet } from "react-router";
import { DOCS_SNAPSHOTS } from "../core/docs/snapshots";
import { appMessages } from "../i18n/app";
import { formatDate } from "../core/locale/format";
import { useLocale, useT } from "../i18n/useT";
import { LanguageMenu } from "../ui/LanguageMenu";
import { ThemeSwitch } from "../ui/ThemeSwitch";
import { UpdateNotice } from "../ui/UpdateNotice";
import { ErrorBoundary } from "../ui/ErrorBoundary";
import { Loading } from "../ui/Loading";
import { pagePath } from "../lib/paths";

const navLinkClass = ({ isActive }: { isActive: boolean }) =>
  `rounded px-2 py-1 underline-offset-4 hover:underline ${
    isActive ? "font-semibold text-slate-950 dark:text-white" : "text-slate-700 dark:text-slate-300"
  }`;

/**
 * Header, navigation, language and theme pickers, footer: the frame of every `/:lang` page.
 * `children` replaces the routed page (the 404 for an unknown language uses it).
 */
export function Shell({ children }: { children?: ReactNode }) {
  const locale = useLocale();
  const t = useT(appMessages);
  const snapshot = DOCS_SNAPSHOTS[locale];

  useEffect(() => {
    document.documentElement.lang = locale;
  }, [locale]);

  return (
    <div className="flex min-h-screen flex-col bg-white text-slate-900 dark:bg-slate-950 dark:text-slate-100">
      <a
        href="#main"
        className="sr-only z-50 rounded bg-blue-700 px-3 py-2 text-white focus:not-sr-only focus:absolute focus:left-2 focus:top-2"
      >
        {t("skip.toMain")}
      </a>
      <header className="border-b border-slate-200 print:hidden dark:border-slate-800">
        <div className="mx-auto flex max-w-6xl flex-wrap items-center gap-x-6 gap-y-2 px-4 py-3">
          <a href={pagePath("article", locale)} className="font-bold tracking-tight">
            {t("app.name")}
          </a>
          <nav aria-label={t("nav.label")} className="flex gap-1 text-sm">
            <NavLink to={pagePath("article", locale)} className={navLinkClass}>
              {t("nav.docs")}
            </NavLink>
            <NavLink to={pagePath("diagnose", locale)} className={navLinkClass}>
              {t("nav.diagnose")}
            </NavLink>
            <NavLink to={pagePath("upgrade", locale)} className={navLinkClass}>
              {t("nav.upgrade")}
            </NavLink>
            <NavLink to={pagePath("portfolio", locale)} className={navLinkClass}>
              {t("nav.portfolio")}
            </NavLink>
          </nav>
          <div className="ms-auto flex flex-wrap items-center gap-3">
            <LanguageMenu current={locale} label={t("language.label")} />
            <ThemeSwitch
              label={t("theme.label")}
              names={{ system: t("theme.system"), light: t("theme.light"), dark: t("theme.dark") }}
            />
          </div>
        </div>
      </header>
      <main id="main" tabIndex={-1} className="flex-1 outline-none">
        <ErrorBoundary>
          <Suspense fallback={<Loading label={t("loading")} />}>{children ?? <Outlet />}</Suspense>
        </ErrorBoundary>
      </main>
      <footer className="border-t border-slate-200 text-sm text-slate-600 print:hidden dark:border-slate-800 dark:text-slate-400">
        <div className="mx-auto flex max-w-6xl flex-col gap-1 px-4 py-4">
          <p>{t("footer.privacy")}</p>
          <p>
            {t("footer.source", { commit: snapshot.commit.slice(0, 7) })}{" "}
            {t("footer.snapshot", { date: formatDate(locale, snapshot.date) })}
          </p>
          <p>{t("footer.disclaimer")}</p>
        </div>
      </footer>
      <UpdateNotice
        text={t("update.ready")}
        reloadLabel={t("update.reload")}
        laterLabel={t("update.later")}
      />
    </div>
  );
}
