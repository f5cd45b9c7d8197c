import { defineBundle } from "../bundle";
import { localeFiles } from "../locale-files";
import type { AppMessages } from "./en";

/** Messages every page needs (shell, docs, 404). */
export const appMessages = defineBundle<AppMessages>(
  "app",
  localeFiles(import.meta.glob("./{en,fr,it,nl,sv}.ts")),
);
