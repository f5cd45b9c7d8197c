// Keeps the reader's place when they follow a link to another language (the language menu, "Read
// this section in English"): the address's hash, or else the section being read, is added to the
// link at click time. Inline in every page (scripts/vite-plugin-first-paint.ts), so that it works
// from the first paint, before any other script. The section being read is the last article H2
// whose top has crossed the top third of the viewport: the rule of sectionInView in
// src/app/reading-position.ts, so keep them in step.
document.addEventListener(
  "click",
  function (event) {
    var link = event.target instanceof Element ? event.target.closest("a[hreflang]") : null;
    if (!(link instanceof HTMLAnchorElement) || !/^[a-z]{2}$/.test(link.hreflang)) return;
    var place = window.location.hash;
    if (!place) {
      var headings = document.querySelectorAll("article h2[id]");
      for (var i = 0; i < headings.length; i++) {
        if (headings[i].getBoundingClientRect().top <= window.innerHeight / 3)
          place = "#" + headings[i].id;
      }
    }
    var rest = window.location.pathname.replace(/^\/[^/]*/, "");
    link.href = "/" + link.hreflang + rest + window.location.search + place;
  },
  true,
);
