/** A quiet placeholder while a page's code or messages download. */
export function Loading({ label }: { label: string }) {
  return (
    <p role="status" className="mx-auto max-w-6xl px-4 py-10 text-slate-600 dark:text-slate-400">
      {label}
    </p>
  );
}
