/** How many steps are done, as a bar and in words. */
export function ProgressBar({
  done,
  total,
  label,
  text,
}: {
  done: number;
  total: number;
  label: string;
  text: string;
}) {
  const percent = total === 0 ? 0 : Math.round((done / total) * 100);
  return (
    <div className="mt-6">
      <div
        role="progressbar"
        aria-label={label}
        aria-valuemin={0}
        aria-valuemax={total}
        aria-valuenow={done}
        aria-valuetext={text}
        className="h-3 overflow-hidden rounded-full bg-slate-200 dark:bg-slate-800 print:hidden"
      >
        <div
          className="h-full rounded-full bg-emerald-600 transition-[width] motion-reduce:transition-none dark:bg-emerald-500"
          style={{ width: `${percent}%` }}
        />
      </div>
      <p className="mt-2 text-sm font-medium text-slate-700 dark:text-slate-300">{text}</p>
    </div>
  );
}
