import { Suspense, use, useMemo } from "react";
import type { ThumbnailGeometry } from "../core/layout/thumbnail";

const FRAME =
  "h-24 w-full max-w-xs rounded border border-slate-200 bg-slate-50 dark:border-slate-700 dark:bg-slate-900 print:hidden";

/**
 * A small picture of the scenario with the modules of one step highlighted: where in the
 * scenario the work is. Decorative detail aside, its label says what it shows.
 */
export function ScenarioMiniMap({
  geometry,
  highlighted,
  label,
}: {
  geometry: ThumbnailGeometry;
  /** The highlighted modules, as indexes in the scenario's modules. */
  highlighted: Int32Array;
  label: string;
}) {
  // Once per step, not on every render of the wizard (a step may hold tens of thousands).
  const marked = useMemo(() => {
    const points = new Set<number>();
    for (const at of highlighted) points.add(geometry.pointOf[at]!);
    return points;
  }, [geometry, highlighted]);
  const { radius } = geometry;
  return (
    <svg
      role="img"
      aria-label={label}
      viewBox={geometry.viewBox}
      preserveAspectRatio="xMidYMid meet"
      className={FRAME}
    >
      <g className="stroke-slate-400 dark:stroke-slate-500" strokeWidth={radius / 4}>
        {geometry.links.map((link) => (
          <line key={link.id} x1={link.x1} y1={link.y1} x2={link.x2} y2={link.y2} />
        ))}
      </g>
      {geometry.points.map((point, index) =>
        marked.has(index) ? (
          <circle
            key={point.id}
            cx={point.x}
            cy={point.y}
            r={radius * 1.25}
            strokeWidth={radius / 3}
            className="fill-amber-400 stroke-amber-700 dark:fill-amber-300 dark:stroke-amber-100"
          />
        ) : (
          <circle
            key={point.id}
            cx={point.x}
            cy={point.y}
            r={radius}
            className="fill-slate-300 dark:fill-slate-600"
          />
        ),
      )}
    </svg>
  );
}

interface LaterProps {
  /** Comes with the picture's layout, after the analysis; null when there is none. */
  geometry: Promise<ThumbnailGeometry | null>;
  highlighted: Int32Array;
  /** Its label, given how many modules the scenario has. */
  label: (modules: number) => string;
}

/** The thumbnail once its geometry has come, its box held meanwhile; nothing without one. */
export function ScenarioMiniMapWhenLaid(props: LaterProps) {
  return (
    <Suspense fallback={<div aria-hidden="true" className={FRAME} />}>
      <Laid {...props} />
    </Suspense>
  );
}

function Laid({ geometry, highlighted, label }: LaterProps) {
  const laid = use(geometry);
  return laid ? (
    <ScenarioMiniMap geometry={laid} highlighted={highlighted} label={label(laid.modules)} />
  ) : null;
}
