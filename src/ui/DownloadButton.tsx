import { useState } from "react";
import type { Sliced } from "../core/work/sliced";
import { downloadParts } from "../lib/download";
import { runInSlices } from "../lib/run-in-slices";
import { Button, type ButtonSize, type ButtonVariant } from "./Button";

const TYPES = {
  md: "text/markdown;charset=utf-8",
  csv: "text/csv;charset=utf-8",
  json: "application/json",
} as const;

interface Props {
  label: string;
  /** Its extension says what the file is: `.md`, `.csv` or `.json`. */
  fileName: `${string}.${keyof typeof TYPES}`;
  /** The file's text, made when the button is pressed: at once, or in parts a piece at a time. */
  content: () => string | Sliced<string[]>;
  variant?: ButtonVariant;
  size?: ButtonSize;
  className?: string;
}

/** A button that saves a file made in the page (nothing is fetched or sent). */
export function DownloadButton({ label, fileName, content, ...look }: Props) {
  const [making, setMaking] = useState(false);
  const kind = fileName.slice(fileName.lastIndexOf(".") + 1) as keyof typeof TYPES;
  const save = async () => {
    if (making) return; // a second press while the file is made
    setMaking(true);
    try {
      const made = content();
      const parts = typeof made === "string" ? [made] : await runInSlices(made);
      // The byte order mark lets spreadsheet programs read a CSV file as UTF-8.
      await downloadParts(kind === "csv" ? ["\uFEFF", ...parts] : parts, fileName, TYPES[kind]);
    } finally {
      setMaking(false);
    }
  };
  return (
    <Button {...look} aria-busy={making} onClick={() => void save()}>
      {label}
    </Button>
  );
}
