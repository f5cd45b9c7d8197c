/**
 * Small JSON values kept in localStorage (user rules, upgrade progress, preferences).
 * Storage can be disabled, full or hold corrupted data written by an older version or another
 * tab: every call returns a typed outcome instead of throwing, so the UI can say what happened
 * and keep working for the session.
 */

export type StorageProblem = "unavailable" | "quota" | "corrupted";

export type StoredValue<T> =
  { ok: true; value: T | null } | { ok: false; problem: StorageProblem; value: null };

export type StoreOutcome = { ok: true } | { ok: false; problem: StorageProblem };

const PREFIX = "acd:";

function store(): Storage | null {
  try {
    return typeof localStorage === "undefined" ? null : localStorage;
  } catch {
    // Some browsers throw on the mere access when storage is disabled.
    return null;
  }
}

/**
 * Reads `key` and checks it with `isValid`; data that fails the check is reported as
 * corrupted (and left in place, so nothing is lost before the user decides).
 */
export function readStored<T>(
  key: string,
  isValid: (value: unknown) => value is T,
): StoredValue<T> {
  const storage = store();
  if (!storage) return { ok: false, problem: "unavailable", value: null };
  let raw: string | null;
  try {
    raw = storage.getItem(PREFIX + key);
  } catch {
    return { ok: false, problem: "unavailable", value: null };
  }
  if (raw === null) return { ok: true, value: null };
  try {
    const parsed: unknown = JSON.parse(raw);
    return isValid(parsed)
      ? { ok: true, value: parsed }
      : { ok: false, problem: "corrupted", value: null };
  } catch {
    return { ok: false, problem: "corrupted", value: null };
  }
}

export function writeStored(key: string, value: unknown): StoreOutcome {
  const storage = store();
  if (!storage) return { ok: false, problem: "unavailable" };
  try {
    storage.setItem(PREFIX + key, JSON.stringify(value));
    return { ok: true };
  } catch (error) {
    const quota = error instanceof DOMException && /quota/i.test(error.name);
    return { ok: false, problem: quota ? "quota" : "unavailable" };
  }
}

export function removeStored(key: string): StoreOutcome {
  const storage = store();
  if (!storage) return { ok: false, problem: "unavailable" };
  try {
    storage.removeItem(PREFIX + key);
    return { ok: true };
  } catch {
    return { ok: false, problem: "unavailable" };
  }
}

/** Keys under `prefix` (e.g. every scenario's progress), without the app's own prefix. */
export function storedKeys(prefix: string): string[] {
  const storage = store();
  if (!storage) return [];
  try {
    const keys: string[] = [];
    for (let i = 0; i < storage.length; i++) {
      const key = storage.key(i);
      if (key?.startsWith(PREFIX + prefix)) keys.push(key.slice(PREFIX.length));
    }
    return keys;
  } catch {
    return [];
  }
}

/** Another tab changed `key`: lets two tabs on the same scenario stay in step. */
export function onStoredChange(key: string, listener: () => void): () => void {
  if (typeof window === "undefined") return () => {};
  const handler = (event: StorageEvent) => {
    if (event.key === PREFIX + key || event.key === null) listener();
  };
  window.addEventListener("storage", handler);
  return () => window.removeEventListener("storage", handler);
}

/**
 * Runs `update` while holding a lock on `key` shared by every tab of this app (Web Locks), so a
 * read-merge-write of one value is never interleaved with another tab's. Where Web Locks are
 * missing it runs at once: merging on every change event still converges.
 */
export async function withStorageLock<T>(key: string, update: () => T): Promise<T> {
  const locks = typeof navigator === "undefined" ? undefined : navigator.locks;
  if (!locks) return update();
  return locks.request(PREFIX + key, () => update());
}
