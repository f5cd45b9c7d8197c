import { Navigate, useParams, type RouteObject } from "react-router";
import { LocaleContext } from "../i18n/locale-context";
import { isLocale } from "../i18n/locales";
import { browserLocale, useLocale } from "../i18n/useT";
import { lazy } from "react";
import { NotFound } from "./NotFound";
import { Shell } from "./Shell";

// Each page is its own chunk, downloaded when its route first opens.
const DocsPage = lazy(() => import("../features/docs/DocsPage"));
const DiagnosePage = lazy(() => import("../features/diagnose/DiagnosePage"));
const UpgradePage = lazy(() => import("../features/upgrade/UpgradePage"));
const UpgradeGuidePage = lazy(() => import("../features/upgrade/UpgradeGuidePage"));
const QueryLayout = lazy(() => import("./QueryLayout"));

/** `/` → the reader's language. */
function RootRedirect() {
  return <Navigate to={`/${browserLocale()}/docs/api-overview`} replace />;
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
      { index: true, element: <Navigate to="docs/api-overview" replace /> },
      { path: "docs/api-overview", element: <DocsPage /> },
      {
        element: <QueryLayout />,
        children: [
          { path: "diagnose", element: <DiagnosePage /> },
          { path: "upgrade", element: <UpgradePage /> },
          { path: "upgrade/guide", element: <UpgradeGuidePage /> },
        ],
      },
      { path: "*", element: <LocalizedNotFound /> },
    ],
  },
];
