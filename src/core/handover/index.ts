export { describePlan, type DescribeOptions, type StepDescription } from "./describe";
export type { HandoverMeta } from "./header";
export { planToMarkdown, escapeMarkdown } from "./markdown";
export { planToCsv, csvCell } from "./csv";
export { planToText } from "./text";
export { HANDOVER_WORDS_EN, type HandoverKey, type HandoverWords } from "./words";
