/**
 * The section the reader is looking at: the last of the headings whose top has crossed the top
 * third of the viewport. Used by the table of contents (aria-current) and, read from the page at
 * click time, by the language links to keep the reader's place (also before React has hydrated).
 */
export function sectionInView(headings: Iterable<Element>): string | null {
  const line = window.innerHeight / 3;
  let current: string | null = null;
  for (const heading of headings) {
    if (heading.getBoundingClientRect().top <= line) current = heading.id;
  }
  return current;
}

/** The article section in view now (its H2 ids are shared by every language). */
export function readingAnchor(): string | null {
  return sectionInView(document.querySelectorAll("article h2[id]"));
}
