import type { ReactNode } from "react";
import { appMessages } from "../../i18n/app";
import { useLocale, useT } from "../../i18n/useT";
import type { Inline } from "../../core/docs/article-model";
import { upgradeGuideHref } from "./links";

type LinkKind = Extract<Inline, { type: "link" }>["kind"];

const linkClass =
  "font-medium text-blue-700 underline decoration-1 underline-offset-2 hover:decoration-2 dark:text-blue-300";

/** An article link: in-page section, another Fusion doc page (external), or the upgrade guide. */
export function ArticleLink({
  href,
  kind,
  children,
}: {
  href: string;
  kind: LinkKind;
  children: ReactNode;
}) {
  const locale = useLocale();
  const t = useT(appMessages);
  if (kind === "section") {
    return (
      <a href={href} className={linkClass}>
        {children}
      </a>
    );
  }
  const target = kind === "upgrade-guide" ? upgradeGuideHref(locale) : href;
  const external = /^https?:/.test(target);
  return (
    <a
      href={target}
      className={linkClass}
      {...(external ? { target: "_blank", rel: "noopener noreferrer" } : {})}
    >
      {children}
      {external && (
        <>
          <svg
            aria-hidden="true"
            viewBox="0 0 12 12"
            className="ms-0.5 inline size-3 align-baseline"
          >
            <path
              d="M4.5 2.5h-2v7h7v-2M7 2.5h2.5V5M9.5 2.5 5.5 6.5"
              fill="none"
              stroke="currentColor"
              strokeWidth="1.2"
            />
          </svg>
          <span className="sr-only"> {t("docs.external")}</span>
        </>
      )}
    </a>
  );
}
