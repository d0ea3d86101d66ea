import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { selectCurrentCanvas, useCanvasStore } from '@/store/canvas-store';
import { Dialog } from '@/ui/Dialog';
import { VoteDots } from '@/ui/VoteDots';
import { mostVoted } from './most-voted';

/** The notes of each block ranked by their dot-voting votes. */
export default function MostVotedDialog({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  const headingId = useId();
  const canvas = useCanvasStore(selectCurrentCanvas);
  // Blocks without votes are left out: the list is about what the room chose.
  const ranking = mostVoted(canvas).filter((block) => block.notes.length > 0);
  const anyVotes = ranking.length > 0;
  return (
    <Dialog labelledBy={headingId} onClose={onClose} className="small-dialog most-voted-dialog">
      <h2 id={headingId}>{t('voting.title')}</h2>
      <p>{anyVotes ? t('voting.intro') : t('voting.none')}</p>
      {ranking.map(({ blockId, notes }) => (
        <section key={blockId} aria-labelledby={`${headingId}-${blockId}`}>
          <h3 id={`${headingId}-${blockId}`}>{t(`blocks.${blockId}.name`)}</h3>
          <ol className="ranking">
            {notes.map(({ note, rank }) => (
              <li key={note.id} data-color={note.color}>
                <span className="ranking-rank">{t('voting.rank', { rank })}</span>
                <span className="ranking-text" dir="auto">
                  {note.text}
                </span>
                <VoteDots votes={note.votes ?? 0} />
              </li>
            ))}
          </ol>
        </section>
      ))}
    </Dialog>
  );
}
