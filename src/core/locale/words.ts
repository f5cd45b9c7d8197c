/**
 * A set of words that core functions take (the hand-over's, the portfolio export's): defined in
 * English as a plain object, translated in the app's message bundles under the same keys.
 */
export type Words<T> = { readonly [K in keyof T]: string };

/** Each word of `english` in the reader's language, as `translate` gives it (templates unfilled). */
export function wordsIn<T extends Record<string, string>>(
  english: T,
  translate: (key: keyof T & string) => string,
): Words<T> {
  return Object.fromEntries(Object.keys(english).map((key) => [key, translate(key)])) as Words<T>;
}
