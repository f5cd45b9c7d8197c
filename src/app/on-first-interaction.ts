const INTERACTIONS = [
  "pointerdown",
  "keydown",
  "focusin",
  "touchstart",
  "wheel",
  "scroll",
] as const;

/**
 * Runs `start` once, at the reader's first interaction (a pointer, a key, focus, touch, wheel or
 * scroll), or at once if the page did not open at its top (a #section, a restored position).
 * Returns `start` guarded, for other reasons to start early.
 */
export function onFirstInteraction(start: () => void): () => void {
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
  if (window.scrollY > 0) once();
  return once;
}
