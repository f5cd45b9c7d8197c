import { useEffect, useSyncExternalStore } from "react";
import { applyTheme, readTheme, saveTheme, subscribeTheme, THEMES, type Theme } from "../lib/theme";

interface Props {
  label: string;
  names: Record<Theme, string>;
}

/** System / light / dark, as a labelled group of radio buttons; the choice is remembered. */
export function ThemeSwitch({ label, names }: Props) {
  // null on the server and while hydrating: the stored choice is only known in the browser.
  const theme = useSyncExternalStore<Theme | null>(subscribeTheme, readTheme, () => null);

  useEffect(() => {
    const query = window.matchMedia("(prefers-color-scheme: dark)");
    const follow = () => {
      if (readTheme() === "system") applyTheme("system");
    };
    query.addEventListener("change", follow);
    return () => query.removeEventListener("change", follow);
  }, []);

  return (
    <fieldset className="flex items-center gap-1 text-sm print:hidden">
      <legend className="sr-only">{label}</legend>
      {THEMES.map((option) => (
        <label
          key={option}
          className="cursor-pointer rounded px-2 py-1 text-slate-700 has-checked:bg-slate-200 has-focus-visible:outline-2 has-focus-visible:outline-blue-600 dark:text-slate-200 dark:has-checked:bg-slate-700"
        >
          <input
            type="radio"
            name="theme"
            value={option}
            checked={(theme ?? "system") === option}
            // Without script (or before hydration) the buttons could not do anything.
            disabled={theme === null}
            onChange={() => saveTheme(option)}
            className="sr-only"
          />
          {names[option]}
        </label>
      ))}
    </fieldset>
  );
}
