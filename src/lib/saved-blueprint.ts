/**
 * The last analysed blueprint, kept in IndexedDB so it survives a reload (localStorage is too
 * small for a 50 MB export). It is kept as a Blob: Chromium refuses plain values over about
 * 133 MB, while a Blob is stored as a file of its own, so a 199 MB blueprint is kept too (and a
 * dropped file is stored as it is, never read into the page for it). Only this browser sees it;
 * "forget it" deletes it. IndexedDB can be
 * missing, blocked or full: loading then finds nothing, saving rejects so the page can say so.
 * What is read back is input like any other: checked against a schema, and a record that does
 * not pass is set aside (kept under another key, not shown) so the page carries on.
 */
import { z } from "zod/mini";

const DB_NAME = "api-change-desk";
const STORE = "blueprints";
const KEY = "last";
/** Where an unreadable record goes: out of the way, not deleted. */
const SET_ASIDE_KEY = "set-aside";

/** An instant as this app writes it (Date#toISOString), so it formats in every locale. */
const instant = z.string().check(
  z.refine((text) => {
    const date = new Date(text);
    return !Number.isNaN(date.getTime()) && date.toISOString() === text;
  }),
);

const blob = z.custom<Blob>((value) => value instanceof Blob);
/** What is stored: a Blob, or the text itself as versions before Blobs wrote it. */
const savedSchema = z.union([
  z.object({ blob, savedAt: instant }),
  z.object({ text: z.string(), savedAt: instant }),
]);

/** The kept blueprint as a file, whatever way it was stored. */
export interface SavedBlueprint {
  file: File;
  savedAt: string;
}

export type SavedLoad =
  | { status: "none" }
  | { status: "saved"; saved: SavedBlueprint }
  /** A record was there but could not be read: it was set aside. */
  | { status: "set-aside" };

/** The stored value checked: the blueprint, or null when it is not one this app wrote. */
export function readSavedRecord(value: unknown): SavedBlueprint | null {
  const parsed = savedSchema.safeParse(value);
  if (!parsed.success) return null;
  const record = parsed.data;
  const content = "blob" in record ? record.blob : record.text;
  return { file: new File([content], "saved-blueprint.json"), savedAt: record.savedAt };
}

function request<T>(make: () => IDBOpenDBRequest, upgrade: (db: IDBDatabase) => void) {
  return new Promise<T>((resolve, reject) => {
    const opening = make();
    opening.onupgradeneeded = () => upgrade(opening.result);
    opening.onsuccess = () => resolve(opening.result as T);
    opening.onerror = () => reject(opening.error ?? new Error("IndexedDB open failed"));
    opening.onblocked = () => reject(new Error("IndexedDB is blocked by another tab"));
  });
}

/**
 * Opens the database at whatever version it has (a newer version of the app may have raised
 * it), and adds the store in a new version if it is missing, instead of failing every save.
 */
async function openDb(): Promise<IDBDatabase> {
  if (typeof indexedDB === "undefined") throw new Error("IndexedDB is not available");
  const createStore = (db: IDBDatabase) => {
    if (!db.objectStoreNames.contains(STORE)) db.createObjectStore(STORE);
  };
  const db = await request<IDBDatabase>(() => indexedDB.open(DB_NAME), createStore);
  if (db.objectStoreNames.contains(STORE)) return db;
  const version = db.version + 1;
  db.close();
  return request<IDBDatabase>(() => indexedDB.open(DB_NAME, version), createStore);
}

/** Runs requests in one transaction and closes the database when it is done. */
async function run<T>(
  mode: IDBTransactionMode,
  makeRequest: (store: IDBObjectStore) => IDBRequest,
): Promise<T> {
  const db = await openDb();
  try {
    return await new Promise<T>((resolve, reject) => {
      const transaction = db.transaction(STORE, mode);
      const request = makeRequest(transaction.objectStore(STORE));
      transaction.oncomplete = () => resolve(request.result as T);
      transaction.onerror = () => reject(transaction.error ?? new Error("IndexedDB failed"));
      transaction.onabort = () => reject(transaction.error ?? new Error("IndexedDB aborted"));
    });
  } finally {
    db.close();
  }
}

/** Keeps a dropped or opened file as it is, or pasted text as a Blob. */
export async function saveBlueprint(content: string | Blob): Promise<void> {
  const value = {
    blob: content instanceof Blob ? content : new Blob([content], { type: "application/json" }),
    savedAt: new Date().toISOString(),
  };
  await run("readwrite", (store) => store.put(value, KEY));
}

export async function loadSavedBlueprint(): Promise<SavedLoad> {
  let value: unknown;
  try {
    value = await run<unknown>("readonly", (store) => store.get(KEY));
  } catch {
    return { status: "none" };
  }
  if (value === undefined) return { status: "none" };
  const saved = readSavedRecord(value);
  if (saved) return { status: "saved", saved };
  try {
    await run("readwrite", (store) => {
      store.put(value, SET_ASIDE_KEY);
      return store.delete(KEY);
    });
  } catch {
    // It stays where it is; it is still not shown, and the page carries on.
  }
  return { status: "set-aside" };
}

export async function forgetSavedBlueprint(): Promise<void> {
  try {
    await run("readwrite", (store) => store.delete(KEY));
  } catch {
    // Nothing could be stored either, so there is nothing to forget.
  }
}
