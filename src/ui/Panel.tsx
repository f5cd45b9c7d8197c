import { useId, type ReactNode } from "react";

interface Props {
  title: string;
  /** A line under the title saying what the panel is for. */
  intro?: ReactNode;
  /** Classes of the section (margins, print). */
  className?: string;
  /** Classes of the title (its size). */
  titleClassName?: string;
  introClassName?: string;
  children: ReactNode;
}

/**
 * A titled part of a page: a section named by its heading, so a screen reader lists it as a
 * region ("Hand over the plan", "Verify the upgrade") and a keyboard user can jump to it.
 */
export function Panel({
  title,
  intro,
  className = "",
  titleClassName = "text-xl font-semibold",
  introClassName = "text-slate-700 dark:text-slate-300",
  children,
}: Props) {
  const id = useId();
  return (
    <section aria-labelledby={id} className={className}>
      <h2 id={id} className={titleClassName}>
        {title}
      </h2>
      {intro !== undefined && <p className={`mt-1 ${introClassName}`}>{intro}</p>}
      {children}
    </section>
  );
}
