// Shared with the portfolio page, so it lives in lib.
export { downloadText } from "../../lib/download";

/** A file name from a scenario name: letters, digits and dashes only. */
export function fileSlug(name: string | null): string {
  const slug = (name ?? "")
    .normalize("NFKD")
    .replace(/[^\w\s-]/g, "")
    .trim()
    .replace(/[\s_]+/g, "-")
    .toLowerCase()
    .slice(0, 60);
  return slug || "scenario";
}
