import { isTeamTranslation } from "../core/catalog/index";
import type { Locale } from "../core/locale/locales";
import { appMessages } from "../i18n/app";
import { useT } from "../i18n/useT";

interface Props {
  /** The catalog's sentence in the reader's language. */
  text: string;
  /** The same sentence in the English catalog. */
  english: string;
  locale: Locale;
  className?: string;
}

/**
 * A catalog sentence. In a language the team translated, it says so (as the article says its
 * machine translation) and keeps the English original one click away.
 */
export function CatalogText({ text, english, locale, className = "" }: Props) {
  const t = useT(appMessages);
  if (!isTeamTranslation(locale)) {
    return (
      <p lang={locale} className={className}>
        {text}
      </p>
    );
  }
  return (
    <div className={className}>
      <p lang={locale}>{text}</p>
      <details className="mt-0.5 text-xs text-slate-600 dark:text-slate-400" data-catalog-original>
        <summary className="cursor-pointer underline-offset-2 hover:underline">
          {t("catalog.teamTranslated")} {t("catalog.showEnglish")}
        </summary>
        <p lang="en" className="mt-0.5 border-s-2 border-amber-400 ps-2">
          {english}
        </p>
      </details>
    </div>
  );
}
