import { describe, expect, it } from "vitest";
import { directionOf, nextInDirection } from "./keyboard";

// a b c on a row; d under b; e far right, slightly lower
const positions = new Map([
  ["a", { x: 0, y: 0 }],
  ["b", { x: 100, y: 0 }],
  ["c", { x: 200, y: 0 }],
  ["d", { x: 100, y: 100 }],
  ["e", { x: 400, y: 30 }],
]);

describe("nextInDirection", () => {
  it("moves along a row", () => {
    expect(nextInDirection("a", "right", positions)).toBe("b");
    expect(nextInDirection("c", "left", positions)).toBe("b");
  });

  it("moves between rows", () => {
    expect(nextInDirection("b", "down", positions)).toBe("d");
    expect(nextInDirection("d", "up", positions)).toBe("b");
  });

  it("prefers the module straight ahead", () => {
    expect(nextInDirection("d", "right", positions)).toBe("c");
  });

  it("stays put at an edge or for an unknown module", () => {
    expect(nextInDirection("a", "left", positions)).toBeNull();
    expect(nextInDirection("zz", "left", positions)).toBeNull();
  });

  it("maps only arrow keys to directions", () => {
    expect(directionOf("ArrowUp")).toBe("up");
    expect(directionOf("Enter")).toBeNull();
  });
});
