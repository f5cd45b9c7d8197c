/**
 * The page side of held pastes: a paste made on the Diagnose page before it listened was kept
 * by src/hold-paste.js (inline in the page) and is handed over here, once.
 */

/** The same name as in src/hold-paste.js (an inline script cannot import it). */
const LISTENER_EVENT = "api-change-desk:paste-listener";

export interface HeldPaste {
  text: string | null;
  file: File | null;
}

/** The page listens from now on; whatever was pasted before is handed over (once). */
export function startListening(): HeldPaste | null {
  let paste: HeldPaste | null = null;
  const take = (held: HeldPaste) => {
    paste = held;
  };
  document.dispatchEvent(new CustomEvent(LISTENER_EVENT, { detail: { listening: true, take } }));
  return paste;
}

export function stopListening(): void {
  document.dispatchEvent(new CustomEvent(LISTENER_EVENT, { detail: { listening: false } }));
}
