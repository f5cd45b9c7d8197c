import { useSyncExternalStore } from "react";
import { readTheme, saveTheme, subscribeTheme, THEMES, type Theme } from "../lib/theme";
import { appMessages } from "../i18n/app";
import { useT } from "../i18n/useT";

/** Small pictures that stand for the names on narrow screens (the names stay for screen readers). */
const ICONS: Record<Theme, string> = {
  system: "M2.5 3.5h11v7h-11zM6 13.5h4M8 10.5v3",
  light:
    "M8 5a3 3 0 1 0 0 6a3 3 0 1 0 0-6M8 1v1.5M8 13.5V15M1 8h1.5M13.5 8H15M3 3l1 1M12 12l1 1M3 13l1-1M12 4l1-1",
  dark: "M13 9.5A5.5 5.5 0 0 1 6.5 3a5.5 5.5 0 1 0 6.5 6.5z",
};

/** System / light / dark, as a labelled group of radio buttons; the choice is remembered. */
export function ThemeSwitch() {
  const t = useT(appMessages);
  // null on the server and while hydrating: the stored choice is only known in the browser. Before
  // hydration the inline theme script (src/theme-init.js) already runs the switch; it also
  // follows the system's theme.
  const theme = useSyncExternalStore<Theme | null>(subscribeTheme, readTheme, () => null);

  return (
    <fieldset className="flex items-center gap-1 text-sm print:hidden">
      <legend className="sr-only">{t("theme.label")}</legend>
      {THEMES.map((option) => (
        <label
          key={option}
          className="cursor-pointer rounded p-1.5 text-slate-700 lg:px-2 lg:py-1 has-checked:bg-slate-200 has-focus-visible:outline-2 has-focus-visible:outline-blue-600 dark:text-slate-200 dark:has-checked:bg-slate-700"
        >
          <input
            type="radio"
            name="theme"
            value={option}
            checked={(theme ?? "system") === option}
            onChange={() => saveTheme(option)}
            className="sr-only"
          />
          <svg aria-hidden="true" viewBox="0 0 16 16" className="size-4 lg:hidden">
            <path
              d={ICONS[option]}
              fill="none"
              stroke="currentColor"
              strokeWidth="1.4"
              strokeLinecap="round"
            />
          </svg>
          <span className="max-lg:sr-only">{t(`theme.${option}`)}</span>
        </label>
      ))}
    </fieldset>
  );
}
