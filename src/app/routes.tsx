import { Navigate, useParams, type RouteObject } from "react-router";
import { LocaleContext } from "../i18n/locale-context";
import { isLocale } from "../core/locale/locales";
import { browserLocale, useLocale } from "../i18n/useT";
import { lazy } from "react";
import { NotFound } from "./NotFound";
import { Shell } from "./Shell";
import { PAGE_SEGMENTS, pagePath } from "../lib/paths";

// Each page is its own chunk, downloaded when its route first opens.
const DocsPage = lazy(() => import("../features/docs/DocsPage"));
const DiagnosePage = lazy(() => import("../features/diagnose/DiagnosePage"));
const UpgradePage = lazy(() => import("../features/upgrade/UpgradePage"));
const UpgradeGuidePage = lazy(() => import("../features/upgrade/UpgradeGuidePage"));
const PortfolioPage = lazy(() => import("../features/portfolio/PortfolioPage"));
const QueryLayout = lazy(() => import("./QueryLayout"));

/** `/` → the reader's language. */
function RootRedirect() {
  return <Navigate to={pagePath("article", browserLocale())} replace />;
}

/** `/:lang/…`: the shell in that language, or a 404 in the reader's language for an unknown one. */
function LanguageLayout() {
  const { lang } = useParams();
  if (!isLocale(lang)) {
    return (
      <Shell>
        <NotFound locale={browserLocale()} />
      </Shell>
    );
  }
  return (
    <LocaleContext value={lang}>
      <Shell />
    </LocaleContext>
  );
}

function LocalizedNotFound() {
  return <NotFound locale={useLocale()} />;
}

/** Every route of the app, declared once; used by the browser router and by the prerender. */
export const routes: RouteObject[] = [
  { path: "/", element: <RootRedirect /> },
  {
    path: "/:lang",
    element: <LanguageLayout />,
    children: [
      { index: true, element: <Navigate to={PAGE_SEGMENTS.article} replace /> },
      { path: PAGE_SEGMENTS.article, element: <DocsPage /> },
      {
        element: <QueryLayout />,
        children: [
          { path: PAGE_SEGMENTS.diagnose, element: <DiagnosePage /> },
          { path: PAGE_SEGMENTS.upgrade, element: <UpgradePage /> },
          { path: PAGE_SEGMENTS.upgradeGuide, element: <UpgradeGuidePage /> },
          { path: PAGE_SEGMENTS.portfolio, element: <PortfolioPage /> },
        ],
      },
      { path: "*", element: <LocalizedNotFound /> },
    ],
  },
];
