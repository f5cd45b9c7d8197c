/** `/:lang/diagnose` — being built (issue 5). */
export default function DiagnosePage() {
  return null;
}
