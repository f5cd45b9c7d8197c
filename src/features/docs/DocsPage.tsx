import { use, useEffect } from "react";
import { withColon } from "../../core/locale/typeset";
import { appMessages } from "../../i18n/app";
import { useLocale, useT } from "../../i18n/useT";
import { Island } from "../../ui/Island";
import { loadArticle } from "./article-loader";
import { ArticleBody } from "./ArticleBody";
import { ArticleTableOfContents } from "./TableOfContents";
import { ArticleTranslationNotice } from "./TranslationNotice";

/**
 * `/:lang/docs/api-overview`: the article "Overview of APIs in Fusion" in the route's language.
 * Prerendered; in the served page only the parts marked as islands are hydrated (main.tsx).
 * On phones the title comes first, then the notice and "On this page", then the text; on wide
 * screens "On this page" is a column of its own.
 */
export default function DocsPage() {
  const locale = useLocale();
  const t = useT(appMessages);
  const article = use(loadArticle(locale));
  const titleEnd = article.blocks.findIndex((block) => block.type === "heading") + 1;

  useEffect(() => {
    document.title = `${article.title} · ${t("app.name")}`;
    document
      .querySelector('meta[name="description"]')
      ?.setAttribute("content", article.description);
  }, [article, t]);

  // Rendered in the browser (not from the prerendered page, e.g. offline from the app shell), the
  // article was not there when the browser looked for the address's #section: go there now.
  useEffect(() => {
    const id = decodeURIComponent(window.location.hash.slice(1));
    if (id) document.getElementById(id)?.scrollIntoView();
  }, []);

  return (
    <div className="mx-auto flex max-w-6xl flex-col px-4 py-6 lg:grid lg:grid-cols-[minmax(0,1fr)_14rem] lg:gap-8 lg:py-12">
      {/* Phones: display contents, so that "On this page" can sit between title and text. */}
      <article
        lang={locale}
        className="max-w-[68ch] text-[1.0625rem] text-slate-800 max-lg:contents dark:text-slate-200"
      >
        <div className="order-1">
          <ArticleBody blocks={article.blocks.slice(0, titleEnd)} />
          {article.machineTranslated && (
            <Island name="translation-notice" className="mt-4">
              <ArticleTranslationNotice />
            </Island>
          )}
        </div>
        <div className="order-3">
          <ArticleBody blocks={article.blocks.slice(titleEnd)} />
          <p className="mt-10 border-t border-slate-200 pt-4 text-sm text-slate-600 dark:border-slate-800 dark:text-slate-400">
            {withColon(locale, t("docs.sourceCommit"))}{" "}
            <code>{(article.sourceCommit ?? article.snapshot.commit).slice(0, 7)}</code>
          </p>
        </div>
      </article>
      <aside className="order-2 mt-6 lg:mt-0">
        <Island name="toc" className="lg:sticky lg:top-18">
          <ArticleTableOfContents />
        </Island>
      </aside>
    </div>
  );
}
