/**
 * A paste on the Diagnose page before the page is ready (its code still loading, or rendered
 * but its listeners not yet attached) is held here, not lost: a listener installed at startup
 * keeps it, and the page takes it as soon as it listens itself.
 */
import { isLocale } from "../core/locale/locales";
import { PAGE_SEGMENTS } from "./paths";

export interface HeldPaste {
  text: string | null;
  file: File | null;
}

let held: HeldPaste | null = null;
let pageListening = false;

/** Document-level paste listener, installed before the app renders (src/main.tsx). */
export function holdEarlyPaste(event: ClipboardEvent): void {
  if (pageListening || !event.clipboardData) return;
  const [, lang, ...page] = window.location.pathname.replace(/\/$/, "").split("/");
  if (!isLocale(lang) || page.join("/") !== PAGE_SEGMENTS.diagnose) return;
  const file = event.clipboardData.files[0] ?? null;
  const text = file ? null : event.clipboardData.getData("text/plain");
  if (!file && !text) return;
  event.preventDefault();
  held = { text, file };
}

/** The page listens from now on; whatever was pasted before is handed over (once). */
export function startListening(): HeldPaste | null {
  pageListening = true;
  const paste = held;
  held = null;
  return paste;
}

export function stopListening(): void {
  pageListening = false;
}
