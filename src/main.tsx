import { whenIdleOrInteraction } from "./app/when-idle";

// The first script of every page (loaded by src/app-loader.js), kept small.

const container = document.getElementById("root");
if (!container) throw new Error("index.html has no #root element");

if (container.hasChildNodes()) {
  // A prerendered article: already readable, its links and language menu working (and keeping
  // the reader's place: src/keep-place.js). Its few
  // interactive parts (theme, table of contents, copy-link buttons, update notice) are hydrated
  // when the browser is idle or at the first interaction, without the router
  // (docs/decisions/0017-article-hydrates-its-parts.md).
  whenIdleOrInteraction(() => {
    void import("./features/docs/islands").then(({ hydrateArticleParts }) => hydrateArticleParts());
  });
} else {
  void import("./app/start").then(({ startApp }) => startApp(container));
}
