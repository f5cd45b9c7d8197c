import { useLocation } from "react-router";
import { LOCALES, NATIVE_NAMES, type Locale } from "../core/locale/locales";
import { pathInLocale } from "../lib/paths";
import { Disclosure } from "./Disclosure";

interface Props {
  current: Locale;
  label: string;
}

/**
 * The language picker: plain links (they work before any script runs), each keeping the reader's
 * place (src/keep-place.js adds the section being read at click time). On wide screens a
 * row of language codes; on narrow ones a menu of names under the current language's code.
 */
export function LanguageMenu({ current, label }: Props) {
  const location = useLocation();
  const links = (short: boolean) =>
    LOCALES.map((locale) => (
      <a
        key={locale}
        title={short ? NATIVE_NAMES[locale] : undefined}
        href={`${pathInLocale(location.pathname, locale)}${location.search}${location.hash}`}
        lang={locale}
        hrefLang={locale}
        aria-current={locale === current ? "true" : undefined}
        className="rounded px-1.5 py-1 text-slate-700 underline-offset-4 hover:underline aria-[current=true]:bg-slate-900 aria-[current=true]:text-white dark:text-slate-200 dark:aria-[current=true]:bg-slate-100 dark:aria-[current=true]:text-slate-900"
      >
        {short ? (
          // The code, named in full for screen readers (and on hover).
          <>
            {locale.toUpperCase()}
            <span className="sr-only"> {NATIVE_NAMES[locale]}</span>
          </>
        ) : (
          NATIVE_NAMES[locale]
        )}
      </a>
    ));
  return (
    <>
      <nav aria-label={label} className="hidden items-center gap-0.5 text-sm lg:flex">
        {links(true)}
      </nav>
      <Disclosure
        className="lg:hidden"
        align="end"
        summary={
          <>
            <span className="sr-only">{label} </span>
            <span lang={current}>{current.toUpperCase()}</span>
          </>
        }
      >
        <nav aria-label={label} className="flex flex-col gap-1 text-sm">
          {links(false)}
        </nav>
      </Disclosure>
    </>
  );
}
