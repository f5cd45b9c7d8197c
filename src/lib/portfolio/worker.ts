/// <reference lib="webworker" />
/**
 * One of the portfolio's workers: reads a blueprint (or unpacks a zip), diagnoses it with the one
 * pipeline, keeps it in IndexedDB from the text it already has, and posts back only the small
 * entry. The page's main thread never holds 20 MB of blueprints. One job at a time; the pool
 * sends the next when the reply arrives, and terminates the worker to cancel.
 */
import { decodeBlueprint } from "../../core/blueprint/read";
import { CATALOG } from "../../core/catalog/index";
import { diagnoseBlueprint } from "../../core/diagnosis/diagnose";
import { summarize } from "../../core/portfolio/summary";
import { sha256Hex } from "../diagnosis/hash";
import type { PortfolioJob, PortfolioReply } from "./protocol";
import { keepScenario, storeProblem, type StoredEntry } from "./store";
import { unzipBlueprints } from "./unzip";

const scope = self as unknown as DedicatedWorkerGlobalScope;

async function bytesOf(source: Blob | Uint8Array): Promise<Uint8Array> {
  return source instanceof Uint8Array ? source : new Uint8Array(await source.arrayBuffer());
}

async function run(job: PortfolioJob): Promise<PortfolioReply> {
  const bytes = await bytesOf(job.source);
  if (job.kind === "zip") {
    const { parts, problem } = unzipBlueprints(bytes);
    return { kind: "zip", fileName: job.fileName, parts, problem };
  }
  // The bytes go to the reader, which names their encoding; the text is decoded again to keep it.
  const outcome = diagnoseBlueprint(bytes, CATALOG, { today: job.today });
  const entry: StoredEntry = {
    id: job.id,
    fileName: job.fileName,
    hash: outcome.ok ? await sha256Hex(bytes) : null,
    summary: summarize(outcome, CATALOG),
    addedAt: new Date().toISOString(),
  };
  try {
    // A broken file is kept too (its row says where it breaks); only a readable one needs its text.
    await keepScenario(entry, outcome.ok ? decodeBlueprint(bytes).text : null);
    return { kind: "entry", entry, kept: true };
  } catch (error) {
    return { kind: "entry", entry, kept: false, problem: storeProblem(error) };
  }
}

scope.onmessage = async (event: MessageEvent<PortfolioJob>) => {
  let reply: PortfolioReply;
  try {
    reply = await run(event.data);
  } catch (error) {
    reply = {
      kind: "failed",
      fileName: event.data.fileName,
      message: error instanceof Error ? error.message : String(error),
    };
  }
  // Not transferred: fflate may hand out views of one buffer (stored entries), which cannot move twice.
  scope.postMessage(reply);
};
