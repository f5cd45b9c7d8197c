// The theme (system / light / dark), inline in every page so that it works from the first paint,
// before any other script: applies the remembered choice, shows it in the theme switch, saves
// and applies a new one, and follows the system's while the choice is "system". src/app/theme.ts
// has the same rules for the React side (it keeps its switch in step), so keep them in step.
(function () {
  var root = document.documentElement;
  var system = window.matchMedia("(prefers-color-scheme: dark)");
  function stored() {
    try {
      return localStorage.getItem("theme") || "system";
    } catch {
      return "system";
    }
  }
  function apply(theme) {
    var dark = theme === "dark" || (theme !== "light" && system.matches);
    root.classList.toggle("dark", dark);
    root.style.colorScheme = dark ? "dark" : "light";
  }
  apply(stored());
  system.addEventListener("change", function () {
    apply(stored());
  });
  document.addEventListener("DOMContentLoaded", function () {
    var current = document.querySelector('input[name="theme"][value="' + stored() + '"]');
    if (current) current.checked = true;
  });
  document.addEventListener("change", function (event) {
    var input = event.target;
    if (!(input instanceof HTMLInputElement) || input.name !== "theme") return;
    try {
      localStorage.setItem("theme", input.value);
    } catch {
      // storage full or disabled: the theme applies until the page is closed
    }
    apply(input.value);
  });
})();
