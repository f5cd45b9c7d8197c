export { FUSION_IMPORT_LIMIT_BYTES, HARD_LIMIT_BYTES, readBlueprint } from "./read";
export { redactBlueprint, redactValue } from "./redact";
export type * from "./model";
