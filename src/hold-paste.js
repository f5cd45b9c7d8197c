// Holds a paste made on the Diagnose page before the page listens (its code still loading, or
// rendered but its listeners not yet attached) and hands it to the page when it starts listening
// (src/lib/held-paste.ts), so a paste is never lost. Inline in every page
// (scripts/vite-plugin-first-paint.ts), so that it works from the first moment; the two talk
// through one document event, whose name is written in both files.
(function () {
  var held = null;
  var pageListening = false;
  document.addEventListener("paste", function (event) {
    if (pageListening || !event.clipboardData) return;
    // The Diagnose route, /:lang/diagnose (src/lib/paths.ts).
    if (!/^\/[a-z]{2}\/diagnose\/?$/.test(window.location.pathname)) return;
    var file = event.clipboardData.files[0] || null;
    var text = file ? null : event.clipboardData.getData("text/plain");
    if (!file && !text) return;
    event.preventDefault();
    held = { text: text, file: file };
  });
  document.addEventListener("api-change-desk:paste-listener", function (event) {
    pageListening = event.detail.listening;
    if (pageListening && held && event.detail.take) event.detail.take(held);
    held = null;
  });
})();
