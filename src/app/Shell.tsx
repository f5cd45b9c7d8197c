import { Suspense, useEffect, useRef, type ReactNode } from "react";
import { NavLink, Outlet, useLocation } from "react-router";
import { DOCS_SNAPSHOTS } from "../core/docs/snapshots";
import { appMessages } from "../i18n/app";
import { formatDate } from "../core/locale/format";
import { useLocale, useT } from "../i18n/useT";
import { LanguageMenu } from "../ui/LanguageMenu";
import { Disclosure } from "../ui/Disclosure";
import { Island } from "../ui/Island";
import { ThemeSwitch } from "../ui/ThemeSwitch";
import { UpdateNotice } from "../ui/UpdateNotice";
import { ErrorBoundary } from "../ui/ErrorBoundary";
import { Loading } from "../ui/Loading";
import { pagePath } from "../lib/paths";

const navLinkClass = ({ isActive }: { isActive: boolean }) =>
  `whitespace-nowrap rounded px-2 py-1 underline-offset-4 hover:underline ${
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

  // The narrow screens' page menu closes once a page is chosen (the app stays on this document).
  const pagesMenu = useRef<HTMLDetailsElement>(null);
  const { pathname } = useLocation();
  useEffect(() => {
    if (pagesMenu.current) pagesMenu.current.open = false;
  }, [pathname]);

  const pageLinks = (
    [
      [pagePath("article", locale), t("nav.docs")],
      [pagePath("diagnose", locale), t("nav.diagnose")],
      [pagePath("upgrade", locale), t("nav.upgrade")],
      [pagePath("portfolio", locale), t("nav.portfolio")],
    ] as const
  ).map(([to, name]) => (
    <NavLink key={to} to={to} className={navLinkClass}>
      {name}
    </NavLink>
  ));

  return (
    <div className="flex min-h-screen flex-col bg-white text-slate-900 dark:bg-slate-950 dark:text-slate-100">
      <a
        href="#main"
        className="sr-only z-50 rounded bg-blue-700 px-3 py-2 text-white focus:not-sr-only focus:absolute focus:left-2 focus:top-2"
      >
        {t("skip.toMain")}
      </a>
      <header className="sticky top-0 z-30 border-b border-slate-200 bg-white print:hidden dark:border-slate-800 dark:bg-slate-950">
        {/* One row at every width (on narrow screens the pages and languages are menus), kept in
            view: the language menu is at hand from anywhere in the article. */}
        <div className="mx-auto flex max-w-6xl items-center gap-x-1 px-3 py-2 sm:px-4 lg:gap-x-4 lg:py-3">
          <a
            href={pagePath("article", locale)}
            className="me-1 whitespace-nowrap text-sm font-bold tracking-tight sm:text-base"
          >
            {t("app.name")}
          </a>
          <nav aria-label={t("nav.label")} className="hidden gap-1 text-sm lg:flex">
            {pageLinks}
          </nav>
          <Disclosure ref={pagesMenu} className="lg:hidden" align="start" summary={t("nav.menu")}>
            <nav aria-label={t("nav.label")} className="flex flex-col gap-1 text-sm">
              {pageLinks}
            </nav>
          </Disclosure>
          <div className="ms-auto flex items-center gap-1 lg:gap-3">
            <LanguageMenu current={locale} label={t("language.label")} />
            <Island name="theme">
              <ThemeSwitch />
            </Island>
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
      <UpdateNotice />
    </div>
  );
}
