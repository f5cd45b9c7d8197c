/**
 * The portfolio's state: the scenarios kept in this browser, a batch being checked by the
 * worker pool (progress, cancel), and what the user must be told (files left out, zips that
 * failed, storage full). Replies are applied in batches, so 200 results are not 200 renders.
 */
import { useCallback, useEffect, useRef, useState } from "react";
import { todayIso } from "../../core/locale/format";
import type { GivenFiles } from "../../lib/portfolio/files";
import { isZip } from "../../lib/portfolio/files";
import { startPool, type PoolHandle } from "../../lib/portfolio/pool";
import type { PortfolioJob, PortfolioReply, ZipProblem } from "../../lib/portfolio/protocol";
import {
  forgetPortfolio,
  forgetScenario,
  listScenarios,
  type StoredEntry,
} from "../../lib/portfolio/store";

export type Notice =
  | { kind: "skipped" | "overLimit" | "quota" | "unavailable"; count: number }
  | { kind: "zip"; problem: ZipProblem | "empty"; file: string }
  | { kind: "failed"; file: string; message: string }
  | { kind: "loadFailed" | "removeFailed" | "missing" };

export interface Run {
  done: number;
  total: number;
  running: boolean;
  cancelled: boolean;
}

/** How often the table takes in new results while a batch runs. */
const FLUSH_MS = 120;

let jobCount = 0;
const newId = () => `${Date.now().toString(36)}-${(jobCount += 1)}`;

export function usePortfolio() {
  const [entries, setEntries] = useState<StoredEntry[]>([]);
  const [loaded, setLoaded] = useState(false);
  const [run, setRun] = useState<Run | null>(null);
  const [notices, setNotices] = useState<Notice[]>([]);
  const pool = useRef<PoolHandle | null>(null);
  const pending = useRef<{
    entries: StoredEntry[];
    notices: Notice[];
    done: number;
    total: number;
  }>({ entries: [], notices: [], done: 0, total: 0 });
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const shown = useRef(entries);
  useEffect(() => {
    shown.current = entries;
  }, [entries]);

  useEffect(() => {
    let live = true;
    listScenarios().then(
      (kept) => {
        if (!live) return;
        // Anything a batch added before the list arrived stays.
        setEntries((current) => [
          ...kept,
          ...current.filter((e) => !kept.some((k) => k.id === e.id)),
        ]);
        setLoaded(true);
      },
      () => {
        if (!live) return;
        setNotices((current) => [...current, { kind: "loadFailed" }]);
        setLoaded(true);
      },
    );
    return () => {
      live = false;
      pool.current?.cancel();
    };
  }, []);

  const flush = useCallback(() => {
    timer.current = null;
    const batch = pending.current;
    pending.current = { entries: [], notices: [], done: 0, total: 0 };
    if (batch.entries.length > 0) setEntries((current) => [...current, ...batch.entries]);
    if (batch.notices.length > 0) setNotices((current) => mergeNotices(current, batch.notices));
    setRun((current) =>
      current
        ? { ...current, done: current.done + batch.done, total: current.total + batch.total }
        : current,
    );
    return batch.entries;
  }, []);

  const schedule = useCallback(() => {
    timer.current ??= setTimeout(flush, FLUSH_MS);
  }, [flush]);

  const onReply = useCallback(
    (reply: PortfolioReply) => {
      const batch = pending.current;
      batch.done += 1;
      if (reply.kind === "entry") {
        batch.entries.push(reply.entry);
        if (!reply.kept) batch.notices.push({ kind: reply.problem, count: 1 });
      } else if (reply.kind === "failed") {
        batch.notices.push({ kind: "failed", file: reply.fileName, message: reply.message });
      } else {
        if (reply.problem)
          batch.notices.push({ kind: "zip", problem: reply.problem, file: reply.fileName });
        else if (reply.parts.length === 0)
          batch.notices.push({ kind: "zip", problem: "empty", file: reply.fileName });
        const today = todayIso();
        const jobs: PortfolioJob[] = reply.parts.map((part) => ({
          kind: "blueprint",
          id: newId(),
          fileName: `${reply.fileName}/${part.fileName}`,
          source: part.bytes,
          today,
        }));
        batch.total += jobs.length;
        pool.current?.add(jobs);
      }
      schedule();
    },
    [schedule],
  );

  const open = useCallback(
    (given: GivenFiles) => {
      const notices: Notice[] = [];
      if (given.skipped > 0) notices.push({ kind: "skipped", count: given.skipped });
      if (given.overLimit > 0) notices.push({ kind: "overLimit", count: given.overLimit });
      if (notices.length > 0) setNotices((current) => mergeNotices(current, notices));
      if (given.files.length === 0) return;
      const today = todayIso();
      const jobs = given.files.map(({ fileName, file }): PortfolioJob =>
        isZip(fileName)
          ? { kind: "zip", fileName, source: file }
          : { kind: "blueprint", id: newId(), fileName, source: file, today },
      );
      const current = pool.current;
      if (current) {
        setRun((state) => state && { ...state, total: state.total + jobs.length });
        current.add(jobs);
        return;
      }
      setRun({ done: 0, total: jobs.length, running: true, cancelled: false });
      const handle = startPool(onReply);
      pool.current = handle;
      void handle.done.then(async () => {
        if (pool.current === handle) pool.current = null;
        if (timer.current) clearTimeout(timer.current);
        const flushed = flush();
        // A cancelled worker may have kept a scenario whose reply never came: storage decides.
        const kept = await listScenarios().catch(() => []);
        const known = new Set([...shown.current, ...flushed].map((entry) => entry.id));
        const missed = kept.filter((entry) => !known.has(entry.id));
        if (missed.length > 0)
          setEntries((current) => {
            const ids = new Set(current.map((entry) => entry.id));
            return [...current, ...missed.filter((entry) => !ids.has(entry.id))];
          });
        setRun((state) => state && { ...state, done: state.done + missed.length, running: false });
      });
      handle.add(jobs);
    },
    [flush, onReply],
  );

  const cancel = useCallback(() => {
    setRun((state) => state && { ...state, cancelled: true });
    pool.current?.cancel();
  }, []);

  const remove = useCallback(async (id: string) => {
    try {
      await forgetScenario(id);
      setEntries((current) => current.filter((entry) => entry.id !== id));
    } catch {
      setNotices((current) => mergeNotices(current, [{ kind: "removeFailed" }]));
    }
  }, []);

  const removeAll = useCallback(async () => {
    pool.current?.cancel();
    try {
      await forgetPortfolio();
      setEntries([]);
      setRun(null);
      setNotices([]);
    } catch {
      setNotices((current) => mergeNotices(current, [{ kind: "removeFailed" }]));
    }
  }, []);

  const say = useCallback(
    (notice: Notice) => setNotices((current) => mergeNotices(current, [notice])),
    [],
  );
  const dismiss = useCallback(
    (index: number) => setNotices((current) => current.filter((_, at) => at !== index)),
    [],
  );

  return { entries, loaded, run, notices, open, cancel, remove, removeAll, say, dismiss };
}

/** Counting notices of one kind add up; the same message is not shown twice. */
function mergeNotices(current: Notice[], added: Notice[]): Notice[] {
  const next = [...current];
  const sameAs = (notice: Notice) => (old: Notice) =>
    "count" in notice ? old.kind === notice.kind : JSON.stringify(old) === JSON.stringify(notice);
  for (const notice of added) {
    const at = next.findIndex(sameAs(notice));
    const old = next[at];
    if (!old) next.push(notice);
    else if ("count" in old && "count" in notice)
      next[at] = { ...old, count: old.count + notice.count };
  }
  return next;
}
