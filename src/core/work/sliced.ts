/**
 * Work done a piece at a time: a generator that yields between pieces and returns its result.
 * The page runs it in slices between which the browser stays responsive (lib/run-in-slices);
 * the command line and the tests run it through at once (`finish`). An export of a
 * 100,000-module plan was one task of 400–600 ms.
 */
export type Sliced<R> = Generator<void, R, void>;

/** Runs `work` to its end, at once. */
export function finish<R>(work: Sliced<R>): R {
  for (;;) {
    const step = work.next();
    if (step.done) return step.value;
  }
}

/**
 * Lines of text gathered into parts of `size` lines, each line followed by `end`, with a pause
 * after each part: the parts joined are the whole text. The lines are made as they are read.
 */
export function* inParts(lines: Iterable<string>, end: string, size = 500): Sliced<string[]> {
  const parts: string[] = [];
  let part: string[] = [];
  for (const line of lines) {
    if (part.push(line) < size) continue;
    parts.push(part.join(end) + end);
    part = [];
    yield;
  }
  if (part.length > 0) parts.push(part.join(end) + end);
  return parts;
}
