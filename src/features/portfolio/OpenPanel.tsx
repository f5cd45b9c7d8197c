import {
  directoryPicker,
  fromDirectory,
  fromFileList,
  sortGiven,
  type GivenFiles,
} from "../../lib/portfolio/files";
import type { TranslateFn } from "../../i18n/useT";
import { Button, FilePickerButton } from "../../ui/Button";
import type { PortfolioMessages } from "./messages/en";

interface Props {
  t: TranslateFn<PortfolioMessages>;
  onGiven: (given: GivenFiles) => void;
  dragging: boolean;
}

/** Open many files, a folder (with the directory picker where the browser has one), or drop. */
export function OpenPanel({ t, onGiven, dragging }: Props) {
  const picker = directoryPicker();
  const openFolder = async () => {
    if (!picker) return;
    try {
      onGiven(sortGiven(await fromDirectory(await picker())));
    } catch {
      // The user closed the picker or refused access: nothing to read.
    }
  };
  return (
    <section
      aria-label={t("open.files")}
      className={`grid gap-3 rounded-lg border-2 border-dashed p-4 ${
        dragging
          ? "border-blue-600 bg-blue-50 dark:bg-blue-950"
          : "border-slate-300 dark:border-slate-700"
      }`}
    >
      <div className="flex flex-wrap gap-2">
        <FilePickerButton
          label={t("open.files")}
          variant="primary"
          multiple
          accept=".json,.zip,application/json,application/zip"
          onFiles={(files) => onGiven(fromFileList(files))}
          testId="portfolio-files"
        />
        {/* Elsewhere a folder is dropped (see the line below): no folder input to keep up. */}
        {picker && <Button onClick={() => void openFolder()}>{t("open.folder")}</Button>}
      </div>
      <p className="text-sm text-slate-700 dark:text-slate-300">
        {dragging ? t("open.dropActive") : t("open.drop")}
      </p>
    </section>
  );
}
