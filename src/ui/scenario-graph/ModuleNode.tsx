import { memo } from "react";
import { Handle, Position, useStore, type Node, type NodeProps } from "@xyflow/react";
import type { Severity } from "../../core/analysis/report";
import type { LinkKind } from "../../core/layout/chains";
import { SEVERITY_BORDER, SEVERITY_FILL } from "./severity";
import { SeverityBadge } from "./SeverityBadge";

export interface ModuleNodeData extends Record<string, unknown> {
  app: string;
  title: string;
  severity: Severity | null;
  severityLabel: string | null;
  kind: LinkKind;
  disabled: boolean;
  focused: boolean;
}

export type ModuleNodeType = Node<ModuleNodeData, "module">;

/** Size of a node (h-16 w-[200px] below), for centring the view on one. */
export const NODE_WIDTH = 200;
export const NODE_HEIGHT = 64;

/** One module in the picture: its app, the user's label (as text), and a severity badge. */
/** Below this zoom, text is unreadable: a module is drawn as a block in its severity's colour. */
export const DETAIL_ZOOM = 0.45;

export const ModuleNode = memo(function ModuleNode({ data, selected }: NodeProps<ModuleNodeType>) {
  const overview = useStore((state) => state.transform[2] < DETAIL_ZOOM);
  if (overview) {
    return (
      <div
        data-severity={data.severity ?? undefined}
        className={`h-16 w-[200px] rounded-lg ${
          data.severity ? SEVERITY_FILL[data.severity] : "bg-slate-300 dark:bg-slate-600"
        } ${data.disabled ? "opacity-60" : ""} ${
          selected ? "outline-[24px] outline-blue-600 dark:outline-blue-400" : ""
        }`}
      >
        <Handle
          type="target"
          position={Position.Left}
          isConnectable={false}
          className="opacity-0"
        />
        <span className="sr-only">{data.title}</span>
        <Handle
          type="source"
          position={Position.Right}
          isConnectable={false}
          className="opacity-0"
        />
      </div>
    );
  }
  const border = data.severity
    ? `border-2 ${SEVERITY_BORDER[data.severity]}`
    : "border border-slate-300 dark:border-slate-600";
  return (
    <div
      data-severity={data.severity ?? undefined}
      className={`flex h-16 w-[200px] flex-col justify-center gap-0.5 overflow-hidden rounded-lg bg-white px-2.5 py-1.5 text-left shadow-sm dark:bg-slate-800 ${border} ${
        data.kind === "orphan" ? "border-dashed" : ""
      } ${data.disabled ? "opacity-60" : ""} ${
        selected ? "ring-4 ring-blue-600 dark:ring-blue-400" : ""
      } ${data.focused ? "outline-3 outline-offset-4 outline-blue-700 dark:outline-blue-300" : ""}`}
    >
      <Handle type="target" position={Position.Left} isConnectable={false} className="opacity-0" />
      <div className="flex items-center justify-between gap-2">
        <span className="truncate text-[11px] font-medium uppercase tracking-wide text-slate-600 dark:text-slate-300">
          <bdi>{data.app}</bdi>
        </span>
        {data.severity && data.severityLabel && (
          <SeverityBadge severity={data.severity} label={data.severityLabel} />
        )}
      </div>
      <span className="truncate text-sm font-semibold text-slate-900 dark:text-slate-50">
        <bdi>{data.title}</bdi>
      </span>
      <Handle type="source" position={Position.Right} isConnectable={false} className="opacity-0" />
    </div>
  );
});
