import type { DraggableSyntheticListeners } from '@dnd-kit/core';
import { useShallow } from 'zustand/react/shallow';
import { memo, useCallback, useContext, useEffect, useId, useRef, useState, type KeyboardEvent, type KeyboardEventHandler } from 'react';
import { formatList } from '@/i18n/format';
import { BLOCK_IDS, type BlockId } from '@/domain/blocks';
import { NOTE_COLORS } from '@/domain/document';
import type { Note } from '@/domain/schema';
import { linkedSegments, notesIn } from '@/domain/canvas';
import { canvasActions, selectCurrentCanvas, useCanvasStore, useNote } from '@/store/canvas-store';
import { selectPresenting, useWorkshop } from '@/store/workshop';
import { announce } from '@/ui/announcer';
import { GripIcon, MoreIcon, MoveIcon, PaletteIcon, TargetIcon, TrashIcon } from '@/ui/icons';
import { IconButton } from '@/ui/IconButton';
import { MenuButton, type MenuItem } from '@/ui/MenuButton';
import { useDeferredFocus } from '@/ui/useDeferredFocus';
import { NO_HOVER, useMediaQuery } from '@/ui/useMediaQuery';
import { matchShortcut } from '@/ui/shortcuts';
import { NoteEditor } from './NoteEditor';
import { useBoardText } from './board-text';
import { markVisible, useNoteDrag, useVisibleNotes } from './drag-state';
import { NoteVisibilityContext } from './note-visibility';
import { NotePartsContext } from './note-parts';
import { focusNote, focusAfterRemoval } from './focus';
import { copyFromMenu, copyInEvent, duplicate, pasteFromMenu } from './note-clipboard';
import { ROVING_TAB_INDEX } from './board-keys';

interface NoteCardProps {
  noteId: string;
  blockId: BlockId;
}

/**
 * One sticky note in a block: read, edit in place, recolour, move, delete, drag. The card is the
 * list item dnd-kit moves; what it shows is a separate memoised part, so the drag layer's updates
 * (its arrival, a note sliding aside) redraw the item alone. A board can hold thousands of notes,
 * so each note keeps its own work small: its tools are drawn once it nears the screen, texts come
 * from the block (./board-text), menus build their items only when opened.
 */
export const NoteCard = memo(function NoteCard({ noteId, blockId }: NoteCardProps) {
  const note = useNote(noteId);
  const [editing, setEditing] = useState(false);
  // The tools come when the note comes near the screen, takes focus or the pointer (./note-visibility);
  // on touch screens at once, since there they sit beside the text and set its width; and at once
  // for a note seen before (moved to another block, it is drawn anew there).
  const [seen, setSeen] = useState(() => useVisibleNotes.getState().seen.has(noteId));
  const tools = useMediaQuery(NO_HOVER) || seen;
  const textId = useId();
  // Dragging is lent by the drag layer once it has loaded (and is off while presenting).
  const drag = useNoteDrag(noteId);
  const item = useRef<HTMLLIElement | null>(null);
  const setDragNode = drag?.setNodeRef;
  const setItem = useCallback(
    (element: HTMLLIElement | null) => {
      item.current = element;
      setDragNode?.(element);
    },
    [setDragNode],
  );
  const watchVisibility = useContext(NoteVisibilityContext);
  useEffect(() => {
    if (tools) {
      // In sight: it takes part in dragging from now on.
      markVisible(noteId);
      return;
    }
    if (!item.current) return;
    return watchVisibility(item.current, () => setSeen(true));
  }, [tools, watchVisibility, noteId]);
  if (!note) return null;
  return (
    <li
      ref={setItem}
      // Keyboard and pointer users meet the tools as they reach the note.
      onFocus={tools ? undefined : () => setSeen(true)}
      onPointerEnter={tools ? undefined : () => setSeen(true)}
      style={drag ? { transform: drag.transform, transition: drag.transition } : undefined}
      className="note"
      data-color={note.color}
      data-note-id={noteId}
      data-dragging={drag?.isDragging || undefined}
      aria-labelledby={editing ? undefined : textId}
      {...(editing ? {} : pointerListeners(drag?.listeners))}
    >
      <NoteContent note={note} blockId={blockId} textId={textId} tools={tools} editing={editing} setEditing={setEditing} />
    </li>
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
  // In a presentation notes are shown, not edited or dragged (votes still work while voting is on).
  const { presenting, voting } = useWorkshop(useShallow((state) => ({ presenting: selectPresenting(state), voting: state.voting })));
  const votesId = useId();
  const textRef = useRef<HTMLButtonElement>(null);
  // Leaving the editor by key puts focus back on the note, so keyboard users stay where they were.
  const focusText = useDeferredFocus(textRef, !editing);
  const stopEditing = (byKey: boolean) => {
    focusText(byKey);
    setEditing(false);
  };

  if (editing) {
    return (
      <NoteEditor
        initialText={note.text}
        noteId={noteId}
        label={t('note.editLabel')}
        onSave={(text, byKey) => {
          canvasActions().updateNoteText(noteId, text);
          stopEditing(byKey);
        }}
        onCancel={stopEditing}
      />
    );
  }
  const votes = note.votes ?? 0;
  const hasMeta = Boolean(note.relationship || note.segmentIds?.length);
  return (
    <>
      <button
        ref={textRef}
        type="button"
        className="note-text"
        dir="auto"
        id={textId}
        onClick={() => !presenting && setEditing(true)}
        onKeyDown={(event) => parts.onNoteKeyDown(event, noteId) || noteKeys(event, noteId)}
        onCopy={(event) => copyInEvent(event, noteId)}
        // A note's votes are read with it, as "3 votes".
        aria-describedby={votes ? votesId : undefined}
      >
        {note.text}
      </button>
      {(voting || votes > 0) && (
        <parts.Votes
          noteId={noteId}
          votes={votes}
          voting={voting}
          describedBy={textId}
          labelId={votesId}
          // Reached from the note by arrow keys on the board; by Tab while presenting (no arrows there).
          tabIndex={presenting ? undefined : ROVING_TAB_INDEX}
          names={names}
        />
      )}
      <div className="note-footer">
        {hasMeta ? <NoteMeta note={note} /> : (tools || presenting) && <span className="note-meta" />}
        {/* Out of sight, the footer is kept at the tools' height (by itself when empty: less to draw). */}
        {!presenting && !tools && hasMeta && <div className="note-toolbar note-toolbar-pending" />}
        {!presenting && tools && (
          <NoteToolbar
            note={note}
            blockId={blockId}
            describedBy={textId}
            onDelete={() => {
              focusAfterRemoval(noteId);
              canvasActions().removeNote(noteId);
              announce(t('note.deleted'));
            }}
          />
        )}
      </div>
    </>
  );
});

const NO_NOTES: never[] = [];

/** Ctrl/⌘+D on a note puts a copy of it right after it (copy and paste come as clipboard events). */
function noteKeys(event: KeyboardEvent<HTMLButtonElement>, noteId: string): boolean {
  if (matchShortcut(['duplicate'], event, 'ltr') === null) return false;
  // A presented note is shown, not changed.
  if (selectPresenting(useWorkshop.getState())) return false;
  event.preventDefault();
  if (!event.repeat) duplicate(noteId);
  return true;
}

/** The segments a note names on its face; the rest are counted ("+2"). */
const SEGMENT_TAGS_SHOWN = 3;

/**
 * What a note carries besides its text: its relationship type as a badge, and a tag for each
 * customer segment it serves (the start of its name, in its note's colour).
 */
function NoteMeta({ note }: { note: Note }) {
  const { t, language } = useBoardText();
  const segments = useCanvasStore(useShallow((state) => linkedSegments(selectCurrentCanvas(state), note)));
  if (!note.relationship && segments.length === 0) return <span className="note-meta" />;
  const serves = t('note.serves', {
    segments: formatList(
      segments.map((s) => s.text),
      language,
    ),
  });
  return (
    <span className="note-meta">
      {note.relationship && (
        <span className="badge" title={t('note.relationshipBadge', { type: t(`relationshipTypes.${note.relationship.type}`) })}>
          {t(`relationshipTypes.${note.relationship.type}`)}
        </span>
      )}
      {segments.length > 0 && (
        // Each segment by the start of its name, in its note's colour: readable across a room.
        <span className="segment-tags" title={serves}>
          {segments.slice(0, SEGMENT_TAGS_SHOWN).map((segment) => (
            <span key={segment.id} className="segment-tag" aria-hidden="true">
              <span className="segment-dot" data-color={segment.color} />
              <span className="segment-tag-name" dir="auto">
                {segment.text}
              </span>
            </span>
          ))}
          {segments.length > SEGMENT_TAGS_SHOWN && (
            <span className="segment-tag" aria-hidden="true">
              {t('note.moreSegments', { count: segments.length - SEGMENT_TAGS_SHOWN })}
            </span>
          )}
          <span className="visually-hidden">{serves}</span>
        </span>
      )}
    </span>
  );
}

interface NoteToolbarProps {
  note: Note;
  blockId: BlockId;
  /** Id of the note's text, which describes each tool (the tools' names stay short). */
  describedBy: string;
  onDelete: () => void;
}

/** The note's tools. Each menu's items are made when it opens, not with every note. */
function NoteToolbar({ note, blockId, describedBy, onDelete }: NoteToolbarProps) {
  const { t, tools: names } = useBoardText();
  const noteId = note.id;
  // A value proposition says which customer segments it is for (the canvas check asks for it).
  const segments = useCanvasStore(
    useShallow((state) => (blockId === 'valuePropositions' ? notesIn(selectCurrentCanvas(state), 'customerSegments') : NO_NOTES)),
  );

  const colorItems = (): MenuItem[] =>
    NOTE_COLORS.map((color) => ({
      id: color,
      label: t(`note.colors.${color}`),
      checked: note.color === color,
      decoration: <span className="swatch" data-color={color} aria-hidden="true" />,
      onSelect: () => canvasActions().setNoteColor(noteId, color),
    }));

  const moveItems = (): MenuItem[] =>
    BLOCK_IDS.filter((id) => id !== blockId).map((target) => ({
      id: target,
      label: t(`blocks.${target}.name`),
      onSelect: () => {
        canvasActions().moveNote(noteId, target);
        announce(t('note.moved', { block: t(`blocks.${target}.name`) }));
        focusNote(noteId);
      },
    }));

  const moreItems = (): MenuItem[] => [
    { id: 'duplicate', label: t('note.duplicate'), onSelect: () => duplicate(noteId) },
    { id: 'copy', label: t('note.copy'), onSelect: () => void copyFromMenu(noteId) },
    { id: 'paste', label: t('note.pasteAfter'), onSelect: () => void pasteFromMenu(blockId, noteId) },
  ];

  const segmentItems = (): MenuItem[] =>
    segments.map((segment) => ({
      id: segment.id,
      label: segment.text.trim() || t('note.untitledSegment'),
      checked: note.segmentIds?.includes(segment.id) ?? false,
      toggles: true,
      decoration: <span className="swatch" data-color={segment.color} aria-hidden="true" />,
      onSelect: () => {
        const linked = selectCurrentCanvas(useCanvasStore.getState()).notes[noteId]?.segmentIds ?? [];
        canvasActions().updateNote(noteId, {
          segmentIds: linked.includes(segment.id) ? linked.filter((id) => id !== segment.id) : [...linked, segment.id],
        });
      },
    }));

  // A toolbar out of the Tab order: the note's text leads to it by arrow keys (./board-keys).
  return (
    <div className="note-toolbar" role="toolbar" aria-label={names.group}>
      <DragHandle noteId={noteId} describedBy={describedBy} label={names.drag} />
      <MenuButton
        tabIndex={ROVING_TAB_INDEX}
        className="icon-button"
        label={names.color}
        describedBy={describedBy}
        menuLabel={names.colorMenu}
        items={colorItems}
      >
        <PaletteIcon />
      </MenuButton>
      {segments.length > 0 && (
        <MenuButton
          tabIndex={ROVING_TAB_INDEX}
          className="icon-button segments-button"
          label={names.segments}
          describedBy={describedBy}
          menuLabel={names.segmentsMenu}
          items={segmentItems}
        >
          <TargetIcon />
        </MenuButton>
      )}
      <MenuButton
        tabIndex={ROVING_TAB_INDEX}
        className="icon-button"
        label={names.moveTo}
        describedBy={describedBy}
        menuLabel={names.moveMenu}
        items={moveItems}
      >
        <MoveIcon />
      </MenuButton>
      <MenuButton
        tabIndex={ROVING_TAB_INDEX}
        className="icon-button"
        label={names.more}
        describedBy={describedBy}
        menuLabel={names.moreMenu}
        items={moreItems}
      >
        <MoreIcon />
      </MenuButton>
      <IconButton tabIndex={ROVING_TAB_INDEX} label={names.delete} aria-describedby={describedBy} onClick={onDelete}>
        <TrashIcon />
      </IconButton>
    </div>
  );
}

/** The keyboard's way to drag the note (pointers drag the whole note). */
function DragHandle({ noteId, describedBy, label }: { noteId: string; describedBy: string; label: string }) {
  const drag = useNoteDrag(noteId);
  return (
    <IconButton
      ref={drag?.setActivatorNodeRef}
      className="drag-handle"
      // Until dragging has loaded (a moment after the canvas shows), the handle says it cannot act yet.
      aria-disabled={drag ? undefined : true}
      {...drag?.attributes}
      tabIndex={ROVING_TAB_INDEX}
      {...keyboardListeners(drag?.listeners)}
      aria-describedby={drag ? `${describedBy} ${drag.attributes['aria-describedby']}` : describedBy}
      label={label}
    >
      <GripIcon />
    </IconButton>
  );
}

type Listeners = DraggableSyntheticListeners;

/** Mouse and touch start a drag anywhere on the note (after a short move or a long press). */
function pointerListeners(listeners: Listeners) {
  if (!listeners) return {};
  const { onKeyDown: _keyboard, ...rest } = listeners;
  return rest;
}

/** The keyboard starts a drag only from the handle, so Enter and Space keep their meaning elsewhere. */
function keyboardListeners(listeners: Listeners): { onKeyDown?: KeyboardEventHandler } {
  return listeners?.onKeyDown ? { onKeyDown: listeners.onKeyDown as KeyboardEventHandler } : {};
}
