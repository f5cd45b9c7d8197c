import { appMessages } from "../../i18n/app";
import { useT } from "../../i18n/useT";
import { useArticleInView } from "./useActiveSection";

interface Props {
  label: string;
  sections: { id: string; title: string }[];
  active: string | null;
}

/** "On this page": the article's sections, the one being read marked with aria-current. */
export function TableOfContents({ label, sections, active }: Props) {
  return (
    <nav aria-label={label} className="text-sm print:hidden">
      <h2 className="font-semibold text-slate-900 dark:text-slate-100">{label}</h2>
      <ol className="mt-2 space-y-1 border-s border-slate-200 dark:border-slate-700">
        {sections.map((section) => (
          <li key={section.id}>
            <a
              href={`#${section.id}`}
              aria-current={active === section.id ? "location" : undefined}
              className="-ms-px block border-s-2 border-transparent py-1 ps-3 text-slate-600 hover:text-slate-950 aria-[current=location]:border-blue-700 aria-[current=location]:font-semibold aria-[current=location]:text-blue-800 dark:text-slate-400 dark:hover:text-white dark:aria-[current=location]:border-blue-300 dark:aria-[current=location]:text-blue-200"
            >
              {section.title}
            </a>
          </li>
        ))}
      </ol>
    </nav>
  );
}

/** The table of contents of the article in the current language, following the reader. */
export function ArticleTableOfContents() {
  const t = useT(appMessages);
  const { article, active } = useArticleInView();
  return <TableOfContents label={t("docs.toc")} sections={article.sections} active={active} />;
}
