/**
 * How much one batch may hold. Beyond these a browser tab runs out of memory or IndexedDB quota
 * long before the table is useful; what is left out is said, never silently dropped.
 */
export const MAX_FILES = 1000;
export const MAX_ZIP_BYTES = 100 * 1024 * 1024;
export const MAX_UNZIPPED_BYTES = 300 * 1024 * 1024;
