/**
 * The picture of a scenario (xyflow), loaded only by the Diagnose page. Modules sit where the
 * editor put them (or in a tidy automatic layout); affected ones carry a severity badge.
 * Keyboard: Tab into the picture, arrow keys move between modules, Enter selects. Only the
 * modules in view are rendered, so a 1,000-module scenario stays usable.
 */
import "@xyflow/react/dist/style.css";
import "./graph.css";
import {
  Background,
  ReactFlow,
  ReactFlowProvider,
  Position,
  useReactFlow,
  useStore,
  ViewportPortal,
  type Edge,
  type NodeHandle,
  type NodeMouseHandler,
} from "@xyflow/react";
import { useCallback, useEffect, useMemo, useRef, useState, type KeyboardEvent } from "react";
import type { ScenarioModule } from "../../core/blueprint/model";
import type { Severity } from "../../core/analysis/report";
import { readChains, scenarioLinks } from "../../core/layout/chains";
import { layoutScenario } from "../../core/layout/layout";
import { visibleId, visibleLabel } from "../../core/blueprint/visible-text";
import { directionOf, nextInDirection } from "./keyboard";
import {
  DETAIL_ZOOM,
  ModuleNode,
  NODE_HEIGHT,
  NODE_WIDTH,
  type ModuleNodeType,
} from "./ModuleNode";
import { OverviewLayer } from "./OverviewLayer";
import { useColorMode } from "./useColorMode";
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
  /** The worst severity of each affected module. */
  badges: ReadonlyMap<string, Severity>;
  selectedKey: string | null;
  onSelect: (key: string | null) => void;
  labels: ScenarioGraphLabels;
}

const nodeTypes = { module: ModuleNode };
const HANDLES: NodeHandle[] = [
  { type: "target", position: Position.Left, x: 0, y: NODE_HEIGHT / 2, width: 1, height: 1 },
  {
    type: "source",
    position: Position.Right,
    x: NODE_WIDTH - 1,
    y: NODE_HEIGHT / 2,
    width: 1,
    height: 1,
  },
];
/**
 * Beyond this many modules, the first view shows the start of the scenario rather than all of
 * it, and zooming out switches to a light overview drawing.
 */
const LARGE_SCENARIO = 150;

function Graph({ modules, badges, selectedKey, onSelect, labels }: ScenarioGraphProps) {
  const flow = useReactFlow<ModuleNodeType>();
  const colorMode = useColorMode();
  const [focusedKey, setFocusedKey] = useState<string | null>(null);
  const [announcement, setAnnouncement] = useState("");
  const byKey = useMemo(() => new Map(modules.map((module) => [module.key, module])), [modules]);
  const positions = useMemo(() => layoutScenario(modules), [modules]);

  const baseNodes = useMemo<ModuleNodeType[]>(() => {
    const chains = readChains(modules);
    return modules.map((module) => {
      const severity = badges.get(module.key) ?? null;
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
          app: visibleId(module.app),
          title: visibleLabel(module.label ?? module.name),
          severity,
          severityLabel: severity ? labels.severity[severity] : null,
          kind: chains.kind.get(module.key) ?? "flow",
          disabled: module.disabled,
          focused: false,
        },
      };
    });
  }, [modules, positions, badges, labels.severity]);

  const zoomedOut = useStore((state) => state.transform[2] < DETAIL_ZOOM);
  const overview = zoomedOut && modules.length > LARGE_SCENARIO;
  const hiddenNodes = useMemo(
    () => (overview ? baseNodes.map((node) => ({ ...node, hidden: true })) : null),
    [overview, baseNodes],
  );

  // Selection and keyboard focus change two nodes at most: the others keep their identity.
  const nodes = useMemo(
    () =>
      hiddenNodes ??
      baseNodes.map((node) =>
        node.id === selectedKey || node.id === focusedKey
          ? {
              ...node,
              selected: node.id === selectedKey,
              data: { ...node.data, focused: node.id === focusedKey },
            }
          : node,
      ),
    [hiddenNodes, baseNodes, selectedKey, focusedKey],
  );

  const links = useMemo(() => scenarioLinks(modules), [modules]);
  const keys = useMemo(() => modules.map((module) => module.key), [modules]);
  const edges = useMemo<Edge[]>(
    () =>
      links.map((link) => ({
        id: link.id,
        source: link.source,
        target: link.target,
        className: `edge-${link.kind}`,
        focusable: false,
        selectable: false,
      })),
    [links],
  );

  const reveal = useCallback(
    (key: string) => {
      const point = positions.get(key);
      if (!point) return;
      void flow.setCenter(point.x + NODE_WIDTH / 2, point.y + NODE_HEIGHT / 2, {
        zoom: Math.max(flow.getZoom(), 0.8),
        duration: 200,
      });
    },
    [flow, positions],
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

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.target !== event.currentTarget) return;
    const current = focusedKey ?? selectedKey ?? modules[0]?.key ?? null;
    if (!current) return;
    const direction = directionOf(event.key);
    if (direction) {
      event.preventDefault();
      if (!focusedKey) moveFocus(current);
      else {
        const next = nextInDirection(current, direction, positions);
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

  const initialFit = useMemo(
    () =>
      modules.length <= LARGE_SCENARIO
        ? { padding: 0.15 }
        : {
            // The start of a large scenario, close enough to read (Fit to view shows all of it).
            padding: 0.15,
            minZoom: 0.6,
            maxZoom: 1,
            nodes: modules.slice(0, 12).map((module) => ({ id: module.key })),
          },
    [modules],
  );

  const zoomButton = buttonClass("secondary", "sm");

  return (
    <div className="flex h-full flex-col">
      <div role="toolbar" aria-label={labels.controls} className="flex gap-2 pb-2">
        <button
          type="button"
          className={zoomButton}
          onClick={() => void flow.zoomIn({ duration: 150 })}
        >
          {labels.zoomIn}
        </button>
        <button
          type="button"
          className={zoomButton}
          onClick={() => void flow.zoomOut({ duration: 150 })}
        >
          {labels.zoomOut}
        </button>
        <button
          type="button"
          className={zoomButton}
          onClick={() =>
            void flow.fitView({ padding: 0.1, duration: 200, includeHiddenNodes: true })
          }
        >
          {labels.fit}
        </button>
      </div>
      {/* A composite widget: it takes focus and moves among its modules with the arrow keys. */}
      {/* eslint-disable-next-line jsx-a11y/no-noninteractive-element-interactions */}
      <div
        role="application"
        aria-label={labels.region}
        aria-describedby="scenario-graph-help"
        // eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex
        tabIndex={0}
        onKeyDown={onKeyDown}
        onBlur={() => setFocusedKey(null)}
        data-module-count={modules.length}
        data-affected-count={badges.size}
        className="scenario-graph min-h-0 flex-1 rounded-lg border border-slate-200 bg-slate-50 focus-visible:outline-3 focus-visible:outline-blue-600 dark:border-slate-700 dark:bg-slate-900"
      >
        <ReactFlow
          nodes={nodes}
          edges={edges}
          nodeTypes={nodeTypes}
          onNodeClick={onNodeClick}
          onPaneClick={() => onSelect(null)}
          // Not the fitView prop: with sizes known up front, xyflow would try it before the
          // viewport exists and drop it.
          onInit={(instance) => void instance.fitView(initialFit)}
          minZoom={0.05}
          maxZoom={2}
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
          {overview && (
            <ViewportPortal>
              <OverviewLayer
                keys={keys}
                positions={positions}
                links={links}
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
