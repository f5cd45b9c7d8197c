import { use, useCallback } from "react";
import { interpolate } from "../core/locale/interpolate";
import type { MessageBundle } from "./bundle";
import { LocaleContext } from "./locale-context";
import { DEFAULT_LOCALE, preferredLocale, type Locale } from "../core/locale/locales";

/** The browser's preferred language among ours (English where there is no browser, e.g. prerender). */
export function browserLocale(): Locale {
  return typeof navigator === "undefined" ? DEFAULT_LOCALE : preferredLocale(navigator.languages);
}

/** The language of the current route (`/:lang/…`) or prerendered page; outside one, the browser's. */
export function useLocale(): Locale {
  return use(LocaleContext) ?? browserLocale();
}

export type TranslateFn<T> = (
  key: keyof T & string,
  values?: Record<string, string | number>,
) => string;

/** Messages of one bundle in the route's language; suspends while that file downloads. */
export function useT<T extends Record<string, string>>(
  bundle: MessageBundle<T>,
  locale?: Locale,
): TranslateFn<T> {
  const routeLocale = useLocale();
  const active = locale ?? routeLocale;
  // Always use(): a hook that calls use() only sometimes breaks when React replays a render
  // (error #467). The promise is cached and marked settled, so this does not suspend again.
  const messages = use(bundle.load(active));
  return useCallback((key, values) => interpolate(messages[key], values), [messages]);
}
