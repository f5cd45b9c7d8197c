import { useLocation } from "react-router";
import { isLocale, LOCALES, NATIVE_NAMES, type Locale } from "../core/locale/locales";
import { readingAnchor } from "../lib/reading-position";
import { pathInLocale } from "../lib/paths";

interface Props {
  current: Locale;
  label: string;
}

/**
 * Keeps the reader's place when they follow a language link: the address's hash, or the section
 * being read. Listens on the document from the start (src/main.tsx), so it works on a
 * prerendered page before React has hydrated it, and uses the address as it is at click time.
 */
export function keepPlaceOnLanguageLinks(event: MouseEvent): void {
  const link = event.target instanceof Element ? event.target.closest("a[hreflang]") : null;
  if (!(link instanceof HTMLAnchorElement)) return;
  const locale = link.hreflang;
  if (!isLocale(locale)) return;
  const { pathname, search, hash } = window.location;
  const anchor = readingAnchor();
  link.href = `${pathInLocale(pathname, locale)}${search}${hash || (anchor ? `#${anchor}` : "")}`;
}

/**
 * The language picker: plain links (they work before any script runs), each keeping the
 * reader's place. The hash is taken from the address, or from the section being read.
 */
export function LanguageMenu({ current, label }: Props) {
  const location = useLocation();
  return (
    <nav aria-label={label} className="flex flex-wrap items-center gap-1 text-sm">
      {LOCALES.map((locale) => {
        const href = `${pathInLocale(location.pathname, locale)}${location.search}${location.hash}`;
        return (
          <a
            key={locale}
            href={href}
            lang={locale}
            hrefLang={locale}
            aria-current={locale === current ? "true" : undefined}
            className="rounded px-2 py-1 text-slate-700 underline-offset-4 hover:underline aria-[current=true]:bg-slate-900 aria-[current=true]:text-white dark:text-slate-200 dark:aria-[current=true]:bg-slate-100 dark:aria-[current=true]:text-slate-900"
          >
            {NATIVE_NAMES[locale]}
          </a>
        );
      })}
    </nav>
  );
}
