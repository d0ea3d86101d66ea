import { useTranslation } from 'react-i18next';

/** The most dots drawn; more votes show as the number beside them. */
const MAX_DOTS = 5;

/** A note's dot-voting votes: a dot each (up to five) and the number, read out as "3 votes". */
export function VoteDots({ votes, labelId }: { votes: number; labelId?: string }) {
  const { t } = useTranslation();
  if (votes <= 0) return null;
  const label = t('voting.count', { count: votes });
  return (
    <span className="vote-dots" title={label}>
      <span aria-hidden="true">
        {Array.from({ length: Math.min(votes, MAX_DOTS) }, (_, index) => (
          <span key={index} className="vote-dot" />
        ))}
      </span>
      <span aria-hidden="true">{t('voting.number', { count: votes })}</span>
      <span id={labelId} className="visually-hidden">
        {label}
      </span>
    </span>
  );
}
