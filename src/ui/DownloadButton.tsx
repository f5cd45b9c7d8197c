import { downloadText } from "../lib/download";
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
  /** The file's text, made when the button is pressed. */
  content: () => string;
  variant?: ButtonVariant;
  size?: ButtonSize;
  className?: string;
}

/** A button that saves a file made in the page (nothing is fetched or sent). */
export function DownloadButton({ label, fileName, content, ...look }: Props) {
  const kind = fileName.slice(fileName.lastIndexOf(".") + 1) as keyof typeof TYPES;
  return (
    <Button
      {...look}
      onClick={() =>
        // The byte order mark lets spreadsheet programs read a CSV file as UTF-8.
        downloadText(`${kind === "csv" ? "\uFEFF" : ""}${content()}`, fileName, TYPES[kind])
      }
    >
      {label}
    </Button>
  );
}
