import { useId } from 'react';
import { useTranslation } from '@/i18n/useTranslation';
import type { Finding } from '@/domain/findings';

interface FindingsListProps<F extends Finding> {
  findings: readonly F[];
  /** Said when there is nothing to point out. */
  empty: string;
  message: (finding: F) => string;
  /** Takes the user to where the finding is fixed. */
  onSelect: (finding: F) => void;
}

/** Findings as a list of links to the place each is fixed; shared by the panels and the canvas check. */
export function FindingsList<F extends Finding>({ findings, empty, message, onSelect }: FindingsListProps<F>) {
  const { t } = useTranslation();
  const id = useId();
  if (findings.length === 0) return <p className="findings-none">{empty}</p>;
  return (
    <ul className="findings">
      {findings.map((finding) => (
        <li key={finding.key} data-severity={finding.severity}>
          <span className="finding-severity" id={`${id}-${finding.key}`}>
            {t(`severity.${finding.severity}`)}
          </span>
          {/* The kind (contradiction, gap, tip) is read with the link, for whoever tabs through the list. */}
          <button type="button" className="finding-link" aria-describedby={`${id}-${finding.key}`} onClick={() => onSelect(finding)}>
            {message(finding)}
          </button>
        </li>
      ))}
    </ul>
  );
}
