import { StrictMode } from "react";
import { createRoot, hydrateRoot } from "react-dom/client";
import { createBrowserRouter } from "react-router";
import { RouterProvider } from "react-router/dom";
import { routes } from "./app/routes";
import { preloadPrerenderedPage } from "./app/hydrate";
import { keepPlaceOnLanguageLinks } from "./ui/LanguageMenu";
import { holdEarlyPaste } from "./lib/held-paste";
import "./styles.css";

// Before hydration too: a language link keeps the section being read.
document.addEventListener("click", keepPlaceOnLanguageLinks, true);
// Before the Diagnose page listens: a paste is held for it, never dropped.
document.addEventListener("paste", holdEarlyPaste);

const container = document.getElementById("root");
if (!container) throw new Error("index.html has no #root element");

const router = createBrowserRouter(routes);
const app = (
  <StrictMode>
    <RouterProvider router={router} />
  </StrictMode>
);

// Prerendered pages (the article in each language) arrive with their HTML: hydrate it in place.
if (container.hasChildNodes()) {
  void preloadPrerenderedPage(window.location.pathname).finally(() => hydrateRoot(container, app));
} else {
  createRoot(container).render(app);
}
