/**
 * The last analysed blueprint, kept in IndexedDB so it survives a reload (localStorage is too
 * small for a 50 MB export). Only this browser sees it; "forget it" deletes it. IndexedDB can be
 * missing, blocked or full: loading then finds nothing, saving rejects so the page can say so.
 */

const DB_NAME = "api-change-desk";
const STORE = "blueprints";
const KEY = "last";

interface SavedBlueprint {
  text: string;
  savedAt: string;
}

function openDb(): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    if (typeof indexedDB === "undefined") {
      reject(new Error("IndexedDB is not available"));
      return;
    }
    const request = indexedDB.open(DB_NAME, 1);
    request.onupgradeneeded = () => request.result.createObjectStore(STORE);
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error ?? new Error("IndexedDB open failed"));
    request.onblocked = () => reject(new Error("IndexedDB is blocked by another tab"));
  });
}

/** Runs one request in its own transaction and closes the database when it is done. */
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

export async function saveBlueprint(text: string): Promise<void> {
  const value: SavedBlueprint = { text, savedAt: new Date().toISOString() };
  await run("readwrite", (store) => store.put(value, KEY));
}

function isSaved(value: unknown): value is SavedBlueprint {
  return (
    typeof value === "object" &&
    value !== null &&
    typeof (value as SavedBlueprint).text === "string" &&
    typeof (value as SavedBlueprint).savedAt === "string"
  );
}

export async function loadSavedBlueprint(): Promise<SavedBlueprint | null> {
  try {
    const value = await run<unknown>("readonly", (store) => store.get(KEY));
    return isSaved(value) ? value : null;
  } catch {
    return null;
  }
}

export async function forgetSavedBlueprint(): Promise<void> {
  try {
    await run("readwrite", (store) => store.delete(KEY));
  } catch {
    // Nothing could be stored either, so there is nothing to forget.
  }
}
