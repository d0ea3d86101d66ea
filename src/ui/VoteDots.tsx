import { useTranslation } from '@/i18n/useTranslation';

/** What the board gives a note's votes to draw (features/voting draws them, on the canvas's notes). */
export interface NoteVotesProps {
  noteId: string;
  votes: number;
  /** Whether dot voting is on (then votes can be given and taken back). */
  voting: boolean;
  /** The note's text, which the votes' buttons name. */
  describedBy: string;
  /** The id the votes' words take: the note's text is described by them ("3 votes"). */
  labelId: string;
  /** Reached from the note by arrow keys on the board (the roving tab index), by Tab while presenting. */
  tabIndex: number | undefined;
  /** The buttons' names (looked up once per block, not per note). */
  names: { addVote: string; removeVote: string };
}

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
