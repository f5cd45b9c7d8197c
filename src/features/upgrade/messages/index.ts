import { defineBundle } from "../../../i18n/bundle";
import { localeFiles } from "../../../i18n/locale-files";
import type { UpgradeMessages } from "./en";

/** Messages of the upgrade wizard, its exports and the upgrade guide. */
export const upgradeMessages = defineBundle<UpgradeMessages>(
  "upgrade",
  localeFiles(import.meta.glob("./{en,fr,it,nl,sv}.ts")),
);
