import { keepPlaceOnLanguageLinks } from "./app/language-links";
import { whenIdleOrInteraction } from "./app/when-idle";

// The first script of every page, kept small. From the start, a language link keeps the section
// being read (the article's links are plain links: they work before any React).
document.addEventListener("click", keepPlaceOnLanguageLinks, true);

const container = document.getElementById("root");
if (!container) throw new Error("index.html has no #root element");

if (container.hasChildNodes()) {
  // A prerendered article: already readable, its links and language menu working. Its few
  // interactive parts (theme, table of contents, copy-link buttons, update notice) are hydrated
  // when the browser is idle or at the first interaction, without the router
  // (docs/decisions/0017-article-hydrates-its-parts.md).
  whenIdleOrInteraction(() => {
    void import("./features/docs/islands").then(({ hydrateArticleParts }) => hydrateArticleParts());
  });
} else {
  void import("./app/start").then(({ startApp }) => startApp(container));
}
