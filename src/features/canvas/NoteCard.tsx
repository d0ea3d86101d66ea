import type { DraggableSyntheticListeners } from '@dnd-kit/core';
import { memo, useContext, useEffect, useId, useRef, useState, type CSSProperties, type KeyboardEvent } from 'react';
import { type BlockId } from '@/domain/blocks';
import type { Note } from '@/domain/schema';
import { canvasActions, selectCurrentCanvas, useCanvasStore } from '@/store/canvas-store';
import { isolate } from '@/i18n/format';
import { showToast } from '@/ui/toasts';
import { translator } from '@/i18n/translator';
import { selectPresenting, useWorkshop } from '@/store/workshop';
import { announce } from '@/ui/announcer';
import { useDeferredFocus } from '@/ui/useDeferredFocus';
import { NO_HOVER, useMediaQuery } from '@/ui/useMediaQuery';
import { matchShortcut } from '@/ui/shortcuts';
import { isBeingEdited, NoteEditor } from './NoteEditor';
import { useBoardText } from './board-text';
import { markVisible, useNoteDrag, useVisibleNotes } from './drag-state';
import { BoardReadOnlyContext, NotePartsContext } from './note-contexts';
import type { RoomPerson } from '@/store/live-room';
import { NoteMeta } from './NoteMeta';
import { NoteToolbar } from './NoteToolbar';
import { focusAfterRemoval } from './focus';
import { copyInEvent, duplicate } from './note-clipboard';
import { ROVING_TAB_INDEX } from './board-keys';
import { addTypedNote } from './keep-typed-note';

interface NoteCardProps {
  noteId: string;
  /** The note as the store holds it (read by its page, ./NotesPage); undefined once it is deleted. */
  note: Note | undefined;
  blockId: BlockId;
  /** Whether the note is near the screen (./NotesPage): it then keeps its tools. */
  near: boolean;
  /** Someone else in a live room who is editing this note. */
  editor?: RoomPerson | undefined;
}

/**
 * One sticky note in a block: read, edit in place, recolour, move, delete, drag. The card is the
 * list item dnd-kit moves; what it shows is a separate memoised part, so the drag layer's updates
 * (its arrival, a note sliding aside) redraw the item alone. A board can hold thousands of notes,
 * so each note keeps its own work small: its tools are drawn once it nears the screen, texts come
 * from the block (./board-text), menus build their items only when opened.
 */
export const NoteCard = memo(function NoteCard({ noteId, note, blockId, near, editor }: NoteCardProps) {
  // A note drawn anew while its editor is open (it crossed into another page of its block) opens it again.
  const [editing, setEditing] = useState(() => isBeingEdited(noteId));
  // The tools come when the note comes near the screen (./NotesPage), takes focus or the
  // pointer; on touch screens at once, since there they sit beside the text and set its width; and
  // at once for a note seen before (moved to another block or page, it is drawn anew there).
  const [seen, setSeen] = useState(() => useVisibleNotes.getState().seen.has(noteId));
  if (near && !seen) setSeen(true);
  const tools = useMediaQuery(NO_HOVER) || seen;
  const textId = useId();
  // Dragging is lent by the drag layer once it has loaded (and is off while presenting).
  const drag = useNoteDrag(noteId);
  const setItem = drag?.setNodeRef;
  useEffect(() => {
    // In sight: it takes part in dragging from now on.
    if (tools) markVisible(noteId);
  }, [tools, noteId]);
  if (!note) return null;
  return (
    <div
      ref={setItem}
      role="listitem"
      // Keyboard and pointer users meet the tools as they reach the note.
      onFocus={tools ? undefined : () => setSeen(true)}
      onPointerEnter={tools ? undefined : () => setSeen(true)}
      style={
        drag || editor
          ? ({ transform: drag?.transform, transition: drag?.transition, '--person-hue': editor?.hue } as CSSProperties)
          : undefined
      }
      className="note"
      data-color={note.color}
      data-note-id={noteId}
      data-dragging={drag?.isDragging || undefined}
      data-edited-by={editor ? '' : undefined}
      aria-labelledby={editing ? undefined : textId}
      {...(editing ? {} : pointerListeners(drag?.listeners))}
    >
      {editor && <EditorMark name={editor.name} />}
      <NoteContent note={note} blockId={blockId} textId={textId} tools={tools} editing={editing} setEditing={setEditing} />
    </div>
  );
});

interface NoteContentProps {
  note: Note;
  blockId: BlockId;
  textId: string;
  /** False until the note has come into sight: an empty bar of the toolbar's height stands in. */
  tools: boolean;
  editing: boolean;
  setEditing: (editing: boolean) => void;
}

const NoteContent = memo(function NoteContent({ note, blockId, textId, tools, editing, setEditing }: NoteContentProps) {
  const noteId = note.id;
  const { t, tools: names } = useBoardText();
  const parts = useContext(NotePartsContext);
  // In a presentation notes are shown, not edited or dragged (votes still work while voting is on):
  // the board's stylesheet hides their tools, so a presentation starting does not draw a thousand
  // notes again (only those showing votes, whose dots Tab reaches there). Through a live room's
  // watch link they are only shown.
  const votingOn = useWorkshop((state) => state.voting);
  const readOnly = useContext(BoardReadOnlyContext);
  const voting = votingOn && !readOnly;
  const votes = note.votes ?? 0;
  const showsVotes = voting || votes > 0;
  const votesPresented = useWorkshop((state) => showsVotes && selectPresenting(state)) || readOnly;
  const votesId = useId();
  const textRef = useRef<HTMLButtonElement>(null);
  // Leaving the editor by key puts focus back on the note, so keyboard users stay where they were.
  const focusText = useDeferredFocus(textRef, !editing);
  const stopEditing = (byKey: boolean) => {
    focusText(byKey);
    setEditing(false);
  };

  if (editing) {
    loadMerge();
    return (
      <NoteEditor
        initialText={note.text}
        noteId={noteId}
        label={t('notes:editLabel')}
        onSave={(text, byKey, startedFrom) => {
          saveEdit(noteId, blockId, startedFrom, text);
          stopEditing(byKey);
        }}
        onKeep={(text, startedFrom) => saveEdit(noteId, blockId, startedFrom, text)}
        onCancel={stopEditing}
      />
    );
  }
  const hasMeta = Boolean(note.relationship || note.segmentIds?.length);
  return (
    <>
      <button
        ref={textRef}
        type="button"
        className="note-text"
        dir="auto"
        id={textId}
        onClick={() => !readOnly && !selectPresenting(useWorkshop.getState()) && setEditing(true)}
        onKeyDown={(event) => parts.onNoteKeyDown(event, noteId) || noteKeys(event, noteId)}
        onCopy={(event) => copyInEvent(event, noteId)}
        // A note's votes are read with it, as "3 votes".
        aria-describedby={votes ? votesId : undefined}
      >
        {note.text}
      </button>
      {showsVotes && (
        <parts.Votes
          noteId={noteId}
          votes={votes}
          voting={voting}
          describedBy={textId}
          labelId={votesId}
          // Reached from the note by arrow keys on the board; by Tab while presenting (no arrows there).
          tabIndex={votesPresented ? undefined : ROVING_TAB_INDEX}
          names={names}
        />
      )}
      <div className="note-footer">
        {hasMeta ? <NoteMeta note={note} /> : (tools || readOnly) && <span className="note-meta" />}
        {/* Out of sight, the footer is kept at the tools' height (by itself when empty: less to draw). */}
        {!readOnly && !tools && hasMeta && <div className="note-toolbar note-toolbar-pending" />}
        {!readOnly && tools && (
          <NoteToolbar
            note={note}
            blockId={blockId}
            describedBy={textId}
            onDelete={() => {
              focusAfterRemoval(noteId);
              canvasActions().removeNote(noteId);
              announce(t('notes:deleted'));
            }}
          />
        )}
      </div>
    </>
  );
});

/** Merges two people's changes to a text (loaded when an editor opens: the first screen does not carry it). */
let mergeTextEdits: ((base: string, mine: string, theirs: string) => string | null) | null = null;
const loadMerge = () =>
  mergeTextEdits ??
  void import('@/domain/text-merge').then(
    (module) => (mergeTextEdits = module.mergeTextEdits),
    () => {},
  );

/**
 * Saves what was typed into a note. Someone else (in a live room, or another tab) may have saved a
 * change to it since the box opened: then both changes are kept when they touch different words;
 * otherwise theirs stays and this person's text becomes a note of its own beside it. A box opened
 * on an old text never writes it back over a newer one.
 */
function saveEdit(noteId: string, blockId: BlockId, startedFrom: string, text: string): void {
  const canvas = selectCurrentCanvas(useCanvasStore.getState());
  const current = canvas.notes[noteId];
  const theirs = current?.text ?? startedFrom;
  const merged =
    text === startedFrom || text === theirs
      ? theirs
      : theirs === startedFrom
        ? text
        : (mergeTextEdits?.(startedFrom, text, theirs) ?? null);
  if (merged !== null) {
    if (merged !== theirs) canvasActions().updateNoteText(noteId, merged);
    return;
  }
  if (!addTypedNote(blockId, text, { ...(current && { color: current.color }), index: canvas.blocks[blockId].indexOf(noteId) + 1 })) return;
  showToast({ tone: 'info', text: () => translator.t('notes:editConflict') });
}

/** Whose editing a note is: their name, in their colour (said with the note too, as text). */
function EditorMark({ name }: { name: string }) {
  const { t } = useBoardText();
  return (
    // In the page's direction, so it sits at the note's start: the name keeps its own.
    <span className="note-editor-mark">{t('room.editing', { name: isolate(name || t('room.host')) })}</span>
  );
}

/** Ctrl/⌘+D on a note puts a copy of it right after it (copy and paste come as clipboard events). */
function noteKeys(event: KeyboardEvent<HTMLButtonElement>, noteId: string): boolean {
  if (matchShortcut(['duplicate'], event, 'ltr') === null) return false;
  // A presented note is shown, not changed.
  if (selectPresenting(useWorkshop.getState())) return false;
  event.preventDefault();
  if (!event.repeat) duplicate(noteId);
  return true;
}

type Listeners = DraggableSyntheticListeners;

/** Mouse and touch start a drag anywhere on the note (after a short move or a long press). */
function pointerListeners(listeners: Listeners) {
  if (!listeners) return {};
  const { onKeyDown: _keyboard, ...rest } = listeners;
  return rest;
}
