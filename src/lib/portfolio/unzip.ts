/**
 * The `.json` files inside a zip of exports, read with fflate (small, no dependencies, no worker
 * of its own: the CSP allows only same-origin workers, and this already runs in one). Stops at the
 * count and size limits and says which one it hit.
 */
import { unzipSync } from "fflate";
import { MAX_FILES, MAX_UNZIPPED_BYTES, MAX_ZIP_BYTES } from "./limits";
import type { ZipPart, ZipProblem } from "./protocol";

const isBlueprintName = (name: string) =>
  name.toLowerCase().endsWith(".json") && !name.startsWith("__MACOSX/") && !name.endsWith("/");

export function unzipBlueprints(zip: Uint8Array): { parts: ZipPart[]; problem: ZipProblem | null } {
  if (zip.byteLength > MAX_ZIP_BYTES) return { parts: [], problem: "too-large" };
  let count = 0;
  let total = 0;
  let problem: ZipProblem | null = null;
  let files: Record<string, Uint8Array>;
  try {
    files = unzipSync(zip, {
      filter: (file) => {
        if (!isBlueprintName(file.name) || problem) return false;
        if (count + 1 > MAX_FILES) problem = "too-many";
        else if (total + file.originalSize > MAX_UNZIPPED_BYTES) problem = "too-large";
        if (problem) return false;
        count += 1;
        total += file.originalSize;
        return true;
      },
    });
  } catch {
    return { parts: [], problem: "unreadable" };
  }
  const parts = Object.entries(files)
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([fileName, bytes]) => ({ fileName, bytes }));
  return { parts, problem };
}
