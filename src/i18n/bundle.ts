import { trackable } from "../core/async/trackable";
import type { Locale } from "../core/locale/locales";
import { typesetAll } from "../core/locale/typeset";

/** A translation of a bundle: every key of the English messages, and no other. */
export type Translation<T> = { readonly [K in keyof T]: string };

type Loader<T> = () => Promise<{ default: Translation<T> }>;

/**
 * A set of messages for one part of the app, one file per language. Only the active
 * language's file is downloaded; the promise is cached so React's `use()` sees a stable value.
 * Loaded messages are typeset for their language (quotes, French spaces: core/locale/typeset).
 */
export interface MessageBundle<T extends Record<string, string>> {
  readonly name: string;
  load(locale: Locale): Promise<Translation<T>>;
}

export function defineBundle<T extends Record<string, string>>(
  name: string,
  loaders: Record<Locale, Loader<T>>,
): MessageBundle<T> {
  const pending = new Map<Locale, Promise<Translation<T>>>();
  return {
    name,
    load(locale) {
      let promise = pending.get(locale);
      if (!promise) {
        promise = trackable(loaders[locale]().then((module) => typesetAll(locale, module.default)));
        pending.set(locale, promise);
      }
      return promise;
    },
  };
}
