import { isWebUrl, sourceLabel } from "../core/catalog/sources";

/**
 * The sources of a catalog entry or a plan step as links that open in a new tab. Only https
 * addresses become links; `note` (e.g. "external site") follows each one.
 */
export function SourceLinks({ urls, note }: { urls: readonly string[]; note?: string }) {
  const links = urls.filter(isWebUrl);
  if (links.length === 0) return null;
  return (
    <ul className="mt-1 grid gap-0.5 text-sm">
      {links.map((url) => (
        <li key={url} className="[overflow-wrap:anywhere]">
          <a
            href={url}
            target="_blank"
            rel="noopener noreferrer"
            className="text-blue-800 underline underline-offset-2 dark:text-blue-300"
          >
            {sourceLabel(url)}
          </a>
          {note && <span className="text-slate-600 dark:text-slate-400"> {note}</span>}
        </li>
      ))}
    </ul>
  );
}
