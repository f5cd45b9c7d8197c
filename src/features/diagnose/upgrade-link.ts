/**
 * Whether "Start the upgrade" is offered. It leads to the upgrade wizard (/:lang/upgrade), which
 * works on the blueprint this page keeps (src/app/saved-blueprint.ts). Were the wizard ever
 * withdrawn, set this to false: the button is then absent rather than a dead end.
 */
export const UPGRADE_PAGE_READY = true;
