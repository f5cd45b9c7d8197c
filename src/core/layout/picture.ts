/**
 * The picture's layout in one piece: where each module sits (laid out, then compacted) and which
 * module it follows, in what kind of link. Computed in the analysis worker, so a 100,000-module
 * scenario is laid out off the main thread, and held in typed arrays indexed like the modules:
 * they cross to the page without a copy (transferred), where 100,000 small objects would make
 * one long structured-clone task.
 */
import type { Severity } from "../analysis/report";
import type { ScenarioModule } from "../blueprint/model";
import { readChains, type LinkKind, type ScenarioLink } from "./chains";
import { compactPositions } from "./compact";
import { hugePicture, type HugePicture } from "./huge-picture";
import { layoutScenario, type Positions } from "./layout";

const LINK_KINDS: readonly LinkKind[] = ["flow", "route", "branch", "error", "tool", "orphan"];

export interface PictureLayout {
  /** modules[i] sits at x = xy[2i], y = xy[2i + 1], in picture units. */
  xy: Float64Array;
  /** Index of the module modules[i] follows, -1 when none. */
  predecessor: Int32Array;
  /** The kind of link into modules[i], as its index in LINK_KINDS. */
  kind: Uint8Array;
  /** For a scenario of thousands of modules, what the page draws it from (see huge-picture). */
  huge: HugePicture | null;
}

/** `badges`: the worst severity of each affected module (the overview of a huge scenario shows them). */
export function pictureLayout(
  modules: ScenarioModule[],
  badges: ReadonlyMap<string, Severity>,
): PictureLayout {
  const chains = readChains(modules);
  const keys = modules.map((module) => module.key);
  const positions = compactPositions(
    keys,
    layoutScenario(modules, () => chains),
  );
  const index = new Map(keys.map((key, at) => [key, at]));
  const layout: PictureLayout = {
    xy: new Float64Array(modules.length * 2),
    predecessor: new Int32Array(modules.length).fill(-1),
    kind: new Uint8Array(modules.length),
    huge: null,
  };
  keys.forEach((key, at) => {
    const point = positions.get(key) ?? { x: 0, y: 0 };
    layout.xy[2 * at] = point.x;
    layout.xy[2 * at + 1] = point.y;
    const before = chains.predecessor.get(key);
    layout.predecessor[at] = before == null ? -1 : index.get(before)!;
    layout.kind[at] = LINK_KINDS.indexOf(chains.kind.get(key) ?? "flow");
  });
  layout.huge = hugePicture(modules, layout, badges);
  return layout;
}

/** The buffers to transfer with a layout (they are then unusable in the sender). */
export function layoutBuffers(layout: PictureLayout): ArrayBuffer[] {
  return [layout.xy.buffer, layout.predecessor.buffer, layout.kind.buffer] as ArrayBuffer[];
}

/** What the picture draws from a layout: positions, each module's link kind, and the links. */
export interface PicturePlacement {
  positions: Positions;
  kind: Map<string, LinkKind>;
  links: ScenarioLink[];
}

/**
 * Positions, link kinds and links of the modules at `only` (indices; all by default). A link is
 * read when both its ends are among them.
 */
export function readPictureLayout(
  modules: readonly ScenarioModule[],
  layout: PictureLayout,
  only?: readonly number[],
): PicturePlacement {
  const positions: Positions = new Map();
  const kind = new Map<string, LinkKind>();
  const links: ScenarioLink[] = [];
  const chosen = only ? new Set(only) : null;
  const read = (at: number) => {
    const module = modules[at]!;
    positions.set(module.key, { x: layout.xy[2 * at]!, y: layout.xy[2 * at + 1]! });
    const linkKind = LINK_KINDS[layout.kind[at]!]!;
    kind.set(module.key, linkKind);
    const before = layout.predecessor[at]!;
    if (before < 0 || (chosen && !chosen.has(before))) return;
    const source = modules[before]!.key;
    links.push({ id: `${source}->${module.key}`, source, target: module.key, kind: linkKind });
  };
  if (only) for (const at of only) read(at);
  else for (let at = 0; at < modules.length; at++) read(at);
  return { positions, kind, links };
}
