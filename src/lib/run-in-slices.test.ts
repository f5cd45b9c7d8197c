import { describe, expect, it } from "vitest";
import type { Sliced } from "../core/work/sliced";
import { runInSlices } from "./run-in-slices";

/** Work of `pieces` pieces of about 1 ms each. */
function* busy(pieces: number): Sliced<number> {
  for (let piece = 0; piece < pieces; piece++) {
    const until = performance.now() + 1;
    while (performance.now() < until);
    yield;
  }
  return pieces;
}

describe("runInSlices", () => {
  it("returns the work's result", async () => {
    expect(await runInSlices(busy(3))).toBe(3);
  });

  it("lets other tasks run while long work goes on", async () => {
    const gaps: number[] = [];
    let last = performance.now();
    let ticking = true;
    const tick = () => {
      const now = performance.now();
      gaps.push(now - last);
      last = now;
      if (ticking) setTimeout(tick, 0);
    };
    setTimeout(tick, 0);
    const result = await runInSlices(busy(200)); // about 200 ms of work
    ticking = false;
    expect(result).toBe(200);
    // A timer set before the work ran many times during it: the work left the thread free.
    expect(gaps.length).toBeGreaterThan(5);
  });
});
