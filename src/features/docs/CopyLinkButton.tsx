import { useState } from "react";
import { appMessages } from "../../i18n/app";
import { useT } from "../../i18n/useT";

/** Copies the address of a section (page + #id) and says so to screen readers. */
export function CopyLinkButton({ id, section }: { id: string; section: string }) {
  const t = useT(appMessages);
  const label = t("docs.copyLink", { section });
  const [status, setStatus] = useState<"idle" | "copied" | "failed">("idle");

  async function copy() {
    const url = new URL(window.location.href);
    url.hash = id;
    window.history.replaceState(window.history.state, "", url);
    try {
      await navigator.clipboard.writeText(url.toString());
      setStatus("copied");
    } catch {
      setStatus("failed");
    }
    window.setTimeout(() => setStatus("idle"), 2500);
  }

  return (
    <span className="inline-flex items-center gap-2 text-sm font-normal print:hidden">
      <button
        type="button"
        onClick={() => void copy()}
        aria-label={label}
        title={label}
        className="rounded p-1 text-slate-500 opacity-60 hover:bg-slate-100 hover:opacity-100 focus-visible:opacity-100 group-hover:opacity-100 dark:text-slate-400 dark:hover:bg-slate-800"
      >
        <svg aria-hidden="true" viewBox="0 0 16 16" className="size-4">
          <path
            d="M6.5 9.5a3 3 0 0 0 4.2 0l2.3-2.3a3 3 0 0 0-4.2-4.2l-.9.9M9.5 6.5a3 3 0 0 0-4.2 0L3 8.8A3 3 0 0 0 7.2 13l.9-.9"
            fill="none"
            stroke="currentColor"
            strokeWidth="1.5"
            strokeLinecap="round"
          />
        </svg>
      </button>
      <span role="status" className="text-green-700 dark:text-green-400">
        {status === "copied" ? t("docs.copied") : status === "failed" ? t("docs.copyFailed") : ""}
      </span>
    </span>
  );
}
