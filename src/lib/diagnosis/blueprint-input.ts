/** A blueprint as the user gave it: text the page holds, or a file the worker reads. */
import type { ExampleKind } from "../../core/examples/examples";

/** Inputs up to this many characters go back into the text box to be fixed there. */
export const TEXT_BOX_LIMIT = 200_000;

export type InputSource = "paste" | "drop" | "file" | "typed" | "example" | "saved";

export interface BlueprintInput {
  /** The text, when the page has it (paste, typing, example, restore). */
  text: string | null;
  /** The file, when one was dropped or opened, or a large one kept (read in the worker, once). */
  file: Blob | null;
  size: number;
  source: InputSource;
  example: ExampleKind | null;
}

export function textInput(
  text: string,
  source: InputSource,
  example: ExampleKind | null = null,
): BlueprintInput {
  return { text, file: null, size: text.length, source, example };
}

export function fileInput(file: Blob, source: "drop" | "file" | "saved"): BlueprintInput {
  return { text: null, file, size: file.size, source, example: null };
}
