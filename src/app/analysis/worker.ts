/// <reference lib="webworker" />
/**
 * Reads, analyzes and plans one blueprint off the main thread, so a 50 MB paste never freezes
 * the page. One request per worker: the client terminates the worker to cancel.
 */
import { analyze } from "../../core/analysis/analyze";
import { planUpgrade } from "../../core/analysis/plan";
import { readBlueprint, refusedForSize } from "../../core/blueprint/read";
import { CATALOG } from "../../core/catalog/index";
import type { AnalysisProgress, AnalysisRequest, WorkerMessage } from "./protocol";

const scope = self as unknown as DedicatedWorkerGlobalScope;

function post(message: WorkerMessage) {
  scope.postMessage(message);
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

async function sha256Hex(bytes: Uint8Array): Promise<string> {
  const digest = await crypto.subtle.digest("SHA-256", bytes as Uint8Array<ArrayBuffer>);
  return Array.from(new Uint8Array(digest), (byte) => byte.toString(16).padStart(2, "0")).join("");
}

scope.onmessage = async (event: MessageEvent<AnalysisRequest>) => {
  try {
    const { input, today, rules } = event.data;
    // A file over the limit is refused from its size, before any of it is read.
    const refused = input instanceof Blob ? refusedForSize(input.size) : null;
    if (refused) {
      post({ type: "done", outcome: { ok: false, error: refused } });
      return;
    }
    progress("reading", 0);
    // Strings go to the reader as they are (no copy); the hash needs the bytes either way.
    const bytes = await bytesOf(input);
    const hash = sha256Hex(bytes);
    const read = readBlueprint(typeof input === "string" ? input : bytes);
    progress("reading", 1);
    if (!read.ok) {
      post({ type: "done", outcome: { ok: false, error: read.error } });
      return;
    }
    progress("analyzing", 0);
    const report = analyze(read.scenario, CATALOG, today, rules);
    progress("analyzing", 0.7);
    const plan = planUpgrade(read.scenario, report, CATALOG);
    progress("analyzing", 1);
    post({
      type: "done",
      outcome: { ok: true, scenario: read.scenario, report, plan, blueprintHash: await hash },
    });
  } catch (error) {
    post({ type: "failed", message: error instanceof Error ? error.message : String(error) });
  }
};
