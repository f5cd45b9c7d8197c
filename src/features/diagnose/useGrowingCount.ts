import { useEffect, useState } from "react";

/**
 * A count that climbs to `target` by `step` a frame: a long list asked for all at once (e.g. a
 * finding's 100,000 modules) is drawn over several short frames, not in one long task.
 */
export function useGrowingCount(target: number, step: number): number {
  const [count, setCount] = useState(() => Math.min(target, step));
  useEffect(() => {
    if (count >= target) return;
    const frame = requestAnimationFrame(() => setCount((now) => Math.min(target, now + step)));
    return () => cancelAnimationFrame(frame);
  }, [count, target, step]);
  return Math.min(count, target);
}
