/** `/:lang/upgrade` — being built (issue 6). */
export default function UpgradePage() {
  return null;
}
