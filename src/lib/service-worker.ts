/**
 * Registers the service worker that vite-plugin-pwa generates (dist/sw.js: every built file
 * precached, so the app works offline after a first visit) and reports a new version once it is
 * installed and waiting. Hand-written instead of workbox-window: the article's first load stays
 * small, and this is all the app needs from it.
 */
export function registerServiceWorker(onUpdateReady: (activate: () => void) => void): void {
  if (!("serviceWorker" in navigator)) return;
  navigator.serviceWorker
    .register("/sw.js", { scope: "/" })
    .then((registration) => {
      const offer = (worker: ServiceWorker) =>
        onUpdateReady(() => {
          // The page reloads once the new worker has taken over.
          navigator.serviceWorker.addEventListener(
            "controllerchange",
            () => window.location.reload(),
            {
              once: true,
            },
          );
          worker.postMessage({ type: "SKIP_WAITING" });
        });
      // A new version may already be waiting from an earlier visit.
      if (registration.waiting && navigator.serviceWorker.controller) offer(registration.waiting);
      registration.addEventListener("updatefound", () => {
        const installing = registration.installing;
        installing?.addEventListener("statechange", () => {
          // Installed while another version controls the page: an update, not the first install.
          if (installing.state === "installed" && navigator.serviceWorker.controller)
            offer(installing);
        });
      });
    })
    .catch(() => {
      // No service worker (private mode, disabled): the app works online as before.
    });
}
