import { onFirstInteraction } from "./app/on-first-interaction";
import { registerServiceWorker } from "./lib/service-worker";

// The first script of every page (loaded by src/app-loader.js), kept small.

const container = document.getElementById("root");
if (!container) throw new Error("index.html has no #root element");

if (container.hasChildNodes()) {
  // A prerendered article: already readable, its links, language menu (keeping the reader's
  // place: src/keep-place.js), page menu and theme switch (src/theme-init.js) working. Its few
  // React parts (table of contents, copy-link buttons, update notice) are hydrated, without the
  // router, once the reader does something with the page, or when a new version of the app is
  // ready to announce (docs/decisions/0011-article-hydrates-its-parts.md).
  const hydrate = onFirstInteraction(() => {
    void import("./features/docs/islands").then(({ hydrateArticleParts }) => hydrateArticleParts());
  });
  // Offline after the first visit, as on every page (the app's pages register it in
  // src/ui/UpdateNotice.tsx, which the hydrated article renders too).
  registerServiceWorker(hydrate);
} else {
  void import("./app/start").then(({ startApp }) => startApp(container));
}
