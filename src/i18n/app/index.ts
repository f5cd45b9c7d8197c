import { defineBundle } from "../bundle";
import type { AppMessages } from "./en";

/** Messages every page needs (shell, docs, 404). */
export const appMessages = defineBundle<AppMessages>("app", {
  en: () => import("./en"),
  fr: () => import("./fr"),
  it: () => import("./it"),
  nl: () => import("./nl"),
  sv: () => import("./sv"),
});
