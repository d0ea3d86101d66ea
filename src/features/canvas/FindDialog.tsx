import { useEffect, useId, useMemo, useRef, useState } from 'react';
import { useTranslation } from '@/i18n/useTranslation';
import { STORY_ORDER } from '@/domain/blocks';
import { matchesAllWords } from '@/domain/search';
import { isolate } from '@/i18n/format';
import { selectCurrentCanvas, useCanvasStore } from '@/store/canvas-store';
import { Dialog } from '@/ui/Dialog';
import { focusNote } from './focus';

/**
 * Finds the notes of the open canvas that hold every word typed (case, Arabic and Persian letter
 * forms and half-spaces folded), in storytelling order; choosing one goes to it on the canvas.
 */
export default function FindDialog({ onClose }: { onClose: (returnFocus?: boolean) => void }) {
  const { t } = useTranslation();
  const headingId = useId();
  const [query, setQuery] = useState('');
  const canvas = useCanvasStore(selectCurrentCanvas);
  const field = useRef<HTMLInputElement>(null);
  const results = useRef<HTMLOListElement>(null);
  // After the dialog has opened (its own effect runs first), focus goes to the field.
  useEffect(() => field.current?.focus(), []);
  const found = useMemo(() => {
    if (query.trim() === '') return [];
    return STORY_ORDER.flatMap((blockId) =>
      canvas.blocks[blockId].flatMap((id) => {
        const note = canvas.notes[id];
        return note && matchesAllWords(note.text, query) ? [{ note, blockId }] : [];
      }),
    );
  }, [canvas, query]);
  const goTo = (noteId: string) => {
    onClose(false);
    focusNote(noteId);
  };
  return (
    <Dialog labelledBy={headingId} onClose={() => onClose()} className="small-dialog find-dialog">
      <h2 id={headingId}>{t('find.title')}</h2>
      <input
        type="search"
        dir="auto"
        className="find-field"
        aria-label={t('find.label')}
        placeholder={t('find.label')}
        ref={field}
        value={query}
        onChange={(event) => setQuery(event.target.value)}
        onKeyDown={(event) => {
          if (found.length === 0) return;
          // Enter goes to the first note found; ↓ into the list of them.
          if (event.key === 'Enter') {
            event.preventDefault();
            goTo(found[0]!.note.id);
          } else if (event.key === 'ArrowDown') {
            event.preventDefault();
            results.current?.querySelector('button')?.focus();
          }
        }}
      />
      <p role="status" className="field-note">
        {query.trim() && (found.length === 0 ? t('find.none', { query: isolate(query.trim()) }) : t('find.found', { count: found.length }))}
      </p>
      {found.length > 0 && (
        <ol
          ref={results}
          className="find-results"
          // ↑ and ↓ go through the notes found (↑ from the first, back to the field).
          onKeyDown={(event) => {
            if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
            const buttons = [...event.currentTarget.querySelectorAll('button')];
            const index = buttons.indexOf(event.target as HTMLButtonElement);
            if (index < 0) return;
            event.preventDefault();
            const next = event.key === 'ArrowDown' ? buttons[index + 1] : (buttons[index - 1] ?? field.current);
            next?.focus();
          }}
        >
          {found.map(({ note, blockId }) => (
            <li key={note.id} data-color={note.color}>
              <button type="button" onClick={() => goTo(note.id)}>
                <span dir="auto" className="find-text">
                  {note.text}
                </span>
                <span className="find-block">{t('find.in', { block: t(`blocks.${blockId}.name`) })}</span>
              </button>
            </li>
          ))}
        </ol>
      )}
    </Dialog>
  );
}
