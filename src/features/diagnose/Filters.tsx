import { SEVERITIES, type Severity } from "../../core/analysis/report";
import { severityName } from "../../core/analysis/severity-words";
import type { Locale } from "../../core/locale/locales";
import type { TranslateFn } from "../../i18n/useT";
import type { DiagnoseMessages } from "./messages/en";
import type { DiagnoseView } from "./url-state";

interface Props {
  t: TranslateFn<DiagnoseMessages>;
  locale: Locale;
  view: DiagnoseView;
  counts: Record<Severity, number>;
  onChange: (view: DiagnoseView) => void;
}

/** Severity check boxes and a confidence choice; both live in the address. */
export function Filters({ t, locale, view, counts, onChange }: Props) {
  const toggle = (severity: Severity) => {
    const on = view.severities.includes(severity);
    if (on && view.severities.length === 1) return; // an empty filter would hide everything
    const severities = on
      ? view.severities.filter((s) => s !== severity)
      : SEVERITIES.filter((s) => s === severity || view.severities.includes(s));
    onChange({ ...view, severities });
  };
  return (
    <div className="flex flex-wrap gap-x-6 gap-y-2 text-sm">
      <fieldset className="flex flex-wrap items-center gap-x-3 gap-y-1">
        <legend className="float-left me-2 font-semibold">{t("filters.severity")}</legend>
        {SEVERITIES.map((severity) => (
          <label key={severity} className="flex items-center gap-1">
            <input
              type="checkbox"
              checked={view.severities.includes(severity)}
              onChange={() => toggle(severity)}
              className="accent-blue-700"
            />
            {severityName(locale, severity)} ({counts[severity]})
          </label>
        ))}
      </fieldset>
      <fieldset className="flex flex-wrap items-center gap-x-3 gap-y-1">
        <legend className="float-left me-2 font-semibold">{t("filters.confidence")}</legend>
        {(["all", "confirmed", "likely"] as const).map((confidence) => (
          <label key={confidence} className="flex items-center gap-1">
            <input
              type="radio"
              name="confidence"
              checked={view.confidence === confidence}
              onChange={() => onChange({ ...view, confidence })}
              className="accent-blue-700"
            />
            {t(`filters.${confidence}`)}
          </label>
        ))}
      </fieldset>
    </div>
  );
}
