import { appMessages } from "../../i18n/app";
import { useT } from "../../i18n/useT";
import { useArticleInView } from "./useActiveSection";
import { pagePath } from "../../lib/paths";

interface Props {
  text: string;
  linkLabel: string;
  /** The English page at the section being read. */
  englishHref: string;
}

/** A quiet note above machine-translated articles, with the way to the English original. */
export function TranslationNotice({ text, linkLabel, englishHref }: Props) {
  return (
    <aside
      aria-label={text}
      className="rounded-md border border-amber-300 bg-amber-50 px-4 py-3 text-sm text-amber-950 dark:border-amber-700 dark:bg-amber-950 dark:text-amber-100"
    >
      <p>
        {text}{" "}
        <a
          href={englishHref}
          hrefLang="en"
          lang="en"
          className="font-medium underline underline-offset-2"
        >
          {linkLabel}
        </a>
      </p>
    </aside>
  );
}

/** The notice of a machine-translated article; its English link follows the section being read. */
export function ArticleTranslationNotice() {
  const t = useT(appMessages);
  const { active } = useArticleInView();
  return (
    <TranslationNotice
      text={t("docs.mtNotice")}
      linkLabel={t("docs.mtReadEnglish")}
      englishHref={`${pagePath("article", "en")}${active ? `#${active}` : ""}`}
    />
  );
}
