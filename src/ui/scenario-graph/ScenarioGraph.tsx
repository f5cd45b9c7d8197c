/**
 * The picture of a scenario (xyflow), loaded only by the Diagnose page. Modules sit where the
 * editor put them (or in a tidy automatic layout), compacted onto a grid so the whole scenario
 * reads when fitted; affected ones carry a severity ring and badge.
 * Keyboard: Tab into the picture, arrow keys move between modules, Enter selects. Only the
 * modules in view are rendered, so a 1,000-module scenario stays usable.
 */
import "@xyflow/react/dist/style.css";
import "./graph.css";
import {
  Background,
  getViewportForBounds,
  ReactFlow,
  ReactFlowProvider,
  Position,
  useReactFlow,
  useStore,
  useStoreApi,
  ViewportPortal,
  type Edge,
  type NodeHandle,
  type NodeMouseHandler,
} from "@xyflow/react";
import { useCallback, useEffect, useMemo, useRef, useState, type KeyboardEvent } from "react";
import type { ScenarioModule } from "../../core/blueprint/model";
import type { Severity } from "../../core/analysis/report";
import { visibleId, visibleLabel } from "../../core/blueprint/visible-text";
import { CELL_HEIGHT, CELL_WIDTH } from "../../core/layout/compact";
import { positionBounds } from "../../core/layout/cells";
import { readPictureLayout, type PictureLayout } from "../../core/layout/picture";
import type { Positions } from "../../core/layout/layout";
import { ALL_LABELS_ZOOM, chooseLabels, labelPriority, labelsAll } from "../../core/layout/detail";
import { appColour, appInitials, readableApp, readableModule } from "../../core/layout/readable";
import { directionOf, nextInDirection } from "./keyboard";
import {
  CIRCLE,
  DETAIL_ZOOM,
  ModuleNode,
  NODE_HEIGHT,
  NODE_WIDTH,
  type ModuleNodeType,
} from "./ModuleNode";
import { OverviewLayer } from "./OverviewLayer";
import { useColorMode } from "./useColorMode";
import { useEnteringModules } from "./useEnteringModules";
import { useModuleWindow } from "./useModuleWindow";
import { keysInView } from "../../core/layout/in-view";
import { buttonClass } from "../Button";

export interface ScenarioGraphLabels {
  /** Accessible name of the picture. */
  region: string;
  /** How to use the keyboard in it. */
  help: string;
  zoomIn: string;
  zoomOut: string;
  fit: string;
  controls: string;
  severity: Record<Severity, string>;
  /** What a screen reader hears when the keyboard reaches a module. */
  describe: (module: ScenarioModule, severity: Severity | null) => string;
}

export interface ScenarioGraphProps {
  modules: ScenarioModule[];
  /** The same modules by key. */
  byKey: ReadonlyMap<string, ScenarioModule>;
  /** Where the modules sit and how they link, computed with the analysis (pictureLayout). */
  layout: PictureLayout;
  /** The worst severity of each affected module. */
  badges: ReadonlyMap<string, Severity>;
  selectedKey: string | null;
  onSelect: (key: string | null) => void;
  labels: ScenarioGraphLabels;
  /** Fill the parent's height (full screen); otherwise the picture takes the scenario's shape. */
  fill?: boolean;
}

const nodeTypes = { module: ModuleNode };
// Lines join the circles' sides, as in the editor.
const HANDLES: NodeHandle[] = [
  {
    type: "target",
    position: Position.Left,
    x: (NODE_WIDTH - CIRCLE) / 2,
    y: CIRCLE / 2,
    width: 1,
    height: 1,
  },
  {
    type: "source",
    position: Position.Right,
    x: (NODE_WIDTH + CIRCLE) / 2,
    y: CIRCLE / 2,
    width: 1,
    height: 1,
  },
];
/**
 * Beyond this many modules, the first view shows the start of the scenario rather than all of
 * it, and zooming out switches to a light overview drawing.
 */
const LARGE_SCENARIO = 150;
const NO_NODES: ModuleNodeType[] = [];
const NO_EDGES: Edge[] = [];
/** Fit to view: small margins, and a small scenario is not blown up past 1.25×. */
const FIT = { padding: 0.04, maxZoom: 1.25 };

/** The zoom rounded down to a 10 % step (every label once there is room for all). */
function labelStep(zoom: number): number {
  if (labelsAll(zoom)) return ALL_LABELS_ZOOM;
  return Math.pow(1.1, Math.floor(Math.log(zoom) / Math.log(1.1)));
}

function Graph({
  modules,
  byKey,
  layout,
  badges,
  selectedKey,
  onSelect,
  labels,
  fill,
}: ScenarioGraphProps) {
  const flow = useReactFlow<ModuleNodeType>();
  const colorMode = useColorMode();
  const [focusedKey, setFocusedKey] = useState<string | null>(null);
  const [announcement, setAnnouncement] = useState("");
  // Set once a fit has been applied: tests and scripts wait on it, not on a timeout.
  const [fitted, setFitted] = useState(false);
  // Beyond a few thousand modules (layout.huge), xyflow holds only the modules around the view
  // and the page reads only theirs: what needs every module came computed from the worker.
  const { huge } = layout;
  const inWindow = useModuleWindow(huge?.cells ?? null, DETAIL_ZOOM);
  const { positions, kind, links } = useMemo(
    () => readPictureLayout(modules, layout, inWindow ?? undefined),
    [modules, layout, inWindow],
  );
  /** Where any module sits, also outside a huge scenario's window. */
  const positionOf = useCallback(
    (key: string) => {
      const known = positions.get(key);
      if (known || !huge) return known;
      const at = modules.findIndex((module) => module.key === key);
      return at < 0 ? undefined : { x: layout.xy[2 * at]!, y: layout.xy[2 * at + 1]! };
    },
    [positions, huge, modules, layout],
  );

  const baseNodes = useMemo<ModuleNodeType[]>(() => {
    const shown = inWindow ? inWindow.map((at) => modules[at]!) : modules;
    return shown.map((module) => {
      const severity = badges.get(module.key) ?? null;
      const app = visibleId(readableApp(module.app));
      return {
        id: module.key,
        type: "module",
        position: positions.get(module.key) ?? { x: 0, y: 0 },
        width: NODE_WIDTH,
        height: NODE_HEIGHT,
        // Known size and handles: xyflow otherwise renders every node once to measure it,
        // which for 1,000 modules is one long task.
        measured: { width: NODE_WIDTH, height: NODE_HEIGHT },
        handles: HANDLES,
        data: {
          number: module.id === null ? null : String(module.id),
          app,
          initials: appInitials(app),
          colour: appColour(module.app),
          title: visibleLabel(readableModule(module.name, module.label)),
          severity,
          severityLabel: severity ? labels.severity[severity] : null,
          kind: kind.get(module.key) ?? "flow",
          disabled: module.disabled,
          focused: false,
          labelled: false,
        },
      };
    });
  }, [modules, inWindow, kind, positions, badges, labels.severity]);

  // Which modules carry a label: decided again at each 10 % step of zoom, rounded down, so
  // labels placed for a step never collide at a zoom inside it.
  const keys = useMemo(() => [...positions.keys()], [positions]);
  const affected = useMemo(() => new Set(badges.keys()), [badges]);
  const order = useMemo(
    () => labelPriority(keys, affected, links, selectedKey),
    [keys, affected, links, selectedKey],
  );
  const zoomStep = useStore((state) => labelStep(state.transform[2]));
  const labelled = useMemo(
    () =>
      chooseLabels(
        order,
        positions,
        zoomStep,
        selectedKey ? new Set([...affected, selectedKey]) : affected,
      ),
    [order, positions, zoomStep, affected, selectedKey],
  );

  const large = modules.length > LARGE_SCENARIO;
  const zoomedOut = useStore((state) => state.transform[2] < DETAIL_ZOOM);
  const overview = zoomedOut && large;
  const allHidden = useMemo(
    () =>
      inWindow ? NO_NODES : large ? baseNodes.map((node) => ({ ...node, hidden: true })) : null,
    [inWindow, large, baseNodes],
  );
  const hiddenNodes = overview ? allHidden : null;
  // Zooming in out of the overview, the modules then in view join a batch per frame; the
  // overview stays drawn until they all have.
  const { waiting: entering, start: startEntering, stop: stopEntering } = useEnteringModules();
  const waiting = overview ? null : entering;

  // Labels, selection and keyboard focus change some nodes: the others keep their identity.
  const labelledNodes = useMemo(
    () =>
      baseNodes.map((node) =>
        labelled.has(node.id) ? { ...node, data: { ...node.data, labelled: true } } : node,
      ),
    [baseNodes, labelled],
  );
  const nodes = useMemo(
    () =>
      hiddenNodes ??
      (waiting ? labelledNodes.filter((node) => !waiting.has(node.id)) : labelledNodes).map(
        (node) =>
          node.id === selectedKey || node.id === focusedKey
            ? {
                ...node,
                selected: node.id === selectedKey,
                data: { ...node.data, focused: node.id === focusedKey },
              }
            : node,
      ),
    [hiddenNodes, waiting, labelledNodes, selectedKey, focusedKey],
  );

  // Crossing into or out of the overview hides or shows the nodes in the same render as the new
  // zoom: through the nodes prop they would arrive one render late, and that render would mount
  // every node in view (all 1,000 at "Fit to view") only to drop them again.
  const store = useStoreApi<ModuleNodeType>();
  const shownNodes = useRef<ModuleNodeType[]>(nodes);
  useEffect(() => {
    if (!hiddenNodes) shownNodes.current = nodes;
  }, [nodes, hiddenNodes]);
  // The lines go too: xyflow draws a line between hidden nodes, a thousand under the overview's.
  const onViewportChange = useCallback(
    (viewport: { x: number; y: number; zoom: number }) => {
      if (!allHidden) return;
      const { nodes: current, setNodes, setEdges, width, height } = store.getState();
      const hide = viewport.zoom < DETAIL_ZOOM;
      if (hide === (current === allHidden)) return;
      if (huge) setNodes(hide ? allHidden : shownNodes.current);
      else if (hide) {
        stopEntering();
        setNodes(allHidden);
        setEdges(NO_EDGES);
      } else startEntering(keysInView(positions, viewport, width, height));
    },
    [allHidden, huge, positions, store, startEntering, stopEntering],
  );

  const edges = useMemo<Edge[]>(
    () =>
      links.map((link) => ({
        id: link.id,
        source: link.source,
        target: link.target,
        // A link back to the left (into the next band of a wrapped scenario) is drawn as right
        // angles, a carriage return under the row, instead of a curve across the whole picture.
        type:
          (positions.get(link.target)?.x ?? 0) < (positions.get(link.source)?.x ?? 0)
            ? "smoothstep"
            : "default",
        className: `edge-${link.kind}`,
        focusable: false,
        selectable: false,
      })),
    [links, positions],
  );

  // A huge scenario's overview, a mark per cell of modules, came with its layout.
  const overviewData = huge?.overview ?? { keys, positions, links, radius: undefined };

  // xyflow fits the nodes it holds, which for a huge scenario are only those around the view:
  // a large one is fitted to the box of the modules wanted instead (a huge one may zoom out as
  // far as it needs).
  // `wanted` null: every module.
  const boxOf = useCallback(
    (wanted: string[] | null) => {
      let [left, top, right, bottom] = [Infinity, Infinity, -Infinity, -Infinity];
      if (!wanted) ({ left, top, right, bottom } = positionBounds(layout.xy));
      for (const key of wanted ?? []) {
        const point = positionOf(key);
        if (!point) continue;
        [left, top] = [Math.min(left, point.x), Math.min(top, point.y)];
        [right, bottom] = [Math.max(right, point.x), Math.max(bottom, point.y)];
      }
      if (left > right) return { x: 0, y: 0, width: NODE_WIDTH, height: NODE_HEIGHT };
      return {
        x: left,
        y: top,
        width: right - left + NODE_WIDTH,
        height: bottom - top + NODE_HEIGHT,
      };
    },
    [layout, positionOf],
  );
  const minZoom = useMemo(() => {
    if (!huge) return 0.05;
    const box = boxOf(null);
    return Math.min(0.05, 500 / Math.max(box.width, box.height));
  }, [huge, boxOf]);
  const fitTo = useCallback(
    (
      wanted: string[] | null,
      options: { padding: number; minZoom?: number; maxZoom: number; duration?: number },
    ) => {
      const { width, height } = store.getState();
      const viewport = getViewportForBounds(
        boxOf(wanted),
        width,
        height,
        options.minZoom ?? minZoom,
        options.maxZoom,
        options.padding,
      );
      return flow.setViewport(viewport, { duration: options.duration ?? 0 });
    },
    [boxOf, flow, minZoom, store],
  );

  const reveal = useCallback(
    (key: string) => {
      const point = positionOf(key);
      if (!point) return;
      void flow.setCenter(point.x + NODE_WIDTH / 2, point.y + NODE_HEIGHT / 2, {
        zoom: Math.max(flow.getZoom(), 0.8),
        duration: 200,
      });
    },
    [flow, positionOf],
  );

  // Selecting in the findings list reveals the module here.
  const lastRevealed = useRef<string | null>(null);
  useEffect(() => {
    if (selectedKey && selectedKey !== lastRevealed.current && byKey.has(selectedKey)) {
      lastRevealed.current = selectedKey;
      reveal(selectedKey);
    }
  }, [selectedKey, byKey, reveal]);

  const moveFocus = (key: string) => {
    setFocusedKey(key);
    const module = byKey.get(key);
    if (module) setAnnouncement(labels.describe(module, badges.get(key) ?? null));
    reveal(key);
  };

  // Arrow keys may lead outside a huge scenario's window: its every position is read on the first.
  const everyPosition = useMemo(() => {
    let all: Positions | null = null;
    return () => (all ??= readPictureLayout(modules, layout).positions);
  }, [modules, layout]);

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.target !== event.currentTarget) return;
    const current = focusedKey ?? selectedKey ?? modules[0]?.key ?? null;
    if (!current) return;
    const direction = directionOf(event.key);
    if (direction) {
      event.preventDefault();
      if (!focusedKey) moveFocus(current);
      else {
        const next = nextInDirection(current, direction, huge ? everyPosition() : positions);
        if (next) moveFocus(next);
      }
    } else if (event.key === "Enter" || event.key === " ") {
      event.preventDefault();
      onSelect(current);
      lastRevealed.current = current;
    } else if (event.key === "Escape") {
      setFocusedKey(null);
      onSelect(null);
    }
  };

  const onNodeClick: NodeMouseHandler<ModuleNodeType> = (_, node) => {
    lastRevealed.current = node.id;
    setFocusedKey(node.id);
    onSelect(node.id);
  };

  const initialFit = useMemo(() => {
    // The start of a large scenario, or of any scenario on a phone's full screen, close enough
    // to read every label (Fit to view shows all of it).
    const start = (count: number) => ({
      padding: 0.15,
      minZoom: fill ? ALL_LABELS_ZOOM : 0.6,
      maxZoom: 1,
      nodes: modules.slice(0, count).map((module) => ({ id: module.key })),
    });
    if (large) return start(12);
    return fill ? start(4) : FIT;
  }, [modules, large, fill]);

  // Labels keep their on-screen size as the view zooms out (graph.css): a style write, not a render.
  const frame = useRef<HTMLDivElement>(null);
  useEffect(() => {
    let scale = 0;
    const update = (zoom: number) => {
      const next = Math.max(1, 1 / zoom);
      if (next === scale) return;
      scale = next;
      frame.current?.style.setProperty("--label-scale", String(next));
    };
    update(store.getState().transform[2]);
    return store.subscribe((state) => update(state.transform[2]));
  }, [store]);

  // In the page, the frame has the scenario's proportions within bounds, so a tall scenario
  // gets the height it needs to be read and a short one does not leave an empty box.
  const shape = useMemo(() => {
    const { right, bottom } = positionBounds(layout.xy);
    const width = Math.max(0, right) + CELL_WIDTH;
    const height = Math.max(0, bottom) + CELL_HEIGHT;
    // Height from the width of the picture's box (cqi: a container query unit), not
    // aspect-ratio, which with min-height would widen a long, flat scenario past the page.
    return { height: `clamp(20rem, ${((height / width) * 100).toFixed(2)}cqi, 85vh)` };
  }, [layout]);

  const zoomButtons: [string, () => void][] = [
    [labels.zoomIn, () => void flow.zoomIn({ duration: 150 })],
    [labels.zoomOut, () => void flow.zoomOut({ duration: 150 })],
    [
      labels.fit,
      () => {
        setFitted(false);
        // A large scenario jumps, to the box of its positions: animating through the zooms
        // where every node is drawn would cost long frames on the way to the light overview,
        // and xyflow's fitView, resolved inside its own setNodes, would run again when
        // onViewportChange hides the nodes (two fits, a 3–5 s task on 1,000 modules).
        const fit = large
          ? fitTo(null, FIT)
          : flow.fitView({ ...FIT, duration: 200, includeHiddenNodes: true });
        void fit.then(() => setFitted(true));
      },
    ],
  ];

  return (
    <div className={`flex flex-col ${fill ? "h-full" : "@container"}`}>
      <div role="toolbar" aria-label={labels.controls} className="flex gap-2 pb-2">
        {zoomButtons.map(([label, onClick]) => (
          <button
            key={label}
            type="button"
            className={buttonClass("secondary", "sm")}
            onClick={onClick}
          >
            {label}
          </button>
        ))}
      </div>
      <div
        ref={frame}
        style={fill ? undefined : shape}
        className={`scenario-graph ${fill ? "min-h-0 flex-1" : ""} rounded-lg border border-slate-200 bg-slate-50 dark:border-slate-700 dark:bg-slate-900`}
      >
        {/* xyflow's own wrapper is the one role=application: a composite widget that takes
            focus and moves among its modules with the arrow keys. */}
        <ReactFlow
          aria-label={labels.region}
          aria-describedby="scenario-graph-help"
          tabIndex={0}
          onKeyDown={onKeyDown}
          onBlur={() => setFocusedKey(null)}
          data-module-count={modules.length}
          data-affected-count={badges.size}
          data-fitted={fitted ? "" : undefined}
          className="rounded-lg focus-visible:outline-3 focus-visible:outline-blue-600"
          nodes={nodes}
          edges={overview ? NO_EDGES : edges}
          nodeTypes={nodeTypes}
          onNodeClick={onNodeClick}
          onPaneClick={() => onSelect(null)}
          // Not the fitView prop: with sizes known up front, xyflow would try it before the
          // viewport exists and drop it.
          onInit={(instance) =>
            void (
              huge
                ? fitTo(
                    modules.slice(0, 12).map((module) => module.key),
                    initialFit,
                  )
                : instance.fitView(initialFit)
            ).then(() => setFitted(true))
          }
          minZoom={minZoom}
          maxZoom={2}
          onViewportChange={onViewportChange}
          onlyRenderVisibleElements
          nodesDraggable={false}
          nodesConnectable={false}
          nodesFocusable={false}
          edgesFocusable={false}
          elementsSelectable={false}
          disableKeyboardA11y
          colorMode={colorMode}
        >
          <Background gap={24} />
          {(overview || waiting) && (
            <ViewportPortal>
              <OverviewLayer
                keys={overviewData.keys}
                positions={overviewData.positions}
                links={overviewData.links}
                radius={overviewData.radius}
                badges={badges}
                selectedKey={selectedKey}
                onSelect={(key) => {
                  lastRevealed.current = key;
                  onSelect(key);
                }}
              />
            </ViewportPortal>
          )}
        </ReactFlow>
      </div>
      <p id="scenario-graph-help" className="pt-2 text-sm text-slate-600 dark:text-slate-400">
        {labels.help}
      </p>
      <p aria-live="polite" className="sr-only">
        {announcement}
      </p>
    </div>
  );
}

export default function ScenarioGraph(props: ScenarioGraphProps) {
  return (
    <ReactFlowProvider>
      <Graph {...props} />
    </ReactFlowProvider>
  );
}
