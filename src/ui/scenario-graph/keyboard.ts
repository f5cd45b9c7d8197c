/**
 * Arrow-key movement between modules of the picture: the nearest module in the pressed
 * direction, favouring ones straight ahead over ones off to the side.
 */
export type Direction = "left" | "right" | "up" | "down";

const KEYS = new Map<string, Direction>([
  ["ArrowLeft", "left"],
  ["ArrowRight", "right"],
  ["ArrowUp", "up"],
  ["ArrowDown", "down"],
]);

export function directionOf(key: string): Direction | null {
  return KEYS.get(key) ?? null;
}

export function nextInDirection(
  from: string,
  direction: Direction,
  positions: ReadonlyMap<string, { x: number; y: number }>,
): string | null {
  const origin = positions.get(from);
  if (!origin) return null;
  let best: string | null = null;
  let bestScore = Infinity;
  for (const [key, point] of positions) {
    if (key === from) continue;
    const dx = point.x - origin.x;
    const dy = point.y - origin.y;
    const ahead =
      direction === "left" ? -dx : direction === "right" ? dx : direction === "up" ? -dy : dy;
    const aside = direction === "left" || direction === "right" ? Math.abs(dy) : Math.abs(dx);
    if (ahead <= 0) continue;
    const score = ahead + aside * 2;
    if (score < bestScore) {
      bestScore = score;
      best = key;
    }
  }
  return best;
}
