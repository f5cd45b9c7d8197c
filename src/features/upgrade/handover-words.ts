import { HANDOVER_KEYS, type HandoverWords } from "../../core/handover/words";
import type { TranslateFn } from "../../i18n/useT";
import type { UpgradeMessages } from "./messages/en";

/** The plan words in the reader's language, as the hand-over functions take them (templates unfilled). */
export function handoverWords(t: TranslateFn<UpgradeMessages>): HandoverWords {
  return Object.fromEntries(HANDOVER_KEYS.map((key) => [key, t(key)])) as HandoverWords;
}
