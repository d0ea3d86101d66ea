import { useId, useState } from 'react';
import { useTranslation } from '@/i18n/useTranslation';
import type { BlockId } from '@/domain/blocks';
import type { Note } from '@/domain/schema';
import { selectCurrentCanvas, useCanvasStore } from '@/store/canvas-store';
import { addNamespace } from '@/i18n/namespaces';
import { Dialog } from '@/ui/Dialog';
import { VoteDots } from '@/ui/VoteDots';
import { mostVoted, TOP_OF_CANVAS, topVoted, type RankedNote } from './most-voted';
import en from '@locales/en/voting.json';
import fa from '@locales/fa/voting.json';

// The ranking's texts come with it.
addNamespace('voting', { en, fa });

type View = 'blocks' | 'canvas';

/**
 * The voted notes ranked by their dot-voting votes: within each block, or the top ten of the
 * whole canvas (each with its block).
 */
export default function MostVotedDialog({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation('voting');
  const { t: tApp } = useTranslation();
  const headingId = useId();
  const [view, setView] = useState<View>('blocks');
  const canvas = useCanvasStore(selectCurrentCanvas);
  // Blocks without votes are left out: the list is about what the room chose.
  const ranking = mostVoted(canvas).filter((block) => block.notes.length > 0);
  const anyVotes = ranking.length > 0;
  const blockName = (blockId: BlockId) => tApp(`blocks.${blockId}.name`);
  return (
    <Dialog labelledBy={headingId} onClose={onClose} className="small-dialog most-voted-dialog">
      <h2 id={headingId}>{t('voting.title')}</h2>
      {!anyVotes && <p>{t('voting.none')}</p>}
      {anyVotes && (
        <>
          <fieldset className="ranking-views">
            <legend className="visually-hidden">{t('voting.viewLabel')}</legend>
            {(['blocks', 'canvas'] as const).map((choice) => (
              <label key={choice}>
                <input type="radio" name={`${headingId}-view`} value={choice} checked={view === choice} onChange={() => setView(choice)} />
                {choice === 'blocks' ? t('voting.byBlock') : t('voting.topOfCanvas', { count: TOP_OF_CANVAS })}
              </label>
            ))}
          </fieldset>
          <p>{view === 'blocks' ? t('voting.intro') : t('voting.introCanvas', { count: TOP_OF_CANVAS })}</p>
        </>
      )}
      {view === 'blocks' &&
        ranking.map(({ blockId, notes }) => (
          <section key={blockId} aria-labelledby={`${headingId}-${blockId}`}>
            <h3 id={`${headingId}-${blockId}`}>{blockName(blockId)}</h3>
            <ol className="ranking">
              {notes.map((entry) => (
                <RankedItem key={entry.note.id} {...entry} />
              ))}
            </ol>
          </section>
        ))}
      {view === 'canvas' && anyVotes && (
        <ol className="ranking" aria-label={t('voting.topOfCanvas', { count: TOP_OF_CANVAS })}>
          {topVoted(canvas).map((entry) => (
            <RankedItem key={entry.note.id} {...entry} block={blockName(entry.blockId)} />
          ))}
        </ol>
      )}
    </Dialog>
  );
}

function RankedItem({ note, rank, block }: RankedNote & { note: Note; block?: string }) {
  const { t } = useTranslation('voting');
  return (
    <li data-color={note.color}>
      <span className="ranking-rank">{t('voting.rank', { rank })}</span>
      <span className="ranking-text">
        <span dir="auto">{note.text}</span>
        {block && <span className="ranking-block">{block}</span>}
      </span>
      <VoteDots votes={note.votes ?? 0} />
    </li>
  );
}
