import { SEVERITIES, type Finding, type Severity } from "./report";

const rank = (severity: Severity) => SEVERITIES.indexOf(severity);

/** The worst severity touching each module: its badge in the picture (keyed by module key). */
export function moduleBadges(findings: readonly Finding[]): Map<string, Severity> {
  const badges = new Map<string, Severity>();
  for (const finding of findings) {
    for (const key of finding.moduleKeys) {
      const current = badges.get(key);
      if (!current || rank(finding.severity) < rank(current)) badges.set(key, finding.severity);
    }
  }
  return badges;
}
