import { defineBundle } from "../../../i18n/bundle";
import type { DiagnoseMessages } from "./en";

/** Messages of the Diagnose page, one file per language. */
export const diagnoseMessages = defineBundle<DiagnoseMessages>("diagnose", {
  en: () => import("./en"),
  fr: () => import("./fr"),
  it: () => import("./it"),
  nl: () => import("./nl"),
  sv: () => import("./sv"),
});
