const INTERACTIONS = ["pointerdown", "keydown", "focusin", "touchstart"] as const;

/**
 * Runs `start` once: when the browser is first idle after the page has loaded, or at the
 * reader's first interaction if that comes sooner. For work the first paint must not wait on.
 */
export function whenIdleOrInteraction(start: () => void): void {
  let started = false;
  const once = () => {
    if (started) return;
    started = true;
    for (const type of INTERACTIONS) window.removeEventListener(type, once, true);
    start();
  };
  for (const type of INTERACTIONS) {
    window.addEventListener(type, once, { capture: true, passive: true });
  }
  const onIdle = () => {
    if ("requestIdleCallback" in window) window.requestIdleCallback(once, { timeout: 2000 });
    else setTimeout(once, 200);
  };
  if (document.readyState === "complete") onIdle();
  else window.addEventListener("load", onIdle, { once: true });
}
