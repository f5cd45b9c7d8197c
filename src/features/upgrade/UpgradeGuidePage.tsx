import type { ReactNode } from "react";
import { Link } from "react-router";
import { experienceLeagueUrl } from "../../core/docs/doc-links";
import { useDocumentTitle } from "../../i18n/useDocumentTitle";
import { useLocale, useT } from "../../i18n/useT";
import { upgradeMessages } from "./messages";
import type { UpgradeMessages } from "./messages/en";
import { pagePath } from "../../lib/paths";
import { buttonClass } from "../../ui/Button";

/** The green "Upgrade module" badge as the docs' images show it: a disc with two chevrons pointing left. */
function BadgeIcon() {
  return (
    <svg aria-hidden="true" viewBox="0 0 24 24" className="inline size-5 align-text-bottom">
      <circle cx="12" cy="12" r="11" className="fill-emerald-600" />
      <path d="M12 7l-5 5 5 5M17 7l-5 5 5 5" fill="none" stroke="#fff" strokeWidth="2.2" />
    </svg>
  );
}

function Section({ title, children }: { title: string; children: ReactNode }) {
  return (
    <section className="mt-8">
      <h2 className="text-xl font-semibold">{title}</h2>
      <div className="mt-2 space-y-2">{children}</div>
    </section>
  );
}

/**
 * `/:lang/upgrade/guide`: how to upgrade a module in Fusion, after the page "Upgrade a module to a
 * new version" (docs/fusion-facts.md §1), with Fusion's button names as the docs give them in each language.
 * The article's link to that page opens this one.
 */
export default function UpgradeGuidePage() {
  const locale = useLocale();
  const t = useT(upgradeMessages);
  useDocumentTitle(t("guide.title"));
  const badge = t("plan.fusion.badge");
  const labels = {
    badge,
    upgrade: t("plan.fusion.upgrade"),
    upgradeAll: t("plan.fusion.upgradeAll"),
    chooseNew: t("plan.fusion.chooseNew"),
  };
  // One list item per step or tip; those that name a Fusion button get its label in the language.
  const items = (keys: (keyof UpgradeMessages)[]) =>
    keys.map((key) => <li key={key}>{t(key, labels)}</li>);
  const source = experienceLeagueUrl(locale, "manage-scenarios/update-module-to-new-version");

  return (
    <article lang={locale} className="mx-auto max-w-3xl px-4 py-8 text-[1.0625rem] lg:py-12">
      <h1 className="text-3xl font-bold tracking-tight">{t("guide.title")}</h1>
      <p className="mt-3">{t("guide.intro")}</p>

      <Section title={t("guide.backup.title")}>
        <p>{t("guide.backup.body")}</p>
      </Section>

      <Section title={t("guide.badge.title")}>
        <p>
          <BadgeIcon /> {t("guide.badge.body", { badge })}
        </p>
      </Section>

      <Section title={t("guide.workfront.title")}>
        <ol className="list-decimal space-y-2 ps-6">
          <li>{t("guide.workfront.badge", labels)}</li>
          <li>
            {t("guide.workfront.choose")}
            <ul className="mt-1 list-disc space-y-1 ps-6">
              {items([
                "guide.workfront.upgrade",
                "guide.workfront.upgradeAll",
                "guide.workfront.chooseNew",
              ])}
            </ul>
          </li>
          <li>{t("guide.workfront.save")}</li>
        </ol>
        <p>{t("guide.workfront.review")}</p>
      </Section>

      <Section title={t("guide.other.title")}>
        <ol className="list-decimal space-y-2 ps-6">
          {items([
            "guide.other.badge",
            "guide.other.chooseNew",
            "guide.other.pick",
            "guide.other.configure",
            "guide.other.wire",
            "guide.other.delete",
            "guide.other.save",
          ])}
        </ol>
      </Section>

      <Section title={t("guide.tools.title")}>
        <p>{t("guide.tools.intro")}</p>
        <ul className="list-disc space-y-1 ps-6">
          {items([
            "guide.tools.copyMapping",
            "guide.tools.copyFilter",
            "guide.tools.swapConnection",
            "guide.tools.remapSource",
            "guide.tools.metadata",
          ])}
        </ul>
      </Section>

      <p className="mt-6 text-sm text-slate-700 dark:text-slate-300">{t("guide.labels")}</p>

      <Section title={t("guide.diagnose.title")}>
        <p>{t("guide.diagnose.body")}</p>
        <p>
          <Link
            to={pagePath("diagnose", locale)}
            className={buttonClass("primary", "lg", "inline-block")}
          >
            {t("guide.diagnose.link")}
          </Link>
        </p>
      </Section>

      <p className="mt-10 border-t border-slate-200 pt-4 text-sm dark:border-slate-800">
        <a
          href={source}
          target="_blank"
          rel="noopener noreferrer"
          className="text-blue-700 underline underline-offset-2 dark:text-blue-300"
        >
          {t("guide.source")}
          <span className="sr-only"> {t("guide.external")}</span>
        </a>
      </p>
    </article>
  );
}
