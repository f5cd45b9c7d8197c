import { use, useEffect, useMemo, useState } from "react";
import { sectionInView } from "../../lib/reading-position";
import type { Article } from "../../core/docs/article-model";
import { useLocale } from "../../i18n/useT";
import { loadArticle } from "./article-loader";

/**
 * The id of the section the reader is in (see sectionInView), kept up to date as they scroll.
 * null on the server and while hydrating, so that the hydrated page matches the prerendered one.
 */
export function useActiveSection(ids: readonly string[]): string | null {
  const [active, setActive] = useState<string | null>(null);

  useEffect(() => {
    const headings = ids
      .map((id) => document.getElementById(id))
      .filter((element): element is HTMLElement => element !== null);
    if (headings.length === 0) return;
    const update = () => setActive(sectionInView(headings));
    update();
    window.addEventListener("scroll", update, { passive: true });
    window.addEventListener("resize", update, { passive: true });
    return () => {
      window.removeEventListener("scroll", update);
      window.removeEventListener("resize", update);
    };
  }, [ids]);

  return active;
}

/** The article in the current language, and the section of it being read. */
export function useArticleInView(): { article: Article; active: string | null } {
  const article = use(loadArticle(useLocale()));
  const ids = useMemo(() => article.sections.map((section) => section.id), [article]);
  return { article, active: useActiveSection(ids) };
}
