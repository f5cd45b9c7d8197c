/**
 * Runs work made a piece at a time (core/work/sliced) in slices of a few milliseconds, with the
 * browser free between them to paint and answer the user: no long task, however big the work.
 */
import type { Sliced } from "../core/work/sliced";

/** About this long per slice: a frame keeps time for the page's own work. */
const SLICE_MS = 10;

export async function runInSlices<R>(work: Sliced<R>): Promise<R> {
  for (;;) {
    const until = performance.now() + SLICE_MS;
    for (;;) {
      const step = work.next();
      if (step.done) return step.value;
      if (performance.now() >= until) break;
    }
    await nextTask();
  }
}

/** A new task, at once: a message on a channel of its own (timers wait 4 ms after a few). */
function nextTask(): Promise<void> {
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });
}
