/**
 * A note's tools, shown once it comes near the screen: the handle that drags it by keyboard, its
 * colour, the customer segments it serves (a value proposition), Move to, More (duplicate, copy,
 * paste) and Delete.
 */
import type { DraggableSyntheticListeners } from '@dnd-kit/core';
import type { KeyboardEventHandler } from 'react';
import { BLOCK_IDS, type BlockId } from '@/domain/blocks';
import { NOTE_COLORS } from '@/domain/document';
import type { Note } from '@/domain/schema';
import { notesIn } from '@/domain/canvas';
import { canvasActions, selectCurrentCanvas, useCanvasStore } from '@/store/canvas-store';
import { announce } from '@/ui/announcer';
import { TrashIcon } from '@/ui/icons';
import { GripIcon, MoreIcon, MoveIcon, PaletteIcon, TargetIcon } from './note-icons';
import { IconButton } from '@/ui/IconButton';
import { MenuButton, type MenuItem } from '@/ui/MenuButton';
import { useBoardText } from './board-text';
import { useNoteDrag } from './drag-state';
import { focusNote } from './focus';
import { copyFromMenu, duplicate, pasteFromMenu } from './note-clipboard';
import { ROVING_TAB_INDEX } from './board-keys';

type Listeners = DraggableSyntheticListeners;

interface NoteToolbarProps {
  note: Note;
  blockId: BlockId;
  /** Id of the note's text, which describes each tool (the tools' names stay short). */
  describedBy: string;
  onDelete: () => void;
}

/** The note's tools. Each menu's items are made when it opens, not with every note. */
export function NoteToolbar({ note, blockId, describedBy, onDelete }: NoteToolbarProps) {
  const { t, tools: names } = useBoardText();
  const noteId = note.id;
  const colorItems = (): MenuItem[] =>
    NOTE_COLORS.map((color) => ({
      id: color,
      label: t(`notes:colors.${color}`),
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
        announce(t('notes:moved', { block: t(`blocks.${target}.name`) }));
        focusNote(noteId);
      },
    }));

  const moreItems = (): MenuItem[] => [
    { id: 'duplicate', label: t('notes:duplicate'), onSelect: () => duplicate(noteId) },
    { id: 'copy', label: t('notes:copy'), onSelect: () => void copyFromMenu(noteId) },
    { id: 'paste', label: t('notes:pasteAfter'), onSelect: () => void pasteFromMenu(blockId, noteId) },
  ];

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
      {/* A value proposition says which customer segments it is for (the canvas check asks for it). */}
      {blockId === 'valuePropositions' && <SegmentsButton note={note} describedBy={describedBy} />}
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

/**
 * The customer segments a value proposition is for, when there are any. Only this button watches
 * the segments block's list (kept as it is while it does not change), so a segment coming or going
 * redraws it alone, not each value proposition's whole toolbar; the segments' notes are read as
 * its menu is drawn, not at every change of the canvas.
 */
function SegmentsButton({ note, describedBy }: { note: Note; describedBy: string }) {
  const { t, tools: names } = useBoardText();
  const segmentIds = useCanvasStore((state) => selectCurrentCanvas(state).blocks.customerSegments);
  if (segmentIds.length === 0) return null;
  const noteId = note.id;
  const segmentItems = (): MenuItem[] =>
    notesIn(selectCurrentCanvas(useCanvasStore.getState()), 'customerSegments').map((segment) => ({
      id: segment.id,
      label: segment.text.trim() || t('notes:untitledSegment'),
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
  return (
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

/** The keyboard starts a drag only from the handle, so Enter and Space keep their meaning elsewhere. */
function keyboardListeners(listeners: Listeners): { onKeyDown?: KeyboardEventHandler } {
  return listeners?.onKeyDown ? { onKeyDown: listeners.onKeyDown as KeyboardEventHandler } : {};
}
