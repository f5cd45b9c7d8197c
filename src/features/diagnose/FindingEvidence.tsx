import {
  evidenceText,
  platformNoteText,
  verdictOf,
  verdictText,
} from "../../core/analysis/evidence-words";
import type { Finding } from "../../core/analysis/report";
import type { Platform } from "../../core/blueprint/model";
import type { Locale } from "../../core/locale/locales";

interface Props {
  locale: Locale;
  finding: Finding;
  platform: Platform;
  cleared?: boolean;
  /** Heading of the list of reasons, in the page's words. */
  heading: string;
}

/**
 * What decided a finding: the verdict (needs action, check this, not affected), each reason the
 * blueprint gave, and the platform note when the documentation is Fusion's and the blueprint
 * is not. The list, the module panel and the cleared matches all show it the same way.
 */
export function FindingEvidence({ locale, finding, platform, cleared = false, heading }: Props) {
  const note = platformNoteText(locale, finding, platform);
  const verdict = verdictOf(finding, cleared);
  return (
    <div className="grid gap-1 text-sm" data-verdict={verdict}>
      <p className="font-semibold" data-testid="verdict">
        {verdictText(locale, verdict)}
      </p>
      <div>
        <p className="text-slate-700 dark:text-slate-300">{heading}</p>
        <ul className="list-disc ps-5" data-testid="evidence">
          {finding.evidence.map((item) => (
            <li key={`${item.code}:${item.value ?? ""}`}>{evidenceText(locale, item)}</li>
          ))}
        </ul>
      </div>
      {note && (
        <p
          role="note"
          data-testid="platform-note"
          className="rounded border border-amber-500 bg-amber-50 px-2 py-1 text-amber-950 dark:border-amber-300 dark:bg-amber-950 dark:text-amber-50"
        >
          {note}
        </p>
      )}
    </div>
  );
}
