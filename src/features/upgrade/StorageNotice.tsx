import type { StorageProblem } from "../../lib/storage";
import type { TranslateFn } from "../../i18n/useT";
import type { UpgradeMessages } from "./messages/en";

/** Why progress is not being kept (storage off, full or unreadable), and that the wizard still works. */
export function StorageNotice({
  problem,
  t,
}: {
  problem: StorageProblem | null;
  t: TranslateFn<UpgradeMessages>;
}) {
  if (!problem) return null;
  return (
    <p
      role="alert"
      className="mt-4 rounded border border-amber-300 bg-amber-50 px-3 py-2 text-sm text-amber-950 dark:border-amber-700 dark:bg-amber-950 dark:text-amber-100 print:hidden"
    >
      {t(`storage.${problem}`)}
    </p>
  );
}
