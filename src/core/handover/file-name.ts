/**
 * Names of the files the exports save: made from the document's own title in the reader's
 * language ("Plan de mise à niveau : Orders" → `plan-de-mise-a-niveau-orders.md`), so a file
 * is named in the language it is written in, with no separate word to translate.
 */

/** Letters, digits and dashes only: accents dropped, everything else removed. */
export function fileSlug(title: string): string {
  const slug = title
    .normalize("NFKD")
    .replace(/[^\w\s-]/g, "")
    .trim()
    .replace(/[\s_-]+/g, "-")
    .toLowerCase()
    .slice(0, 80)
    .replace(/-$/, "");
  return slug || "export";
}

export type ExportExtension = "md" | "csv";

export function exportFileName<E extends ExportExtension>(
  title: string,
  extension: E,
): `${string}.${E}` {
  return `${fileSlug(title)}.${extension}`;
}
