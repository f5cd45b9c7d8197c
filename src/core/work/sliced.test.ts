import { describe, expect, it } from "vitest";
import { finish, inParts, type Sliced } from "./sliced";

/** Runs `work`, counting its pauses. */
function paused<R>(work: Sliced<R>): { result: R; pauses: number } {
  let pauses = 0;
  for (;;) {
    const step = work.next();
    if (step.done) return { result: step.value, pauses };
    pauses++;
  }
}

describe("work a piece at a time", () => {
  const lines = Array.from({ length: 1234 }, (_, at) => `line ${at}`);

  it("gathers lines into parts that join to the whole text", () => {
    expect(finish(inParts(lines, "\r\n", 500)).join("")).toBe(lines.join("\r\n") + "\r\n");
    expect(finish(inParts([], "\n"))).toEqual([]);
  });

  it("pauses after each part, and makes each line only when it is read", () => {
    let made = 0;
    function* counted() {
      for (const line of lines) {
        made++;
        yield line;
      }
    }
    const work = inParts(counted(), "\n", 500);
    work.next();
    expect(made).toBe(500);
    const rest = paused(work);
    expect(rest.pauses).toBe(1);
    expect(rest.result.map((part) => part.split("\n").length - 1)).toEqual([500, 500, 234]);
  });
});
