import type { ScenarioModule } from "../core/blueprint/model";
import { scenarioLinks } from "../core/layout/chains";
import { layoutScenario } from "../core/layout/layout";

/** Where every module and link of a scenario goes in a thumbnail; computed once per scenario. */
export interface MiniMapGeometry {
  nodes: { key: string; x: number; y: number }[];
  links: { id: string; x1: number; y1: number; x2: number; y2: number }[];
  viewBox: string;
}

const RADIUS = 44;
const PADDING = RADIUS * 2;

export function miniMapGeometry(modules: ScenarioModule[]): MiniMapGeometry {
  const positions = layoutScenario(modules);
  const nodes = modules.flatMap((module) => {
    const at = positions.get(module.key) ?? module.position;
    return at ? [{ key: module.key, x: at.x, y: at.y }] : [];
  });
  const byKey = new Map(nodes.map((node) => [node.key, node]));
  const links = scenarioLinks(modules).flatMap((link) => {
    const from = byKey.get(link.source);
    const to = byKey.get(link.target);
    return from && to ? [{ id: link.id, x1: from.x, y1: from.y, x2: to.x, y2: to.y }] : [];
  });
  const xs = nodes.map((node) => node.x);
  const ys = nodes.map((node) => node.y);
  const minX = Math.min(0, ...xs) - PADDING;
  const minY = Math.min(0, ...ys) - PADDING;
  const width = Math.max(0, ...xs) - minX + PADDING;
  const height = Math.max(0, ...ys) - minY + PADDING;
  return { nodes, links, viewBox: `${minX} ${minY} ${width} ${height}` };
}

/**
 * A small picture of the scenario with the modules of one step highlighted: where in the
 * scenario the work is. Decorative detail aside, its label says what it shows.
 */
export function ScenarioMiniMap({
  geometry,
  highlighted,
  label,
}: {
  geometry: MiniMapGeometry;
  highlighted: readonly string[];
  label: string;
}) {
  const marked = new Set(highlighted);
  return (
    <svg
      role="img"
      aria-label={label}
      viewBox={geometry.viewBox}
      preserveAspectRatio="xMidYMid meet"
      className="h-24 w-full max-w-xs rounded border border-slate-200 bg-slate-50 dark:border-slate-700 dark:bg-slate-900 print:hidden"
    >
      <g className="stroke-slate-400 dark:stroke-slate-500" strokeWidth={10}>
        {geometry.links.map((link) => (
          <line key={link.id} x1={link.x1} y1={link.y1} x2={link.x2} y2={link.y2} />
        ))}
      </g>
      {geometry.nodes.map((node) =>
        marked.has(node.key) ? (
          <circle
            key={node.key}
            cx={node.x}
            cy={node.y}
            r={RADIUS * 1.25}
            strokeWidth={16}
            className="fill-amber-400 stroke-amber-700 dark:fill-amber-300 dark:stroke-amber-100"
          />
        ) : (
          <circle
            key={node.key}
            cx={node.x}
            cy={node.y}
            r={RADIUS}
            className="fill-slate-300 dark:fill-slate-600"
          />
        ),
      )}
    </svg>
  );
}
