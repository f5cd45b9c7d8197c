// Loads the app's first script (src/main.tsx; the build puts its address in place of __ENTRY__).
// A prerendered article is complete without it: it is loaded once the page has loaded and the
// browser is idle, so that nothing competes with the first paint. Any other page (the app shell,
// rendered by the script) loads it as soon as the document is parsed.
document.addEventListener("DOMContentLoaded", function () {
  function start() {
    var script = document.createElement("script");
    script.type = "module";
    script.src = "__ENTRY__";
    document.head.appendChild(script);
  }
  var root = document.getElementById("root");
  if (!root || !root.hasChildNodes()) return start();
  window.addEventListener("load", function () {
    if ("requestIdleCallback" in window) window.requestIdleCallback(start, { timeout: 1000 });
    else setTimeout(start, 1);
  });
});
