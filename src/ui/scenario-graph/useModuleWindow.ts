import { useStore } from "@xyflow/react";
import { useMemo } from "react";
import { inCells } from "../../core/layout/cells";
import { WINDOW_CELL } from "../../core/layout/huge-picture";

/**
 * For a scenario of thousands of modules (`cells`, from its huge picture): the indices of the
 * modules in and around the view (half a view more on each side), none below `detailZoom` where
 * the overview stands for them all. xyflow then holds a few hundred nodes instead of every one,
 * whose bookkeeping alone (100,000 nodes and links) took seconds. Recomputed only when the view
 * reaches other cells. null without `cells`.
 */
export function useModuleWindow(
  cells: ReadonlyMap<string, number[]> | null,
  detailZoom: number,
): number[] | null {
  const range = useStore((state) => {
    const [x, y, zoom] = state.transform;
    if (!cells || zoom < detailZoom || !state.width) return "";
    const width = state.width / zoom;
    const height = state.height / zoom;
    const left = -x / zoom - width / 2;
    const top = -y / zoom - height / 2;
    return [left, top, left + 2 * width, top + 2 * height]
      .map((value) => Math.floor(value / WINDOW_CELL))
      .join(",");
  });
  return useMemo(() => {
    if (!cells) return null;
    if (!range) return [];
    const [column, row, lastColumn, lastRow] = range.split(",").map(Number) as [
      number,
      number,
      number,
      number,
    ];
    return inCells(cells, { column, row }, { column: lastColumn, row: lastRow });
  }, [cells, range]);
}
