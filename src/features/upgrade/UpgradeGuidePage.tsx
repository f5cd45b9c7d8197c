/** `/:lang/upgrade/guide` — being built (issue 6). */
export default function UpgradeGuidePage() {
  return null;
}
