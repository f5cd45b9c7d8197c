/**
 * The portfolio kept in this browser: one IndexedDB database of its own (so it never bumps the
 * version of the single-blueprint database), with the small entries apart from the blueprint
 * texts, so listing 200 scenarios after a reload reads kilobytes, not 20 MB. A write that fails
 * (quota, private mode) rejects; what was stored before stays.
 */
import type { PortfolioEntry } from "../../core/portfolio/entry";

const DB_NAME = "api-change-desk-portfolio";
const ENTRIES = "entries";
const TEXTS = "texts";

export type StoredEntry = PortfolioEntry & { addedAt: string };

function openDb(): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    if (typeof indexedDB === "undefined") {
      reject(new Error("IndexedDB is not available"));
      return;
    }
    const request = indexedDB.open(DB_NAME, 1);
    request.onupgradeneeded = () => {
      request.result.createObjectStore(ENTRIES, { keyPath: "id" });
      request.result.createObjectStore(TEXTS);
    };
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error ?? new Error("IndexedDB open failed"));
    request.onblocked = () => reject(new Error("IndexedDB is blocked by another tab"));
  });
}

let opened: Promise<IDBDatabase> | null = null;
/** One connection per page or worker: 200 stores in a row should not open 200 databases. */
function db(): Promise<IDBDatabase> {
  opened ??= openDb().catch((error: unknown) => {
    opened = null;
    throw error;
  });
  return opened;
}

async function transact<T>(
  mode: IDBTransactionMode,
  work: (entries: IDBObjectStore, texts: IDBObjectStore) => IDBRequest | void,
): Promise<T> {
  const database = await db();
  return new Promise<T>((resolve, reject) => {
    const transaction = database.transaction([ENTRIES, TEXTS], mode);
    const request = work(transaction.objectStore(ENTRIES), transaction.objectStore(TEXTS));
    transaction.oncomplete = () => resolve((request ? request.result : undefined) as T);
    transaction.onerror = () => reject(transaction.error ?? new Error("IndexedDB failed"));
    transaction.onabort = () => reject(transaction.error ?? new Error("IndexedDB aborted"));
  });
}

/** Keeps a scenario and its text together (both or neither). */
export function keepScenario(entry: StoredEntry, text: string | null): Promise<void> {
  return transact("readwrite", (entries, texts) => {
    entries.put(entry);
    if (text !== null) texts.put(text, entry.id);
  });
}

export async function listScenarios(): Promise<StoredEntry[]> {
  const all = await transact<StoredEntry[]>("readonly", (entries) => entries.getAll());
  return all.sort((a, b) => a.addedAt.localeCompare(b.addedAt) || a.id.localeCompare(b.id));
}

export async function scenarioText(id: string): Promise<string | null> {
  const text = await transact<unknown>("readonly", (_, texts) => texts.get(id));
  return typeof text === "string" ? text : null;
}

export function forgetScenario(id: string): Promise<void> {
  return transact("readwrite", (entries, texts) => {
    entries.delete(id);
    texts.delete(id);
  });
}

export function forgetPortfolio(): Promise<void> {
  return transact("readwrite", (entries, texts) => {
    entries.clear();
    texts.clear();
  });
}

/** A failed write said in a word the page can translate. */
export function storeProblem(error: unknown): "quota" | "unavailable" {
  return error instanceof DOMException && /quota/i.test(error.name) ? "quota" : "unavailable";
}
