import type { ReactNode } from "react";

/** The parts of a prerendered article that are hydrated on their own (features/docs/islands.tsx). */
export type IslandName = "theme" | "toc" | "translation-notice" | "copy-link";

interface Props {
  name: IslandName;
  /** What the part needs to render again as it was, kept in data-* attributes. */
  data?: Record<string, string>;
  /** The marker's own box where the part needs one (a margin, a sticky column); else none. */
  className?: string;
  children: ReactNode;
}

/**
 * Marks a part of the page that React may hydrate by itself, without the rest of the page (and
 * without the router). By default `display: contents`: the marker adds no box.
 */
export function Island({ name, data = {}, className = "contents", children }: Props) {
  const attributes = Object.fromEntries(
    Object.entries(data).map(([key, value]) => [`data-${key}`, value]),
  );
  return (
    <div data-island={name} {...attributes} className={className}>
      {children}
    </div>
  );
}
