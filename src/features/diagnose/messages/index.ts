import { defineBundle } from "../../../i18n/bundle";
import { localeFiles } from "../../../i18n/locale-files";
import type { DiagnoseMessages } from "./en";

/** Messages of the Diagnose page, one file per language. */
export const diagnoseMessages = defineBundle<DiagnoseMessages>(
  "diagnose",
  localeFiles(import.meta.glob("./{en,fr,it,nl,sv}.ts")),
);
