/**
 * Paste anywhere on the page and drop a file anywhere on it. A paste is read straight from the
 * clipboard event and never lands in a text box (megabytes in a textarea freeze the tab); only
 * a short paste into the blueprint text box is left to the browser, for editing.
 */
import { useEffect, useState } from "react";
import { startListening, stopListening } from "../../lib/held-paste";

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
  const [dragging, setDragging] = useState(false);

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

    let depth = 0; // dragenter/leave fire for every child: count them to know when it leaves the page
    const hasFiles = (event: DragEvent) => event.dataTransfer?.types.includes("Files") ?? false;
    const onDragEnter = (event: DragEvent) => {
      if (!hasFiles(event)) return;
      depth += 1;
      setDragging(true);
    };
    const onDragLeave = (event: DragEvent) => {
      if (!hasFiles(event)) return;
      depth = Math.max(0, depth - 1);
      if (depth === 0) setDragging(false);
    };
    const onDragOver = (event: DragEvent) => {
      if (!hasFiles(event)) return;
      event.preventDefault(); // allows the drop
      if (event.dataTransfer) event.dataTransfer.dropEffect = "copy";
    };
    const onDrop = (event: DragEvent) => {
      const file = event.dataTransfer?.files[0];
      depth = 0;
      setDragging(false);
      if (!file) return;
      event.preventDefault(); // otherwise the browser opens the file in place of the app
      onFile(file);
    };

    document.addEventListener("paste", onPaste);
    window.addEventListener("dragenter", onDragEnter);
    window.addEventListener("dragleave", onDragLeave);
    window.addEventListener("dragover", onDragOver);
    window.addEventListener("drop", onDrop);
    const early = startListening();
    if (early?.file) onFile(early.file);
    else if (early?.text) onText(early.text);
    return () => {
      stopListening();
      document.removeEventListener("paste", onPaste);
      window.removeEventListener("dragenter", onDragEnter);
      window.removeEventListener("dragleave", onDragLeave);
      window.removeEventListener("dragover", onDragOver);
      window.removeEventListener("drop", onDrop);
    };
  }, [onText, onFile, textarea]);

  return { dragging };
}
