/**
 * Whether "Start the upgrade" is offered. The upgrade wizard (/:lang/upgrade, issue 6) is not
 * a real page yet: until it is, the button is absent rather than a dead end. Set this to true
 * when the wizard lands; it reads the blueprint this page keeps (src/app/saved-blueprint.ts).
 */
export const UPGRADE_PAGE_READY = false;
