/**
 * Runs portfolio jobs on as many workers as the machine has cores, each worker taking the next
 * job when it answers, so results arrive as they come. A zip's reply may add jobs (its files).
 * Cancel terminates every worker: a job in the middle of a parse has no other way to stop.
 */
import type { PortfolioJob, PortfolioReply } from "./protocol";

export interface PoolHandle {
  add(jobs: PortfolioJob[]): void;
  cancel(): void;
  /** Settles when every job added so far has its reply, or on cancel. */
  done: Promise<void>;
}

export function workerCount(): number {
  const cores = typeof navigator === "undefined" ? 2 : navigator.hardwareConcurrency || 2;
  return Math.max(1, Math.min(cores, 8));
}

export function startPool(onReply: (reply: PortfolioReply) => void): PoolHandle {
  const queue: PortfolioJob[] = [];
  const idle: Worker[] = [];
  const all: Worker[] = [];
  let busy = 0;
  let finished = false;
  let settle!: () => void;
  const done = new Promise<void>((resolve) => (settle = resolve));

  const finish = () => {
    finished = true;
    for (const worker of all) worker.terminate();
    settle();
  };

  const pump = () => {
    while (!finished && queue.length > 0) {
      let worker = idle.pop();
      if (!worker && all.length < workerCount()) {
        worker = new Worker(new URL("./worker.ts", import.meta.url), { type: "module" });
        const self = worker;
        all.push(self);
        self.onmessage = (event: MessageEvent<PortfolioReply>) => {
          busy -= 1;
          idle.push(self);
          if (!finished) onReply(event.data);
          pump();
        };
        self.onerror = (event) => {
          event.preventDefault();
          busy -= 1;
          if (!finished)
            onReply({ kind: "failed", fileName: "", message: event.message || "worker failed" });
          pump();
        };
      }
      if (!worker) return;
      busy += 1;
      worker.postMessage(queue.shift()!);
    }
    if (!finished && queue.length === 0 && busy === 0) finish();
  };

  return {
    add(jobs) {
      queue.push(...jobs);
      pump();
    },
    cancel: finish,
    done,
  };
}
