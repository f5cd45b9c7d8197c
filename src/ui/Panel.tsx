import { useId, type ReactNode } from "react";

interface Props {
  title: string;
  /** A line under the title saying what the panel is for. */
  intro?: ReactNode;
  /** Classes of the section (margins, print). */
  className?: string;
  /** "sm" for a side panel: a smaller title and intro. */
  size?: "sm" | "md";
  children: ReactNode;
}

const TITLE = { sm: "text-lg font-semibold", md: "text-xl font-semibold" };
const INTRO = { sm: "text-sm", md: "max-w-prose" };

/**
 * A titled part of a page: a section named by its heading, so a screen reader lists it as a
 * region ("Hand over the plan", "Verify the upgrade") and a keyboard user can jump to it.
 */
export function Panel({ title, intro, className = "", size = "md", children }: Props) {
  const id = useId();
  return (
    <section aria-labelledby={id} className={className}>
      <h2 id={id} className={TITLE[size]}>
        {title}
      </h2>
      {intro !== undefined && (
        <p className={`mt-1 text-slate-700 dark:text-slate-300 ${INTRO[size]}`}>{intro}</p>
      )}
      {children}
    </section>
  );
}
