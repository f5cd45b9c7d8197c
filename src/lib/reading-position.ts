/**
 * The section the reader is looking at: the last of the headings whose top has crossed the top
 * third of the viewport. Used by the table of contents (aria-current); src/keep-place.js applies
 * the same rule at click time to keep the reader's place across languages, so keep them in step.
 */
export function sectionInView(headings: Iterable<Element>): string | null {
  const line = window.innerHeight / 3;
  let current: string | null = null;
  for (const heading of headings) {
    if (heading.getBoundingClientRect().top <= line) current = heading.id;
  }
  return current;
}
