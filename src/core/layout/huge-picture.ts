/**
 * What the page needs to draw a scenario of thousands of modules without going over every module
 * on the main thread: computed in the analysis worker beside the layout. The page then works only
 * on the modules around the view (found through `cells`) and draws the overview as it is. At
 * 100,000 modules these took 150–450 ms of the page's
 * first render (decision record 0021).
 */
import { SEVERITIES, type Severity } from "../analysis/report";
import type { ScenarioModule } from "../blueprint/model";
import { bucketByCell, overviewCells, positionBounds } from "./cells";
import type { ScenarioLink } from "./chains";
import { CELL_WIDTH, NODE_GEOMETRY } from "./compact";
import type { PictureLayout } from "./picture";

/** Beyond this many modules the picture holds only the modules around the view. */
export const HUGE_SCENARIO = 3000;
/** Side of the cells the view's window of modules moves by, in picture units (about eight modules across). */
export const WINDOW_CELL = 1200;
/** Marks across the longer side of a huge scenario's overview. */
const OVERVIEW_CELLS = 80;

export interface HugePicture {
  /** Module indices by square cell of WINDOW_CELL ("column,row"). */
  cells: Map<string, number[]>;
  /** One mark per cell of modules, the most urgent one standing for it, and links between marks. */
  overview: {
    keys: string[];
    positions: Map<string, { x: number; y: number }>;
    links: ScenarioLink[];
    radius: number;
  };
}

/** null up to HUGE_SCENARIO modules: the page draws those in full. */
export function hugePicture(
  modules: readonly ScenarioModule[],
  { xy, predecessor }: Pick<PictureLayout, "xy" | "predecessor">,
  badges: ReadonlyMap<string, Severity>,
): HugePicture | null {
  if (modules.length <= HUGE_SCENARIO) return null;
  const { right, bottom } = positionBounds(xy);
  const keys = modules.map((module) => module.key);
  const rank = (at: number) => {
    const severity = badges.get(keys[at]!);
    return severity ? SEVERITIES.indexOf(severity) : SEVERITIES.length;
  };
  const size = Math.max(CELL_WIDTH, Math.max(right, bottom) / OVERVIEW_CELLS);
  // A mark stands where its module's circle would be.
  const offset = { x: NODE_GEOMETRY.width / 2, y: NODE_GEOMETRY.circle / 2 };
  return {
    cells: bucketByCell(xy, WINDOW_CELL),
    overview: {
      ...overviewCells(keys, xy, predecessor, size, rank, offset),
      radius: size / 2,
    },
  };
}
