/**
 * The section the reader is looking at, kept by the docs page as they scroll, so that the
 * language menu can keep them there even when the address has no #hash yet.
 */
let currentAnchor: string | null = null;

export function setReadingAnchor(id: string | null): void {
  currentAnchor = id;
}

export function readingAnchor(): string | null {
  return currentAnchor;
}
