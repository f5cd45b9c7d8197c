import { memo, type MouseEvent } from "react";
import type { Severity } from "../../core/analysis/report";
import type { ScenarioLink } from "../../core/layout/chains";
import { CIRCLE, NODE_WIDTH } from "./ModuleNode";

/** Radius of a module's mark: larger than its circle, so it shows from far away. */
const MARK = 50;

/** Fill of a module in the overview, by severity (unaffected ones in grey). */
const FILL: Record<Severity | "none", string> = {
  expired: "fill-red-900 dark:fill-red-300",
  critical: "fill-red-600 dark:fill-red-400",
  warning: "fill-amber-400 dark:fill-amber-300",
  info: "fill-sky-400 dark:fill-sky-500",
  none: "fill-slate-300 dark:fill-slate-600",
};

interface Props {
  keys: string[];
  positions: ReadonlyMap<string, { x: number; y: number }>;
  links: ScenarioLink[];
  badges: ReadonlyMap<string, Severity>;
  selectedKey: string | null;
  onSelect: (key: string) => void;
  /** Radius of a mark, when a mark stands for a cell of modules (a huge scenario). */
  radius?: number;
}

/**
 * A large scenario zoomed out: one SVG of marks and lines instead of a thousand interactive
 * nodes, so showing all of it stays one short task. Keyboard users move in the full view.
 */
export const OverviewLayer = memo(function OverviewLayer({
  keys,
  positions,
  links,
  badges,
  selectedKey,
  onSelect,
  radius = MARK,
}: Props) {
  const onClick = (event: MouseEvent<SVGSVGElement>) => {
    const key = (event.target as Element).closest("[data-key]")?.getAttribute("data-key");
    if (!key) return;
    event.stopPropagation(); // the pane under it would take the click as "select nothing"
    onSelect(key);
  };
  return (
    <svg
      aria-hidden="true"
      className="pointer-events-auto absolute top-0 left-0 h-px w-px overflow-visible"
      onClick={onClick}
      data-testid="overview"
    >
      <g
        className="stroke-slate-400 dark:stroke-slate-500"
        strokeWidth={1}
        vectorEffect="non-scaling-stroke"
      >
        {links.map((link) => {
          const from = positions.get(link.source);
          const to = positions.get(link.target);
          if (!from || !to) return null;
          return (
            <line
              key={link.id}
              x1={from.x + NODE_WIDTH / 2}
              y1={from.y + CIRCLE / 2}
              x2={to.x + NODE_WIDTH / 2}
              y2={to.y + CIRCLE / 2}
              vectorEffect="non-scaling-stroke"
            />
          );
        })}
      </g>
      {keys.map((key) => {
        const point = positions.get(key);
        if (!point) return null;
        const severity = badges.get(key);
        return (
          <circle
            key={key}
            data-key={key}
            data-severity={severity}
            cx={point.x + NODE_WIDTH / 2}
            cy={point.y + CIRCLE / 2}
            r={radius}
            className={`cursor-pointer ${FILL[severity ?? "none"]} ${
              key === selectedKey ? "stroke-blue-600 dark:stroke-blue-400" : ""
            }`}
            strokeWidth={key === selectedKey ? 4 : 0}
            vectorEffect="non-scaling-stroke"
          />
        );
      })}
    </svg>
  );
});
