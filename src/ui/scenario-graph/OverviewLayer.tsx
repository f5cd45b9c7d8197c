import { useReactFlow } from "@xyflow/react";
import { memo, useMemo, type MouseEvent } from "react";
import { SEVERITIES, type Severity } from "../../core/analysis/report";
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
const GROUPS = [...SEVERITIES, "none"] as const;

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

/** A circle as path commands (two arcs), so a thousand marks make one element. */
const circle = (x: number, y: number, r: number) =>
  `M${x - r} ${y}a${r} ${r} 0 1 0 ${2 * r} 0a${r} ${r} 0 1 0 ${-2 * r} 0`;

/**
 * A large scenario zoomed out: one SVG of marks and lines instead of a thousand interactive
 * nodes. The marks of one severity are one path and the lines another, so showing the overview
 * creates a handful of elements, not 2,000 (that frame took 0.5–2.8 s under load); a click is
 * matched to the nearest mark. Keyboard users move in the full view.
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
  const flow = useReactFlow();
  const centres = useMemo(
    () =>
      keys.flatMap((key) => {
        const point = positions.get(key);
        return point ? [{ key, x: point.x + NODE_WIDTH / 2, y: point.y + CIRCLE / 2 }] : [];
      }),
    [keys, positions],
  );
  const paths = useMemo(() => {
    const marks = new Map<Severity | "none", string[]>(GROUPS.map((group) => [group, []]));
    for (const { key, x, y } of centres) {
      marks.get(badges.get(key) ?? "none")!.push(circle(x, y, radius));
    }
    const lines = links.flatMap((link) => {
      const from = positions.get(link.source);
      const to = positions.get(link.target);
      if (!from || !to) return [];
      const dx = NODE_WIDTH / 2;
      const dy = CIRCLE / 2;
      return [`M${from.x + dx} ${from.y + dy}L${to.x + dx} ${to.y + dy}`];
    });
    return { marks, lines: lines.join("") };
  }, [centres, links, positions, badges, radius]);
  const selected = centres.find((centre) => centre.key === selectedKey);

  const onClick = (event: MouseEvent<SVGSVGElement>) => {
    const at = flow.screenToFlowPosition({ x: event.clientX, y: event.clientY });
    let nearest: string | null = null;
    let best = radius * radius;
    for (const { key, x, y } of centres) {
      const distance = (x - at.x) ** 2 + (y - at.y) ** 2;
      if (distance <= best) [nearest, best] = [key, distance];
    }
    if (!nearest) return;
    event.stopPropagation(); // the pane under it would take the click as "select nothing"
    onSelect(nearest);
  };
  return (
    <svg
      aria-hidden="true"
      className="pointer-events-auto absolute top-0 left-0 h-px w-px overflow-visible"
      onClick={onClick}
      data-testid="overview"
      data-marks={centres.length}
    >
      <path
        d={paths.lines}
        className="fill-none stroke-slate-400 dark:stroke-slate-500"
        strokeWidth={1}
        vectorEffect="non-scaling-stroke"
      />
      {GROUPS.map((group) => (
        <path
          key={group}
          d={paths.marks.get(group)!.join("")}
          data-severity={group === "none" ? undefined : group}
          className={`cursor-pointer ${FILL[group]}`}
        />
      ))}
      {selected && (
        <path
          d={circle(selected.x, selected.y, radius)}
          className="fill-none stroke-blue-600 dark:stroke-blue-400"
          strokeWidth={4}
          vectorEffect="non-scaling-stroke"
        />
      )}
    </svg>
  );
});
