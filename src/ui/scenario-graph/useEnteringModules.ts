import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import { flushSync } from "react-dom";

/** Time to render one batch of modules, in ms: the frame's style, layout and paint come on top. */
const BUDGET_MS = 6;
const FIRST_BATCH = 8;
const SMALLEST_BATCH = 4;
const LARGEST_BATCH = 80;

/**
 * Zooming in out of a large scenario's overview: the modules then in view join xyflow a batch
 * per frame, in the order given (nearest the view's centre first), instead of all of them (about
 * 200 nodes and their lines) in one frame of 100–200 ms. Each batch is sized from the time the
 * previous one took to render, so a busy machine gets smaller ones (decision record 0019).
 * `waiting`: the modules not drawn yet, null once none are.
 */
export function useEnteringModules() {
  const [entering, setEntering] = useState<{ order: string[]; shown: number } | null>(null);
  const batch = useRef(FIRST_BATCH);
  const waiting = useMemo(
    () => (entering ? new Set(entering.order.slice(entering.shown)) : null),
    [entering],
  );
  useEffect(() => {
    if (!entering) return;
    const step = () => {
      const shown = entering.shown + batch.current;
      const start = performance.now();
      // Rendered now, inside this frame, so the time measured is this batch's alone.
      flushSync(() => setEntering(shown < entering.order.length ? { ...entering, shown } : null));
      const spent = Math.max(1, performance.now() - start);
      batch.current = Math.round(
        Math.min(LARGEST_BATCH, Math.max(SMALLEST_BATCH, (batch.current * BUDGET_MS) / spent)),
      );
    };
    // The first batch waits a frame more: the frame after the zoom hands xyflow the modules out
    // of view, and every line.
    let frame = requestAnimationFrame(() => {
      if (entering.shown > 0) step();
      else frame = requestAnimationFrame(step);
    });
    return () => cancelAnimationFrame(frame);
  }, [entering]);
  const start = useCallback((order: string[]) => setEntering({ order, shown: 0 }), []);
  const stop = useCallback(() => setEntering(null), []);
  return { waiting, start, stop };
}
