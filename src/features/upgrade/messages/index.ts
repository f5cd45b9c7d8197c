import { defineBundle } from "../../../i18n/bundle";
import type { UpgradeMessages } from "./en";

/** Messages of the upgrade wizard, its exports and the upgrade guide. */
export const upgradeMessages = defineBundle<UpgradeMessages>("upgrade", {
  en: () => import("./en"),
  fr: () => import("./fr"),
  it: () => import("./it"),
  nl: () => import("./nl"),
  sv: () => import("./sv"),
});
