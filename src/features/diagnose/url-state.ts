/**
 * What the Diagnose page keeps in its address: the filters and the selected module, so a view
 * can be reloaded or shared. Of the blueprint, only the selected module's key (its id, or a
 * path index): kept whatever its characters (URLSearchParams encodes it), and used only to look
 * that module up, never shown from the address.
 */
import { SEVERITIES, type Confidence, type Severity } from "../../core/analysis/report";

export interface DiagnoseView {
  /** Severities shown; all of them when the address names none. */
  severities: Severity[];
  confidence: Confidence | "all";
  module: string | null;
}

export const DEFAULT_VIEW: DiagnoseView = {
  severities: [...SEVERITIES],
  confidence: "all",
  module: null,
};

const isSeverity = (value: string): value is Severity =>
  (SEVERITIES as readonly string[]).includes(value);

export function parseView(params: URLSearchParams): DiagnoseView {
  const listed = (params.get("severity") ?? "").split(",").filter(isSeverity);
  const confidence = params.get("confidence");
  const module = params.get("module");
  return {
    // Keep the canonical order whatever order the address lists them in.
    severities: listed.length > 0 ? SEVERITIES.filter((s) => listed.includes(s)) : [...SEVERITIES],
    confidence: confidence === "confirmed" || confidence === "likely" ? confidence : "all",
    module: module || null,
  };
}

/** The address parameters of a view; defaults are left out so plain addresses stay plain. */
export function viewParams(view: DiagnoseView, base = new URLSearchParams()): URLSearchParams {
  const params = new URLSearchParams(base);
  const all = view.severities.length === SEVERITIES.length || view.severities.length === 0;
  if (all) params.delete("severity");
  else params.set("severity", view.severities.join(","));
  if (view.confidence === "all") params.delete("confidence");
  else params.set("confidence", view.confidence);
  if (view.module === null) params.delete("module");
  else params.set("module", view.module);
  return params;
}
