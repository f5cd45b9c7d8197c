import type { ReactNode, Ref } from "react";

interface Props {
  summary: ReactNode;
  children: ReactNode;
  /** Which edge of the button the open panel lines up with. */
  align: "start" | "end";
  className?: string;
  ref?: Ref<HTMLDetailsElement>;
}

/**
 * A small drop-down menu of the header on narrow screens: a native <details>, so it opens and
 * closes before any script runs (the prerendered article is not hydrated there).
 */
export function Disclosure({ summary, children, align, className = "", ref }: Props) {
  return (
    <details ref={ref} className={`group relative ${className}`}>
      <summary className="flex cursor-pointer list-none items-center gap-1 rounded px-2 py-1.5 text-sm text-slate-700 hover:bg-slate-100 dark:text-slate-200 dark:hover:bg-slate-800 [&::-webkit-details-marker]:hidden">
        {summary}
        <svg
          aria-hidden="true"
          viewBox="0 0 12 12"
          className="size-3 transition-transform group-open:rotate-180"
        >
          <path d="M2.5 4.5 6 8l3.5-3.5" fill="none" stroke="currentColor" strokeWidth="1.5" />
        </svg>
      </summary>
      <div
        className={`absolute top-full z-40 mt-2 min-w-44 rounded-md border border-slate-200 bg-white p-2 shadow-lg dark:border-slate-700 dark:bg-slate-900 ${
          align === "end" ? "end-0" : "start-0"
        }`}
      >
        {children}
      </div>
    </details>
  );
}
