/**
 * Marks a promise with its outcome the way React's use() reads it (`status` and `value`), so a
 * promise that has settled is then read without suspending: a page rendered again, or hydrated
 * after its data was preloaded, never shows a fallback for data it already has.
 */
export function trackable<T>(promise: Promise<T>): Promise<T> {
  const tracked = promise as Promise<T> & { status?: string; value?: T };
  tracked.status = "pending";
  void tracked.then(
    (value) => {
      tracked.status = "fulfilled";
      tracked.value = value;
    },
    () => {
      tracked.status = "rejected";
    },
  );
  return tracked;
}
