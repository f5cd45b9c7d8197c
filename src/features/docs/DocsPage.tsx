import { use, useEffect, useMemo } from "react";
import { appMessages } from "../../i18n/app";
import { useLocale, useT } from "../../i18n/useT";
import { setReadingAnchor } from "../../lib/reading-position";
import { loadArticle } from "./article-loader";
import { ArticleBody } from "./ArticleBody";
import { TableOfContents } from "./TableOfContents";
import { TranslationNotice } from "./TranslationNotice";
import { useActiveSection } from "./useActiveSection";
import { pagePath } from "../../lib/paths";

/** `/:lang/docs/api-overview`: the article "Overview of APIs in Fusion" in the route's language. */
export default function DocsPage() {
  const locale = useLocale();
  const t = useT(appMessages);
  const article = use(loadArticle(locale));
  const sectionIds = useMemo(() => article.sections.map((section) => section.id), [article]);
  const active = useActiveSection(sectionIds);

  useEffect(() => {
    document.title = `${article.title} · ${t("app.name")}`;
    document
      .querySelector('meta[name="description"]')
      ?.setAttribute("content", article.description);
  }, [article, t]);

  useEffect(() => {
    setReadingAnchor(active);
    return () => setReadingAnchor(null);
  }, [active]);

  return (
    <div className="mx-auto grid max-w-6xl gap-8 px-4 py-8 lg:grid-cols-[minmax(0,1fr)_14rem] lg:py-12">
      <article
        lang={locale}
        className="max-w-[68ch] text-[1.0625rem] text-slate-800 dark:text-slate-200"
      >
        {article.machineTranslated && (
          <TranslationNotice
            text={t("docs.mtNotice")}
            linkLabel={t("docs.mtReadEnglish")}
            englishHref={`${pagePath("article", "en")}${active ? `#${active}` : ""}`}
          />
        )}
        <ArticleBody
          blocks={article.blocks}
          copyLabel={(section) => t("docs.copyLink", { section })}
        />
        <p className="mt-10 border-t border-slate-200 pt-4 text-sm text-slate-600 dark:border-slate-800 dark:text-slate-400">
          {t("docs.sourceCommit")}:{" "}
          <code>{(article.sourceCommit ?? article.snapshot.commit).slice(0, 7)}</code>
        </p>
      </article>
      <aside className="order-first lg:order-none">
        <div className="lg:sticky lg:top-6">
          <TableOfContents label={t("docs.toc")} sections={article.sections} active={active} />
        </div>
      </aside>
    </div>
  );
}
