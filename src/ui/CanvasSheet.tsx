import type { TFunction } from '@/i18n/translator';
import { useTranslation } from '@/i18n/useTranslation';
import { BLOCK_IDS, STORY_ORDER, type BlockId } from '@/domain/blocks';
import { phasesOf } from '@/domain/journey';
import type { Canvas, Note } from '@/domain/schema';
import { formatDateTime, formatList } from '@/i18n/format';
import { VoteDots } from '@/ui/VoteDots';
import './sheet.css';
import '@/i18n/model-words';

interface CanvasSheetProps {
  canvas: Canvas;
  /** `canvas`: Osterwalder's arrangement; `stacked`: one block under another, in storytelling order. */
  layout?: 'canvas' | 'stacked';
}

/**
 * A canvas drawn from its data alone, read-only: the shared view, the PNG image and the printed
 * page all use it, so none of them depends on the editor's state or hides parts of it.
 */
export function CanvasSheet({ canvas, layout = 'canvas' }: CanvasSheetProps) {
  const { t } = useTranslation();
  const order: readonly BlockId[] = layout === 'canvas' ? BLOCK_IDS : STORY_ORDER;
  return (
    <article className="sheet" data-layout={layout}>
      <SheetHeader canvas={canvas} />
      <div className={layout === 'canvas' ? 'sheet-grid canvas-grid' : 'sheet-grid'}>
        {order.map((blockId) => (
          <SheetBlock key={blockId} canvas={canvas} blockId={blockId} />
        ))}
      </div>
      <footer className="sheet-footer">{t('sheet.madeWith')}</footer>
    </article>
  );
}

/** The canvas's title and when it was last changed. */
export function SheetHeader({ canvas }: { canvas: Canvas }) {
  const { t, i18n } = useTranslation();
  return (
    <header className="sheet-header">
      <h2 className="sheet-title" dir="auto">
        {canvas.title.trim() || t('header.titlePlaceholder')}
      </h2>
      <p className="sheet-subtitle">
        {t('app.canvasLabel')} · {t('sheet.changed', { date: formatDateTime(canvas.updatedAt, i18n.language) })}
      </p>
    </header>
  );
}

interface SheetBlockProps {
  canvas: Canvas;
  blockId: BlockId;
  /** Only the notes from `from` up to `to` (a block printed over several pages). */
  from?: number;
  to?: number;
  /** Its heading says it goes on from an earlier page. */
  continued?: boolean;
}

/** One block: its name and its notes (or some of them). */
export function SheetBlock({ canvas, blockId, from = 0, to, continued = false }: SheetBlockProps) {
  const { t } = useTranslation();
  const name = t(`blocks.${blockId}.name`);
  const notes = canvas.blocks[blockId].slice(from, to);
  return (
    <section className="sheet-block" data-block={blockId} aria-label={name}>
      <h3>{continued ? t('sheet.continued', { block: name }) : name}</h3>
      {notes.length > 0 && (
        <ul className="sheet-notes">
          {notes.map((noteId) => (
            <SheetNote key={noteId} note={canvas.notes[noteId]!} canvas={canvas} />
          ))}
        </ul>
      )}
    </section>
  );
}

function SheetNote({ note, canvas }: { note: Note; canvas: Canvas }) {
  return (
    <li className="sheet-note" data-color={note.color} aria-label={note.text}>
      <SheetNoteContent note={note} canvas={canvas} />
    </li>
  );
}

/** What a note shows on a sheet: its text, its votes, a relationship's type, a channel's phases, the segments it serves. */
export function SheetNoteContent({ note, canvas }: { note: Note; canvas: Canvas }) {
  const { t, i18n } = useTranslation();
  return sheetNoteContent(note, canvas, t, i18n.language);
}

/**
 * SheetNoteContent drawn with the `t` and language given: for a list of many notes, whose
 * parent has them already (a hook for each of a thousand notes costs time as they are drawn).
 */
export function sheetNoteContent(note: Note, canvas: Canvas, t: TFunction, language: string) {
  const list = (items: string[]) => formatList(items, language);
  const segments = (note.segmentIds ?? []).flatMap((id) => (Object.hasOwn(canvas.notes, id) ? [canvas.notes[id]!] : []));
  const usedPhases = note.channel ? phasesOf(canvas.journeyModel).filter((phase) => note.channel?.phases[phase]?.used) : [];
  return (
    <>
      <span className="sheet-note-text" dir="auto">
        {note.text}
      </span>
      {(note.relationship || segments.length > 0 || usedPhases.length > 0 || (note.votes ?? 0) > 0) && (
        <span className="sheet-note-meta">
          {note.votes ? <VoteDots votes={note.votes} /> : null}
          {note.relationship && <span className="badge">{t(`model:relationshipTypes.${note.relationship.type}`)}</span>}
          {usedPhases.length > 0 && <span className="sheet-phases">{list(usedPhases.map((phase) => t(`model:phases.${phase}`)))}</span>}
          {segments.length > 0 && (
            // Named, not only coloured: on paper or an image the colours alone cannot be told apart.
            <span className="sheet-segments">
              {segments.map((segment) => (
                <span key={segment.id} className="segment-dot" data-color={segment.color} aria-hidden="true" />
              ))}
              <span dir="auto">{t('note.serves', { segments: list(segments.map((s) => s.text)) })}</span>
            </span>
          )}
        </span>
      )}
    </>
  );
}
