import { useSyncExternalStore } from "react";

/** Follows the app's theme (the `dark` class on <html>) so the picture matches the page. */
function subscribe(onChange: () => void): () => void {
  const observer = new MutationObserver(onChange);
  observer.observe(document.documentElement, { attributes: true, attributeFilter: ["class"] });
  return () => observer.disconnect();
}

const isDark = () => document.documentElement.classList.contains("dark");

export function useColorMode(): "dark" | "light" {
  return useSyncExternalStore(subscribe, isDark, () => false) ? "dark" : "light";
}
