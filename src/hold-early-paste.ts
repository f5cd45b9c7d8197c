/**
 * Installed by the first script (src/main.tsx): a paste on the Diagnose page before the page
 * listens (its code still loading, or rendered but its listeners not yet attached) is held, not
 * lost, and handed to the page when it starts listening (src/lib/held-paste.ts).
 *
 * It shares no module with the page on purpose: a module both import would be bundled into the
 * entry chunk, and the page would then depend on the entry's inlined stylesheet. The two talk
 * through one document event, whose name is written in both files.
 */
const LISTENER_EVENT = "api-change-desk:paste-listener";
/** The Diagnose route, /:lang/diagnose (src/lib/paths.ts). */
const DIAGNOSE_PATH = /^\/[a-z]{2}\/diagnose\/?$/;

interface ListenerDetail {
  listening: boolean;
  /** Given when the page starts listening: receives what was held. */
  take?: (paste: { text: string | null; file: File | null }) => void;
}

export function holdEarlyPastes(): void {
  let held: { text: string | null; file: File | null } | null = null;
  let pageListening = false;
  document.addEventListener("paste", (event) => {
    if (pageListening || !event.clipboardData) return;
    if (!DIAGNOSE_PATH.test(window.location.pathname)) return;
    const file = event.clipboardData.files[0] ?? null;
    const text = file ? null : event.clipboardData.getData("text/plain");
    if (!file && !text) return;
    event.preventDefault();
    held = { text, file };
  });
  document.addEventListener(LISTENER_EVENT, (event) => {
    const { listening, take } = (event as CustomEvent<ListenerDetail>).detail;
    pageListening = listening;
    if (listening && held && take) take(held);
    held = null;
  });
}
