import { useStore } from "@xyflow/react";
import { useMemo } from "react";
import { bucketByCell, keysInCells } from "../../core/layout/cells";
import type { Positions } from "../../core/layout/layout";

/** Side of the cells the window moves by, in picture units (about eight modules across). */
const WINDOW_CELL = 1200;

/**
 * For a scenario of thousands of modules (`active`): the modules in and around the view (half
 * a view more on each side), none below `detailZoom` where the overview stands for them all.
 * xyflow then holds a few hundred nodes instead of every one, whose bookkeeping alone (100,000
 * nodes and links) took seconds. Recomputed only when the view reaches other cells.
 * null when not `active`.
 */
export function useModuleWindow(
  active: boolean,
  positions: Positions,
  detailZoom: number,
): Set<string> | null {
  const buckets = useMemo(
    () => (active ? bucketByCell(positions, WINDOW_CELL) : null),
    [active, positions],
  );
  const range = useStore((state) => {
    const [x, y, zoom] = state.transform;
    if (!active || zoom < detailZoom || !state.width) return "";
    const width = state.width / zoom;
    const height = state.height / zoom;
    const left = -x / zoom - width / 2;
    const top = -y / zoom - height / 2;
    return [left, top, left + 2 * width, top + 2 * height]
      .map((value) => Math.floor(value / WINDOW_CELL))
      .join(",");
  });
  return useMemo(() => {
    if (!buckets) return null;
    if (!range) return new Set();
    const [column, row, lastColumn, lastRow] = range.split(",").map(Number) as [
      number,
      number,
      number,
      number,
    ];
    return new Set(keysInCells(buckets, { column, row }, { column: lastColumn, row: lastRow }));
  }, [buckets, range]);
}
