import type { FoundValue } from "../../core/blueprint/model";
import { shownKeys } from "../../core/blueprint/shape";
import { visibleLabel } from "../../core/blueprint/visible-text";
import type { TranslateFn } from "../../i18n/useT";
import type { DiagnoseMessages } from "./messages/en";

/** What a JSON document that is no blueprint holds, in the reader's language. */
export function foundText(t: TranslateFn<DiagnoseMessages>, found: FoundValue): string {
  switch (found.kind) {
    case "array":
      return found.count === 0 ? t("found.emptyArray") : t("found.array", { count: found.count });
    case "object":
      // The keys are the file's own text: shown as it is, control characters made visible.
      return found.keys.length === 0
        ? t("found.emptyObject")
        : t("found.object", { keys: visibleLabel(shownKeys(found.keys)) });
    default:
      return t(`found.${found.kind}`);
  }
}
