import {
  memo,
  startTransition,
  useCallback,
  useEffect,
  useId,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
  type ReactNode,
  type RefObject,
} from 'react';
import { useTranslation } from '@/i18n/useTranslation';
import type { BlockId } from '@/domain/blocks';
import { LIMITS } from '@/domain/limits';
import { selectIsFull, useBlockNoteIds, useCanvasStore } from '@/store/canvas-store';
import { PlusIcon, QuestionIcon } from '@/ui/icons';
import { IconButton } from '@/ui/IconButton';
import { useDeferredFocus } from '@/ui/useDeferredFocus';
import { useFitText, type FitRange } from '@/ui/useFitText';
import { useWholeQuestions } from './useWholeQuestions';
import { afterPaint } from '@/ui/idle';
import { isTextField } from '@/ui/keyboard';
import { BoardTextContext, toolNames } from './board-text';
import { useBlockDrag, useBoardDrag } from './drag-state';
import { NoteEditor } from './NoteEditor';
import { addTypedNote } from './keep-typed-note';
import { loadedNotesCode } from './notes-code';
import { notesFillingView } from './notes-in-view';
import { flushSync } from 'react-dom';
import { NotePartsContext } from './note-contexts';
import { useNotesCode } from './use-notes-code';
import { selectEditorsByNote, useLiveRoom } from '@/store/live-room';

/** A block's scrolling body, which holds its notes. */
export const BLOCK_BODY = 'block-body';

/**
 * How a block takes part in a presentation: the one being talked about, one of the whole canvas
 * (the overview), or one in the background.
 */
export type PresentRole = 'current' | 'overview' | 'dimmed';

/**
 * Note text sizes in a presentation (CSS px on a 1920×1080 screen): shrunk to fit down to the
 * least, then the block scrolls. The overview's blocks share one size, fitted by the board.
 */
const PRESENT_TEXT: Record<PresentRole, FitRange | null> = {
  current: { min: 24, max: 44 },
  overview: null,
  dimmed: { min: 12, max: 16 },
};

interface BlockProps {
  blockId: BlockId;
  tools?: ReactNode;
  /** Set while presenting: the block is read, not edited (no tools, questions or add button). */
  present?: PresentRole;
  /** Set when this tab may only watch (a live room's watch link): no tools and no add button. */
  readOnly?: boolean;
}

/** One of the nine blocks: its name, guiding questions, notes, and a way to add one. */
export const Block = memo(function Block({ blockId, tools, present, readOnly = false }: BlockProps) {
  const { t, i18n } = useTranslation();
  const storedIds = useBlockNoteIds(blockId);
  // In a live room: who else is editing which note (nothing outside a room).
  const editors = useLiveRoom(selectEditorsByNote);
  const draggedIds = useBoardDrag((state) => state.items?.[blockId]);
  const noteIds = draggedIds ?? storedIds;
  const [drafting, setDrafting] = useState(false);
  const notesCode = useNotesCode(noteIds.length > 0 || drafting);
  // Looked up once the notes' code (and so their words) is here.
  const boardText = useMemo(() => notesCode && { t, language: i18n.language, tools: toolNames(t) }, [t, i18n.language, notesCode]);
  const full = useCanvasStore(selectIsFull);
  const [limitShown, setLimitShown] = useState(false);
  // Once a note is deleted somewhere, the message about a full canvas has done its job.
  if (limitShown && !full) setLimitShown(false);
  const [questionsOpen, setQuestionsOpen] = useState<boolean | null>(null);
  const dropNodeRef = useBlockDrag(blockId)?.setNodeRef;
  const bodyRef = useRef<HTMLDivElement | null>(null);
  const setBodyRef = useCallback(
    (node: HTMLDivElement | null) => {
      dropNodeRef?.(node);
      bodyRef.current = node;
    },
    [dropNodeRef],
  );
  const listRef = useRef<HTMLDivElement>(null);
  const drawn = useNotesInViewFirst(noteIds, bodyRef, listRef);
  useFitText(bodyRef, present ? PRESENT_TEXT[present] : null);
  // Light up the block a dragged note would land in: over its empty space or over one of its notes.
  const isTarget = useBoardDrag((state) => state.overBlock === blockId);
  const headingId = useId();
  const questionsId = useId();
  const name = t(`blocks.${blockId}.name`);
  const questions = t(`blocks.${blockId}.questions`, { returnObjects: true });
  const empty = noteIds.length === 0 && !drafting;
  const showQuestions = questionsOpen ?? empty;
  const questionsRef = useRef<HTMLDivElement>(null);
  // Shown by themselves (not asked for), the questions that do not fit whole wait behind the "?" button.
  const moreQuestions = useWholeQuestions(bodyRef, questionsRef, showQuestions && questionsOpen === null && !present, questions.join('\n'));
  const questionsToggle = useRef<HTMLButtonElement>(null);

  const addButtonRef = useRef<HTMLButtonElement>(null);
  // The add button is hidden while a note is being written (it would sit over the box), so focus
  // goes back to it once it is shown again.
  const focusAddButton = useDeferredFocus(addButtonRef, !drafting);

  return (
    <section
      className="block"
      data-block={blockId}
      aria-labelledby={headingId}
      data-over={isTarget || undefined}
      data-present={present}
      // In a presentation the background blocks are out of the way of Tab.
      inert={present === 'dimmed'}
      // Arrow keys, Home/End and Page Up/Down get around the notes and blocks (./board-keys).
      // The notes' code is read as the event comes: an empty block does not wait on it to be drawn.
      onKeyDown={present ? undefined : (event) => loadedNotesCode()?.blockKeyDown(event, blockId)}
      // A note taking focus (by Tab too) comes whole into view, clear of the sticky "Add note".
      onFocus={present ? undefined : (event) => loadedNotesCode()?.revealFocusedNote(event)}
      // Notes pasted with focus in the block (on a note or its add button) land after that note,
      // or at the block's end; a text box being typed in takes its paste as text.
      onPaste={(event) => {
        // Panels opened from the block are portalled elsewhere but still bubble here: not theirs.
        const target = event.target instanceof Node ? event.target : null;
        if (present || isTextField(event.target) || !target || !event.currentTarget.contains(target)) return;
        const after =
          event.target instanceof Element ? (event.target.closest<HTMLElement>('[data-note-id]')?.dataset.noteId ?? null) : null;
        loadedNotesCode()?.pasteFromEvent(event, blockId, after);
      }}
    >
      <div className="block-header">
        <h2 id={headingId} className="block-title">
          {name}
        </h2>
        {noteIds.length > 0 && (
          <span className="block-count" aria-hidden="true" title={t('block.noteCount', { count: noteIds.length })}>
            <span className="block-count-long">{t('block.noteCount', { count: noteIds.length })}</span>
            <span className="block-count-short">{t('block.noteCountShort', { count: noteIds.length })}</span>
          </span>
        )}
        {!present && (
          <IconButton
            ref={questionsToggle}
            className="questions-toggle"
            aria-expanded={showQuestions}
            aria-controls={questionsId}
            label={t('block.questions', { block: name })}
            onClick={() => setQuestionsOpen(!showQuestions)}
          >
            <QuestionIcon />
          </IconButton>
        )}
      </div>
      {tools && !present && !readOnly && <div className="block-tools">{tools}</div>}
      <div className={BLOCK_BODY} ref={setBodyRef}>
        <div ref={questionsRef} id={questionsId} className="questions" hidden={!showQuestions || present !== undefined}>
          <p className="questions-title">{t('block.questionsTitle')}</p>
          {/* Paragraphs, not a list: a block's only list is its notes (tests and screen readers count on it). */}
          {questions.map((question) => (
            <p key={question} className="question">
              {question}
            </p>
          ))}
          {moreQuestions > 0 && (
            <button
              type="button"
              className="questions-more"
              onClick={() => {
                setQuestionsOpen(true);
                // The link goes once they all show: focus stays on the block's questions button.
                questionsToggle.current?.focus();
              }}
            >
              {t('block.moreQuestions', { count: moreQuestions })}
            </button>
          )}
        </div>
        <div
          ref={listRef}
          role="list"
          className="notes"
          aria-labelledby={headingId}
          aria-busy={(noteIds.length > 0 && (!notesCode || drawn.length < noteIds.length)) || undefined}
        >
          {notesCode && boardText && (
            <NotePartsContext value={notesCode.parts}>
              <BoardTextContext.Provider value={boardText}>
                {notesCode.pagesOf(drawn).map((page, index) => (
                  // Pages by position: a note crossing into another page is drawn anew there (./NoteCard keeps its editor).
                  <notesCode.NotesPage key={index} noteIds={page} blockId={blockId} editors={editors} />
                ))}
              </BoardTextContext.Provider>
            </NotePartsContext>
          )}
        </div>
        {present && noteIds.length === 0 && <p className="block-empty">{t('block.noNotes')}</p>}
        {drafting && !present && !readOnly && (
          <div className="note note-draft" data-color="yellow">
            <NoteEditor
              initialText=""
              label={t('note.newLabel', { block: name })}
              onSave={(text, byKey) => {
                if (byKey) focusAddButton();
                setDrafting(false);
                if (!addTypedNote(blockId, text)) setLimitShown(true);
              }}
              onCancel={(byKey) => {
                if (byKey) focusAddButton();
                setDrafting(false);
              }}
            />
          </div>
        )}
        {limitShown && (
          <p role="alert" className="block-alert">
            {t('note.limitReached', { count: LIMITS.notesPerCanvas })}
          </p>
        )}
        {/* Inside the scrolling body (sticky at its end), so the body always holds something focusable. */}
        <button
          ref={addButtonRef}
          type="button"
          className="add-note"
          hidden={drafting || present !== undefined || readOnly}
          onClick={() => (full ? setLimitShown(true) : setDrafting(true))}
          aria-label={t('block.addNote', { block: name })}
        >
          <PlusIcon />
          <span aria-hidden="true">{t('block.addNoteShort')}</span>
        </button>
      </div>
    </section>
  );
});

/**
 * How many of a block's notes are drawn first when it opens with more: as many as its view shows
 * on most screens. Where the view shows more (a large screen), the notes it lacks are drawn once
 * the first frame is laid out, before it is painted (./notes-in-view). The rest are drawn right
 * after the first frame, a little at a time between what the user does (a transition), the list
 * marked busy meanwhile: drawing a thousand notes at once kept a large canvas from showing for
 * most of a second.
 */
export const NOTES_DRAWN_FIRST = 12;

function useNotesInViewFirst(
  noteIds: readonly string[],
  body: RefObject<HTMLElement | null>,
  list: RefObject<HTMLElement | null>,
): readonly string[] {
  // Only when the block opens: notes added later are drawn as they come.
  const [first, setFirst] = useState(() => (noteIds.length <= NOTES_DRAWN_FIRST ? Infinity : NOTES_DRAWN_FIRST));
  const opening = first === NOTES_DRAWN_FIRST;
  useLayoutEffect(() => {
    const element = list.current;
    if (!opening || !element || typeof ResizeObserver === 'undefined') return;
    // A resize observer hears of the list first once it is laid out, before the frame is painted:
    // notes drawn then are laid out and painted in the same frame.
    const observer = new ResizeObserver(() => {
      observer.disconnect();
      const wanted = body.current ? notesFillingView(body.current, element, NOTES_DRAWN_FIRST) : NOTES_DRAWN_FIRST;
      if (wanted > NOTES_DRAWN_FIRST) flushSync(() => setFirst((first) => (first === NOTES_DRAWN_FIRST ? wanted : first)));
    });
    observer.observe(element);
    return () => observer.disconnect();
  }, [opening, body, list]);
  const drawingFirst = first !== Infinity;
  useEffect(() => {
    if (!drawingFirst) return;
    return afterPaint(() => startTransition(() => setFirst(Infinity)));
  }, [drawingFirst]);
  return drawingFirst ? noteIds.slice(0, first) : noteIds;
}
