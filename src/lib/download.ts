/**
 * Saves text made in the page as a file, through a temporary link (no network: the data is a
 * blob of this page). The text comes in parts, encoded in slices (a plan of 100,000 modules is
 * tens of megabytes).
 */
import type { Sliced } from "../core/work/sliced";
import { runInSlices } from "./run-in-slices";

export async function downloadParts(
  parts: readonly string[],
  fileName: string,
  type: string,
): Promise<void> {
  const bytes = await runInSlices(encoded(parts));
  const url = URL.createObjectURL(new Blob(bytes as BlobPart[], { type }));
  const link = document.createElement("a");
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

/** The parts as UTF-8, a part at a time (the Blob would encode them all in one go). */
function* encoded(parts: readonly string[]): Sliced<Uint8Array[]> {
  const encoder = new TextEncoder();
  const bytes: Uint8Array[] = [];
  for (const text of parts) {
    bytes.push(encoder.encode(text));
    yield;
  }
  return bytes;
}
