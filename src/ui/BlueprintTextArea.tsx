import type { Ref, TextareaHTMLAttributes } from "react";

interface Props extends TextareaHTMLAttributes<HTMLTextAreaElement> {
  id: string;
  label: string;
  ref?: Ref<HTMLTextAreaElement>;
}

/**
 * A labelled box to paste a blueprint into: monospace, five rows, no spell-checking (a
 * blueprint is JSON, not words). `className` adds to the box's own look (a margin).
 */
export function BlueprintTextArea({ id, label, className = "", ...textarea }: Props) {
  return (
    <>
      <label htmlFor={id} className="block text-sm font-medium">
        {label}
      </label>
      <textarea
        id={id}
        rows={5}
        spellCheck={false}
        {...textarea}
        className={`w-full rounded border border-slate-300 bg-white p-2 font-mono text-sm dark:border-slate-600 dark:bg-slate-900 ${className}`}
      />
    </>
  );
}
