/// <reference lib="webworker" />
/**
 * Diagnoses one blueprint off the main thread, so a 50 MB paste never freezes the page, and keeps
 * it in IndexedDB from the text it already has (a dropped file is read once). One request per
 * worker: the client terminates the worker to cancel.
 */
import { moduleBadges } from "../../core/analysis/badges";
import { stepModuleIndexes } from "../../core/analysis/step-modules";
import { refusedForSize } from "../../core/blueprint/read";
import { CATALOG } from "../../core/catalog/index";
import { diagnoseBlueprint } from "../../core/diagnosis/diagnose";
import { layoutBuffers, pictureLayout } from "../../core/layout/picture";
import { saveBlueprint } from "../saved-blueprint";
import { sha256Hex } from "./hash";
import {
  MODULES_PER_MESSAGE,
  type AnalysisProgress,
  type AnalysisRequest,
  type WorkerMessage,
} from "./protocol";

const scope = self as unknown as DedicatedWorkerGlobalScope;

function post(message: WorkerMessage, transfer: Transferable[] = []) {
  scope.postMessage(message, transfer);
}

function progress(phase: AnalysisProgress["phase"], fraction: number) {
  post({ type: "progress", progress: { phase, fraction } });
}

/** A file is read in chunks so its progress can be shown; text and bytes are there already. */
async function bytesOf(input: AnalysisRequest["input"]): Promise<Uint8Array> {
  if (typeof input === "string") return new TextEncoder().encode(input);
  if (input instanceof Uint8Array) return input;
  const bytes = new Uint8Array(input.size);
  const reader = input.stream().getReader();
  let offset = 0;
  let reported = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    bytes.set(value, offset);
    offset += value.length;
    // A few dozen updates are enough for a progress bar; one per 64 KB chunk would flood the page.
    if (offset / input.size - reported >= 0.05) {
      reported = offset / input.size;
      progress("reading", reported);
    }
  }
  return bytes;
}

scope.onmessage = async (event: MessageEvent<AnalysisRequest>) => {
  try {
    const { input, today, rules, keep, picture: laidOut } = event.data;
    // A file over the limit is refused from its size, before any of it is read.
    const refused = input instanceof Blob ? refusedForSize(input.size) : null;
    if (refused) {
      post({ type: "done", outcome: { ok: false, error: refused } });
      return;
    }
    progress("reading", 0);
    // The hash needs the bytes; a file's bytes go to the reader, which tells how they decode.
    const bytes = await bytesOf(input);
    const hash = sha256Hex(bytes);
    const outcome = diagnoseBlueprint(typeof input === "string" ? input : bytes, CATALOG, {
      today,
      choices: rules,
      onProgress: (step) => post({ type: "progress", progress: step }),
    });
    if (!outcome.ok) {
      post({ type: "done", outcome });
      return;
    }
    // Kept before the page hears of the result: whatever it then offers can rely on it.
    const kept = keep
      ? // Kept as it came, a file as itself (stored as a Blob: no copy, no size ceiling).
        await saveBlueprint(
          input instanceof Uint8Array ? new Blob([input as Uint8Array<ArrayBuffer>]) : input,
        ).then(
          () => true,
          () => false,
        )
      : null;
    const { modules } = outcome.scenario;
    const stepModules = stepModuleIndexes(outcome.plan, modules);
    const blueprintHash = await hash;
    for (let start = 0; start < modules.length; start += MODULES_PER_MESSAGE) {
      post({ type: "modules", modules: modules.slice(start, start + MODULES_PER_MESSAGE) });
    }
    const scenario = { ...outcome.scenario, modules: [] };
    post(
      { type: "done", outcome: { ...outcome, scenario, stepModules, blueprintHash, kept } },
      stepModules.map((indexes) => indexes.buffer as ArrayBuffer),
    );
    if (!laidOut) return;
    // The findings are on screen while the picture is laid out.
    const picture = pictureLayout(modules, moduleBadges(outcome.report.findings));
    post({ type: "picture", picture }, layoutBuffers(picture));
  } catch (error) {
    post({ type: "failed", message: error instanceof Error ? error.message : String(error) });
  }
};
