import type { DraggableSyntheticListeners } from '@dnd-kit/core';
import { useShallow } from 'zustand/react/shallow';
import { memo, useId, useMemo, useRef, useState, type KeyboardEvent, type KeyboardEventHandler } from 'react';
import i18next from 'i18next';
import { useTranslation } from 'react-i18next';
import { formatList } from '@/i18n/format';
import { BLOCK_IDS, type BlockId } from '@/domain/blocks';
import { NOTE_COLORS } from '@/domain/document';
import { linkedSegments, notesIn } from '@/domain/findings';
import { canvasActions, selectCurrentCanvas, useCanvasStore, useNote } from '@/store/canvas-store';
import { selectPresenting, useWorkshop } from '@/store/workshop';
import { announce } from '@/ui/announcer';
import { GripIcon, MoveIcon, PaletteIcon, TargetIcon, TrashIcon } from '@/ui/icons';
import { MenuButton, type MenuItem } from '@/ui/MenuButton';
import { useDeferredFocus } from '@/ui/useDeferredFocus';
import { VoteDots } from '@/ui/VoteDots';
import { NoteEditor } from './NoteEditor';
import { useNoteDrag, type NoteDrag } from './drag-state';
import { focusNote, focusAfterRemoval } from './focus';

interface NoteCardProps {
  noteId: string;
  blockId: BlockId;
}

/** One sticky note in a block: read, edit in place, recolour, move, delete, drag. */
export const NoteCard = memo(function NoteCard({ noteId, blockId }: NoteCardProps) {
  const note = useNote(noteId);
  const [editing, setEditing] = useState(false);
  // In a presentation notes are shown, not edited or dragged (votes still work while voting is on).
  const presenting = useWorkshop(selectPresenting);
  const { t } = useTranslation();
  const textId = useId();
  const votesId = useId();
  const textRef = useRef<HTMLButtonElement>(null);
  // Leaving the editor by key puts focus back on the note, so keyboard users stay where they were.
  const focusText = useDeferredFocus(textRef, !editing);
  const stopEditing = (byKey: boolean) => {
    focusText(byKey);
    setEditing(false);
  };
  // Dragging is lent by the drag layer once it has loaded (and is off while presenting).
  const drag = useNoteDrag(noteId);

  const colorItems = useMemo<MenuItem[]>(
    () =>
      NOTE_COLORS.map((color) => ({
        id: color,
        label: t(`note.colors.${color}`),
        checked: note?.color === color,
        decoration: <span className="swatch" data-color={color} aria-hidden="true" />,
        onSelect: () => canvasActions().setNoteColor(noteId, color),
      })),
    [note?.color, noteId, t],
  );

  const moveItems = useMemo<MenuItem[]>(
    () =>
      BLOCK_IDS.filter((id) => id !== blockId).map((target) => ({
        id: target,
        label: t(`blocks.${target}.name`),
        onSelect: () => {
          canvasActions().moveNote(noteId, target);
          announce(t('note.moved', { block: t(`blocks.${target}.name`) }));
          focusNote(noteId);
        },
      })),
    [blockId, noteId, t],
  );

  // A value proposition says which customer segments it is for (the canvas check asks for it).
  const segments = useCanvasStore(
    useShallow((state) => (blockId === 'valuePropositions' ? notesIn(selectCurrentCanvas(state), 'customerSegments') : NO_NOTES)),
  );
  const segmentItems = useMemo<MenuItem[]>(
    () =>
      segments.map((segment) => ({
        id: segment.id,
        label: segment.text.trim() || t('note.untitledSegment'),
        checked: note?.segmentIds?.includes(segment.id) ?? false,
        toggles: true,
        decoration: <span className="swatch" data-color={segment.color} aria-hidden="true" />,
        onSelect: () => {
          const linked = selectCurrentCanvas(useCanvasStore.getState()).notes[noteId]?.segmentIds ?? [];
          canvasActions().updateNote(noteId, {
            segmentIds: linked.includes(segment.id) ? linked.filter((id) => id !== segment.id) : [...linked, segment.id],
          });
        },
      })),
    [segments, note?.segmentIds, noteId, t],
  );

  if (!note) return null;

  return (
    <li
      ref={drag?.setNodeRef}
      style={drag ? { transform: drag.transform, transition: drag.transition } : undefined}
      className="note"
      data-color={note.color}
      data-note-id={noteId}
      data-dragging={drag?.isDragging || undefined}
      aria-labelledby={editing ? undefined : textId}
      {...(editing ? {} : pointerListeners(drag?.listeners))}
    >
      {editing ? (
        <NoteEditor
          initialText={note.text}
          label={t('note.editLabel')}
          onSave={(text, byKey) => {
            canvasActions().updateNoteText(noteId, text);
            stopEditing(byKey);
          }}
          onCancel={stopEditing}
        />
      ) : (
        <>
          <button
            ref={textRef}
            type="button"
            className="note-text"
            dir="auto"
            id={textId}
            onClick={() => !presenting && setEditing(true)}
            onKeyDown={(event) => voteByKey(event, noteId)}
            // A note's votes are read with it, as "3 votes".
            aria-describedby={note.votes ? votesId : undefined}
          >
            {note.text}
          </button>
          <NoteVotes noteId={noteId} votes={note.votes ?? 0} describedBy={textId} labelId={votesId} />
          <div className="note-footer">
            <NoteMeta noteId={noteId} />
            {!presenting && (
              <NoteToolbar
                describedBy={textId}
                drag={drag}
                colorItems={colorItems}
                moveItems={moveItems}
                segmentItems={segmentItems}
                onDelete={() => {
                  focusAfterRemoval(noteId);
                  canvasActions().removeNote(noteId);
                  announce(t('note.deleted'));
                }}
              />
            )}
          </div>
        </>
      )}
    </li>
  );
});

const NO_NOTES: never[] = [];

/** Gives or takes back a vote, and says the new count (the change is small on screen). */
function vote(noteId: string, delta: 1 | -1): void {
  const before = useCanvasStore.getState();
  if (delta > 0) canvasActions().addVote(noteId);
  else canvasActions().removeVote(noteId);
  const state = useCanvasStore.getState();
  if (state === before) return;
  announce(i18next.t('voting.count', { count: selectCurrentCanvas(state).notes[noteId]?.votes ?? 0 }));
}

/** In dot voting, "+" on a focused note gives it a vote and "−" takes one back (a held key counts once). */
function voteByKey(event: KeyboardEvent<HTMLButtonElement>, noteId: string): void {
  if (!useWorkshop.getState().voting || event.ctrlKey || event.metaKey || event.altKey) return;
  const delta = event.key === '+' || event.key === '=' ? 1 : event.key === '-' || event.key === '−' ? -1 : 0;
  if (delta === 0) return;
  event.preventDefault();
  if (!event.repeat) vote(noteId, delta);
}

/** A note's votes as dots; while dot voting is on, buttons to add and remove one. */
function NoteVotes({ noteId, votes, describedBy, labelId }: { noteId: string; votes: number; describedBy: string; labelId: string }) {
  const { t } = useTranslation();
  const voting = useWorkshop((state) => state.voting);
  if (!voting && votes === 0) return null;
  return (
    <div className="note-votes">
      <VoteDots votes={votes} labelId={labelId} />
      {voting && (
        <span className="vote-buttons">
          {/* aria-disabled, not disabled: focus stays on "−" when the last vote is taken back. */}
          <button
            type="button"
            className="icon-button vote-button"
            aria-label={t('voting.remove')}
            aria-describedby={describedBy}
            aria-disabled={votes === 0}
            title={t('voting.remove')}
            onClick={() => votes > 0 && vote(noteId, -1)}
          >
            −
          </button>
          <button
            type="button"
            className="icon-button vote-button"
            aria-label={t('voting.add')}
            aria-describedby={describedBy}
            title={t('voting.add')}
            onClick={() => vote(noteId, 1)}
          >
            +
          </button>
        </span>
      )}
    </div>
  );
}

/**
 * What a note carries besides its text: its relationship type as a badge, and a dot in the colour
 * of each customer segment it serves.
 */
function NoteMeta({ noteId }: { noteId: string }) {
  const { t, i18n } = useTranslation();
  const note = useNote(noteId);
  const segments = useCanvasStore(
    useShallow((state) => {
      const canvas = selectCurrentCanvas(state);
      return note ? linkedSegments(canvas, note) : [];
    }),
  );
  if (!note?.relationship && segments.length === 0) return <span className="note-meta" />;
  const serves = t('note.serves', {
    segments: formatList(segments.map((s) => s.text), i18n.language),
  });
  return (
    <span className="note-meta">
      {note?.relationship && (
        <span className="badge" title={t('note.relationshipBadge', { type: t(`relationshipTypes.${note.relationship.type}`) })}>
          {t(`relationshipTypes.${note.relationship.type}`)}
        </span>
      )}
      {segments.length > 0 && (
        <span className="segment-dots" title={serves}>
          {segments.map((segment) => (
            <span key={segment.id} className="segment-dot" data-color={segment.color} aria-hidden="true" />
          ))}
          <span className="visually-hidden">{serves}</span>
        </span>
      )}
    </span>
  );
}

interface NoteToolbarProps {
  /** Id of the note's text, which describes each tool (the tools' names stay short). */
  describedBy: string;
  /** Undefined until the drag layer has loaded. */
  drag: NoteDrag | undefined;
  colorItems: MenuItem[];
  moveItems: MenuItem[];
  /** The customer segments a value proposition can be for (none elsewhere). */
  segmentItems: MenuItem[];
  onDelete: () => void;
}

function NoteToolbar({ describedBy, drag, colorItems, moveItems, segmentItems, onDelete }: NoteToolbarProps) {
  const { t } = useTranslation();
  return (
    <div className="note-toolbar" role="group" aria-label={t('note.tools')}>
      <button
        type="button"
        ref={drag?.setActivatorNodeRef}
        className="icon-button drag-handle"
        // Until dragging has loaded (a moment after the canvas shows), the handle says it cannot act yet.
        aria-disabled={drag ? undefined : true}
        {...drag?.attributes}
        {...keyboardListeners(drag?.listeners)}
        aria-describedby={drag ? `${describedBy} ${drag.attributes['aria-describedby']}` : describedBy}
        aria-label={t('note.drag')}
        title={t('note.drag')}
      >
        <GripIcon />
      </button>
      <MenuButton className="icon-button" label={t('note.color')} describedBy={describedBy} menuLabel={t('note.colorMenu')} items={colorItems}>
        <PaletteIcon />
      </MenuButton>
      {segmentItems.length > 0 && (
        <MenuButton className="icon-button segments-button" label={t('note.segments')} describedBy={describedBy} menuLabel={t('note.segmentsMenu')} items={segmentItems}>
          <TargetIcon />
        </MenuButton>
      )}
      <MenuButton className="icon-button" label={t('note.moveTo')} describedBy={describedBy} menuLabel={t('note.moveMenu')} items={moveItems}>
        <MoveIcon />
      </MenuButton>
      <button
        type="button"
        className="icon-button"
        aria-label={t('note.delete')}
        aria-describedby={describedBy}
        title={t('note.delete')}
        onClick={onDelete}
      >
        <TrashIcon />
      </button>
    </div>
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
