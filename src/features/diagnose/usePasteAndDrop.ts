/**
 * Paste anywhere on the page and drop a file anywhere on it. A paste is read straight from the
 * clipboard event and never lands in a text box (megabytes in a textarea freeze the tab); only
 * a short paste into the blueprint text box is left to the browser, for editing.
 */
import { useCallback, useEffect } from "react";
import { startListening, stopListening } from "../../lib/held-paste";
import { useFileDrop } from "../../lib/useFileDrop";

/** Up to this many characters, a paste into the text box stays there to be edited. */
export const TEXTAREA_PASTE_LIMIT = 20_000;

interface Handlers {
  onText: (text: string) => void;
  onFile: (file: File) => void;
  /** The text box whose short pastes are left alone. */
  textarea: () => HTMLTextAreaElement | null;
}

function isOtherField(target: EventTarget | null, textarea: HTMLTextAreaElement | null): boolean {
  if (!(target instanceof HTMLElement) || target === textarea) return false;
  return target.isContentEditable || target.matches("input, textarea, select");
}

export function usePasteAndDrop({ onText, onFile, textarea }: Handlers): { dragging: boolean } {
  const { dragging } = useFileDrop(
    useCallback(
      (data: DataTransfer) => {
        const file = data.files[0];
        if (file) onFile(file);
      },
      [onFile],
    ),
  );

  useEffect(() => {
    const onPaste = (event: ClipboardEvent) => {
      const box = textarea();
      if (!event.clipboardData || isOtherField(event.target, box)) return;
      const file = event.clipboardData.files[0];
      if (file) {
        event.preventDefault();
        onFile(file);
        return;
      }
      const text = event.clipboardData.getData("text/plain");
      if (event.target === box && text.length <= TEXTAREA_PASTE_LIMIT) return;
      event.preventDefault();
      onText(text);
    };

    document.addEventListener("paste", onPaste);
    const early = startListening();
    if (early?.file) onFile(early.file);
    else if (early?.text) onText(early.text);
    return () => {
      stopListening();
      document.removeEventListener("paste", onPaste);
    };
  }, [onText, onFile, textarea]);

  return { dragging };
}
