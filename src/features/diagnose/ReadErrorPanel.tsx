import { useEffect, useRef } from "react";
import type { ReadError } from "../../core/blueprint/model";
import { HARD_LIMIT_BYTES } from "../../core/blueprint/read";
import { formatMegabytes } from "../../core/locale/format";
import type { PanelWords } from "./panel-words";
import { withColon } from "../../core/locale/typeset";
import { foundText } from "./found-text";

interface Props extends PanelWords {
  error: ReadError;
  inputSize: number;
  /** The input is back in the text box (small) rather than only kept in the page (large). */
  inTextBox: boolean;
  onRetry: () => void;
}

/** A read error where the user looks: what, where (line, column, excerpt), how to fix it. */
export function ReadErrorPanel({ t, locale, error, inputSize, inTextBox, onRetry }: Props) {
  const panel = useRef<HTMLDivElement>(null);
  // A paste can happen anywhere on the page: bring the error to where the user looks.
  useEffect(() => {
    // Braces matter: newer browsers return a promise from scrollIntoView, not a cleanup.
    panel.current?.scrollIntoView({ block: "nearest", behavior: "smooth" });
  }, [error]);
  return (
    <div
      ref={panel}
      role="alert"
      className="rounded-lg border-2 border-red-700 bg-red-50 p-4 text-red-950 dark:border-red-400 dark:bg-red-950 dark:text-red-50"
    >
      <h2 className="text-lg font-bold">{t(`error.${error.code}.title`)}</h2>
      <p className="mt-1">
        {t(`error.${error.code}.body`, {
          line: error.line ?? "?",
          column: error.column ?? "?",
          size: formatMegabytes(locale, inputSize),
          limit: formatMegabytes(locale, HARD_LIMIT_BYTES),
        })}
      </p>
      {error.excerpt && (
        <figure className="mt-3">
          <figcaption className="text-sm font-semibold">{t("error.excerpt")}</figcaption>
          <pre className="mt-1 overflow-x-auto rounded bg-white p-2 font-mono text-sm text-slate-900 dark:bg-slate-900 dark:text-slate-100">
            {error.excerpt.text}
            {"\n"}
            <span className="text-red-700 dark:text-red-300">{error.excerpt.caret}</span>
          </pre>
        </figure>
      )}
      {error.hintCode && (
        <p className="mt-2">
          <strong>{withColon(locale, t("error.hint"))}</strong>{" "}
          {t(`hint.${error.hintCode}`, error.hintValues)}
        </p>
      )}
      {error.found && (
        <p className="mt-2">{t("error.found", { found: foundText(t, error.found) })}</p>
      )}
      <p className="mt-3 text-sm">{inTextBox ? t("error.keptBelow") : t("error.keptInPage")}</p>
      {!inTextBox && (
        <button
          type="button"
          onClick={onRetry}
          className="mt-2 rounded bg-red-800 px-3 py-1.5 text-sm font-medium text-white hover:bg-red-900 dark:bg-red-300 dark:text-red-950"
        >
          {t("error.retry")}
        </button>
      )}
    </div>
  );
}
