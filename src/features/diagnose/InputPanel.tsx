import { useId, type ReactNode, type RefObject } from "react";
import type { Example, ExampleKind } from "../../core/examples/examples";
import type { TranslateFn } from "../../i18n/useT";
import type { DiagnoseMessages } from "./messages/en";
import { buttonClass, FilePickerButton } from "../../ui/Button";
import { BlueprintTextArea } from "../../ui/BlueprintTextArea";

interface Props {
  t: TranslateFn<DiagnoseMessages>;
  examples: Example[];
  text: string;
  onTextChange: (text: string) => void;
  onCheckText: () => void;
  onFile: (file: File) => void;
  onExample: (kind: ExampleKind) => void;
  textareaRef: RefObject<HTMLTextAreaElement | null>;
  dragging: boolean;
  /** Size in MB of an input too large for the text box, kept in the page. */
  /** The input is kept in the page, not in the text box; its size when large. */
  kept: boolean;
  keptLargeMb: string | null;
  compact: boolean;
}

const button = buttonClass("secondary", "md", "font-medium");

/** Paste, drop, open, type, or try an example; the privacy line sits right here. */
export function InputPanel(props: Props) {
  const { t, examples, text, textareaRef, dragging } = props;
  const textareaId = useId();
  const shortcut =
    typeof navigator !== "undefined" && /Mac|iPhone|iPad/.test(navigator.platform)
      ? "⌘V"
      : "Ctrl+V";

  return (
    <section aria-labelledby="input-title" className="grid gap-4">
      <h2 id="input-title" className="sr-only">
        {t("input.title")}
      </h2>
      <div
        className={`rounded-lg border-2 border-dashed p-4 ${
          dragging
            ? "border-blue-600 bg-blue-50 dark:border-blue-400 dark:bg-blue-950"
            : "border-slate-300 dark:border-slate-700"
        }`}
      >
        <p className="font-medium">
          {dragging ? t("input.dropActive") : t("input.paste", { shortcut })}
        </p>
        <p className="mt-1 text-sm text-slate-700 dark:text-slate-300">{t("input.drop")}</p>
        <div className="mt-3 flex flex-wrap items-center gap-3">
          <FilePickerButton
            label={t("input.open")}
            onFile={props.onFile}
            testId="blueprint-file"
            className="font-medium"
          />
          {props.kept && (
            <span className="text-sm text-slate-700 dark:text-slate-300">
              {props.keptLargeMb ? t("input.large", { size: props.keptLargeMb }) : t("input.kept")}
            </span>
          )}
        </div>
        <p className="mt-3 flex items-start gap-2 text-sm text-emerald-800 dark:text-emerald-300">
          <svg
            aria-hidden="true"
            viewBox="0 0 16 16"
            className="mt-0.5 h-4 w-4 shrink-0 fill-current"
          >
            <path d="M4 7V5a4 4 0 1 1 8 0v2h1v8H3V7h1Zm2 0h4V5a2 2 0 1 0-4 0v2Z" />
          </svg>
          <span>{t("privacy.line")}</span>
        </p>
      </div>

      <MaybeFolded folded={props.compact} label={t("result.another")}>
        <div className="grid gap-2">
          <BlueprintTextArea
            id={textareaId}
            label={t("input.textareaLabel")}
            ref={textareaRef}
            value={text}
            onChange={(event) => props.onTextChange(event.currentTarget.value)}
            autoComplete="off"
          />
          <div>
            <button
              type="button"
              className={button}
              disabled={text.trim() === ""}
              onClick={props.onCheckText}
            >
              {t("input.check")}
            </button>
          </div>
        </div>

        <div>
          <h2 className="text-base font-semibold">{t("examples.title")}</h2>
          <p className="text-sm text-slate-700 dark:text-slate-300">{t("examples.note")}</p>
          <ul className="mt-2 flex flex-wrap gap-2">
            {examples.map((example) => (
              <li key={example.kind}>
                <button
                  type="button"
                  className={button}
                  onClick={() => props.onExample(example.kind)}
                >
                  {t(`examples.${example.kind}`, { app: example.appName ?? "" })}
                </button>
              </li>
            ))}
          </ul>
        </div>
      </MaybeFolded>
    </section>
  );
}

/** Once a result is shown, typing and examples fold away under "Check another blueprint". */
function MaybeFolded({
  folded,
  label,
  children,
}: {
  folded: boolean;
  label: string;
  children: ReactNode;
}) {
  if (!folded) return <div className="grid gap-4">{children}</div>;
  return (
    <details className="rounded-lg border border-slate-200 p-3 dark:border-slate-700">
      <summary className="cursor-pointer font-medium">{label}</summary>
      <div className="mt-3 grid gap-4">{children}</div>
    </details>
  );
}
