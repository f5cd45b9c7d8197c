// Applies the remembered theme before the first paint (see src/app/theme.ts for the same rule).
(function () {
  var theme = "system";
  try {
    theme = localStorage.getItem("theme") || "system";
  } catch {
    // storage disabled: follow the system
  }
  var dark =
    theme === "dark" ||
    (theme !== "light" && window.matchMedia("(prefers-color-scheme: dark)").matches);
  if (dark) document.documentElement.classList.add("dark");
  document.documentElement.style.colorScheme = dark ? "dark" : "light";
})();
