import { memo } from "react";
import { Handle, Position, type Node, type NodeProps } from "@xyflow/react";
import type { Severity } from "../../core/analysis/report";
import type { LinkKind } from "../../core/layout/chains";
import { NODE_GEOMETRY } from "../../core/layout/compact";
import { SEVERITY_RING } from "./severity";
import { SeverityMark } from "./SeverityMark";

export interface ModuleNodeData extends Record<string, unknown> {
  /** The module number as the editor shows it (the blueprint's `id`), or null. */
  number: string | null;
  /** The app's readable name, its two-letter mark and its colour. */
  app: string;
  initials: string;
  colour: string;
  title: string;
  severity: Severity | null;
  severityLabel: string | null;
  kind: LinkKind;
  disabled: boolean;
  focused: boolean;
  /** Carries its label at the current zoom (core/layout/detail), else drawn as a mark. */
  labelled: boolean;
}

export type ModuleNodeType = Node<ModuleNodeData, "module">;

/** A module on a switched-off route: a grey circle (white initials still read on it). */
const DISABLED = "#64748b";

export const { width: NODE_WIDTH, height: NODE_HEIGHT, circle: CIRCLE } = NODE_GEOMETRY;
/** From the node's side to its circle's: lines join the circles, as in the editor. */
const SIDE = (NODE_WIDTH - CIRCLE) / 2;

/** An invisible handle on the circle's side: links come in on the left and leave on the right. */
function sideHandle(type: "target" | "source") {
  const side = type === "target" ? "left" : "right";
  return (
    <Handle
      type={type}
      position={type === "target" ? Position.Left : Position.Right}
      isConnectable={false}
      className="opacity-0"
      style={{ top: CIRCLE / 2, [side]: SIDE }}
    />
  );
}

/** Below this zoom, a large scenario is drawn as one light overview picture (OverviewLayer). */
export const DETAIL_ZOOM = 0.45;

/**
 * One module in the Fusion / Make style: a circle in its app's colour with the app's initials,
 * and under it the module number, the app and the module's name. The label keeps a readable
 * size on screen at any zoom (graph.css scales it with --label-scale); when zoomed out too far
 * for every label to fit, only the modules that matter keep theirs and the others are marks.
 * The number and the severity sit beside the circle, so the label needs only two or three lines.
 */
export const ModuleNode = memo(function ModuleNode({ data, selected }: NodeProps<ModuleNodeType>) {
  const labelled = data.labelled || data.focused;
  return (
    <div
      data-severity={data.severity ?? undefined}
      data-labelled={labelled ? "" : undefined}
      className="module-node relative flex flex-col items-center"
      style={{ width: NODE_WIDTH, height: NODE_HEIGHT }}
    >
      {sideHandle("target")}
      <div
        aria-hidden="true"
        className={`grid shrink-0 place-items-center rounded-full text-base font-bold text-white shadow-sm ${
          data.severity
            ? `ring-4 ring-offset-2 ring-offset-slate-50 dark:ring-offset-slate-900 ${SEVERITY_RING[data.severity]}`
            : ""
        } ${data.kind === "orphan" ? "outline-2 outline-offset-2 outline-dashed outline-slate-500" : ""} ${
          selected ? "outline-4 outline-offset-4 outline-blue-600 dark:outline-blue-400" : ""
        } ${data.focused ? "outline-3 outline-offset-8 outline-blue-700 dark:outline-blue-300" : ""}`}
        style={{
          width: CIRCLE,
          height: CIRCLE,
          backgroundColor: data.disabled ? DISABLED : data.colour,
        }}
      >
        {data.initials}
      </div>
      {labelled && data.number !== null && (
        <span
          data-module-number
          className="module-number absolute font-bold text-slate-900 dark:text-slate-50"
        >
          #{data.number}
        </span>
      )}
      {labelled && data.severity && data.severityLabel && (
        <span className="module-badge absolute">
          <SeverityMark severity={data.severity} label={data.severityLabel} />
        </span>
      )}
      {labelled ? (
        <div
          className={`module-label mt-1.5 text-center leading-tight text-slate-900 dark:text-slate-50 ${data.disabled ? "italic" : ""}`}
        >
          <span className="module-line block truncate text-slate-700 dark:text-slate-300">
            <bdi>{data.app}</bdi>
          </span>
          <span className="module-name line-clamp-2 font-semibold">
            <bdi>{data.title}</bdi>
          </span>
        </div>
      ) : (
        <span className="sr-only">
          {data.number !== null && `#${data.number} `}
          {data.app} {data.title}
        </span>
      )}
      {sideHandle("source")}
    </div>
  );
});
