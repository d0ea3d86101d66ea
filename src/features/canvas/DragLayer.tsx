/**
 * Dragging notes within and between blocks (dnd-kit), loaded after the board is on screen. The
 * layer draws nothing of the board: per block and per note it calls dnd-kit's hooks in small
 * components of its own and publishes what they return (./drag-state), which the board's blocks
 * and notes pick up. It also holds the drag's screen-reader instructions and announcements and
 * the note that follows the pointer.
 */
import {
  closestCenter,
  DndContext,
  DragOverlay,
  getFirstCollision,
  KeyboardSensor,
  MouseSensor,
  pointerWithin,
  TouchSensor,
  useDndContext,
  useDroppable,
  useSensor,
  useSensors,
  type CollisionDetection,
  type DragEndEvent,
  type DragOverEvent,
  type DragStartEvent,
  type KeyboardCoordinateGetter,
  type UniqueIdentifier,
} from '@dnd-kit/core';
import { rectSortingStrategy, SortableContext, useSortable } from '@dnd-kit/sortable';
import { CSS } from '@dnd-kit/utilities';
import { memo, useEffect, useLayoutEffect, useMemo, useRef, useState, type RefObject } from 'react';
import { useTranslation } from '@/i18n/useTranslation';
import { BLOCK_IDS, type BlockId } from '@/domain/blocks';
import type { BlockLists } from '@/domain/schema';
import { canvasActions, selectCurrentCanvas, useCanvasStore, useNote } from '@/store/canvas-store';
import { blockDrags, markVisible, noteDrags, useBoardDrag, useVisibleNotes } from './drag-state';
import { blockTarget, containerOf, moveBetweenLists, targetBlock } from './drag-lists';
import { neighbourBlock, nextPlace, targetFor, type Box, type Direction, type Place } from './keyboard-moves';
import { useDragAnnouncements } from './useDragAnnouncements';
import './drag-namespace';
import { holdConfirmations } from '@/ui/toasts';
import { showFocused } from './board-keys';

const NO_SENSORS: never[] = [];
const MOUSE_OPTIONS = { activationConstraint: { distance: 6 } };
const TOUCH_OPTIONS = { activationConstraint: { delay: 220, tolerance: 8 } };

const ARROWS: Record<string, Direction> = { ArrowUp: 'up', ArrowDown: 'down', ArrowLeft: 'left', ArrowRight: 'right' };

interface DragLayerProps {
  /** A presentation shows the canvas; notes are not dragged about on the projector. */
  presenting: boolean;
}

export function DragLayer({ presenting }: DragLayerProps) {
  const stored = useCanvasStore((state) => selectCurrentCanvas(state).blocks);
  const dragItems = useBoardDrag((state) => state.items);
  const [activeId, setActiveId] = useState<string | null>(null);
  const dragItemsRef = useRef<BlockLists | null>(null);
  const lastOverId = useRef<UniqueIdentifier | null>(null);
  // A keyboard drag goes where the arrow keys say (see keyboard-moves), not where geometry guesses.
  const keyboardPlace = useRef<Place | null>(null);
  const keyboardTarget = useRef<string | null>(null);
  const byKeyboard = useRef(false);
  const measureRef = useRef<((ids: UniqueIdentifier[]) => void) | null>(null);
  // A note the pointer brings over a note of another block is put in that note's place, just
  // before it (drag-lists). Until the target changes, that note stands for the place the dragged
  // note now holds, not for a move past it (what a note of its own block means on drop).
  const placedBefore = useRef<string | null>(null);
  // Drawn anew in its new block, the dragged note is no drop target there until it is measured
  // (dnd-kit measured the block's notes before the note's card held it): until then the pointer
  // is over that block, where the note stands, so a note it was put before becomes the target
  // again (and means "past it") only once the preview can show that.
  const settling = useRef<BlockId | null>(null);
  const crossings = useRef(0);

  // Gone mid-drag (a presentation starting, a shared link opening), the drag goes with it: its hold on
  // messages, and the board's "a note is being dragged" (which keeps Present and Find waiting).
  useEffect(
    () => () => {
      holdConfirmations(false, 'drag');
      useBoardDrag.setState({ items: null, overBlock: null });
    },
    [],
  );

  const updateDragItems = (items: BlockLists | null) => {
    dragItemsRef.current = items;
    useBoardDrag.setState({ items });
  };

  // The same sensors from one render to the next (dnd-kit keeps them while their options are the
  // same objects): new ones gave every note new drag listeners, and so a new drawing of every note
  // of the block, each time a note came or went (someone else's in a live room, say).
  const coordinateGetter = useKeyboardCoordinates(dragItemsRef, keyboardPlace, keyboardTarget, measureRef);
  const mouse = useSensor(MouseSensor, MOUSE_OPTIONS);
  const touch = useSensor(TouchSensor, TOUCH_OPTIONS);
  const keyboard = useSensor(
    KeyboardSensor,
    useMemo(() => ({ coordinateGetter }), [coordinateGetter]),
  );
  const sensors = useSensors(mouse, touch, keyboard);

  // Only the block under the pointer counts, and of its notes those in its scrolled view: a note
  // scrolled out of sight keeps its place on the page, over the block beside it, and counting it
  // made a dragged note jump between the two blocks without end. Within the block, prefer the note
  // under the pointer; over the block's empty space, the nearest note.
  const collisionDetection: CollisionDetection = useMemo(
    () => (args) => {
      const keep = () => (lastOverId.current != null ? [{ id: lastOverId.current }] : []);
      if (settling.current) {
        lastOverId.current = blockTarget(settling.current);
        return [{ id: lastOverId.current }];
      }
      if (!args.pointerCoordinates && keyboardTarget.current) {
        // dnd-kit settles on a target once, when it is first named: a note not yet measured (just
        // come into sight) is named once it is, and until then the last target holds.
        if (!args.droppableRects.has(keyboardTarget.current)) return keep();
        lastOverId.current = keyboardTarget.current;
        return [{ id: keyboardTarget.current }];
      }
      const items = dragItemsRef.current;
      const point = args.pointerCoordinates ?? centerOf(args.collisionRect);
      const block = BLOCK_IDS.find((id) => contains(args.droppableRects.get(blockTarget(id)), point));
      if (!block || !items) return keep();
      const view = args.droppableRects.get(blockTarget(block))!;
      const inView = new Set<UniqueIdentifier>(items[block].filter((id) => overlaps(args.droppableRects.get(id), view)));
      const notes = args.droppableContainers.filter((container) => inView.has(container.id));
      const pointerHits = pointerWithin({ ...args, droppableContainers: notes });
      let overId = getFirstCollision(pointerHits, 'id');
      overId ??= notes.length > 0 ? (closestCenter({ ...args, droppableContainers: notes })[0]?.id ?? null) : blockTarget(block);
      if (overId == null) return keep();
      lastOverId.current = overId;
      return [{ id: overId }];
    },
    [],
  );

  const onDragStart = ({ active, activatorEvent }: DragStartEvent) => {
    // A message arriving now would push the canvas up under the note being moved: it waits.
    holdConfirmations(true, 'drag');
    byKeyboard.current = activatorEvent instanceof KeyboardEvent;
    const lists = selectCurrentCanvas(useCanvasStore.getState()).blocks;
    const noteId = String(active.id);
    const block = containerOf(lists, noteId);
    setActiveId(noteId);
    lastOverId.current = null;
    keyboardTarget.current = null;
    placedBefore.current = null;
    settling.current = null;
    keyboardPlace.current = block ? { block, index: lists[block].indexOf(noteId) } : null;
    updateDragItems(lists);
  };

  const onDragOver = ({ active, over }: DragOverEvent) => {
    const items = dragItemsRef.current;
    if (!items || !over) return;
    const noteId = String(active.id);
    const overId = String(over.id);
    // The keys take a note into another block through that block, at the place they chose.
    const place = keyboardPlace.current;
    const at = byKeyboard.current && place && targetBlock(overId) === place.block ? place.index : undefined;
    const next = moveBetweenLists(items, noteId, overId, false, at);
    placedBefore.current = null;
    if (next === items) return;
    updateDragItems(next);
    const block = containerOf(next, noteId)!;
    if (!targetBlock(overId)) placedBefore.current = overId;
    if (!byKeyboard.current) settling.current = block;
    // Measured once its card holds it (two frames), it is a drop target among its new neighbours.
    const crossing = (crossings.current += 1);
    const index = next[block].indexOf(noteId);
    const around = next[block].slice(Math.max(0, index - AROUND), index + AROUND + 1);
    requestAnimationFrame(() =>
      requestAnimationFrame(() => {
        if (crossing !== crossings.current) return;
        settling.current = null;
        measureRef.current?.(around);
      }),
    );
  };

  /** The target a drop or announcement goes by: none, or the note just placed before, is the note's own place. */
  const targetOf = (noteId: string, overId: UniqueIdentifier | null | undefined): string =>
    overId == null || String(overId) === placedBefore.current ? noteId : String(overId);

  const onDragEnd = ({ active, over }: DragEndEvent) => {
    const items = dragItemsRef.current;
    const noteId = String(active.id);
    // The note lands where it is shown: in the lists as dragged, moved within its block only when
    // it is over another note of it.
    if (items) {
      const settled = moveBetweenLists(items, noteId, targetOf(noteId, over?.id), true);
      const block = containerOf(settled, noteId);
      if (block) canvasActions().moveNote(noteId, block, settled[block].indexOf(noteId));
    }
    endDrag({ active });
  };

  const endDrag = ({ active }: { active: { id: UniqueIdentifier } }) => {
    holdConfirmations(false, 'drag');
    const noteId = String(active.id);
    setActiveId(null);
    keyboardPlace.current = null;
    keyboardTarget.current = null;
    placedBefore.current = null;
    settling.current = null;
    updateDragItems(null);
    // A note that changed blocks on the way was drawn anew there: its handle has focus again.
    if (byKeyboard.current) requestAnimationFrame(() => refocusHandle(noteId));
  };

  const accessibility = useDragAnnouncements(dragItemsRef, placedBefore);
  const { t } = useTranslation('dnd');
  const roleDescription = t('roleDescription');
  const lists = dragItems ?? stored;

  return (
    <DndContext
      sensors={presenting ? NO_SENSORS : sensors}
      collisionDetection={collisionDetection}
      onDragStart={onDragStart}
      onDragOver={onDragOver}
      onDragEnd={onDragEnd}
      onDragCancel={endDrag}
      accessibility={accessibility}
    >
      {BLOCK_IDS.map((blockId) => (
        <BlockBinding key={blockId} blockId={blockId} noteIds={lists[blockId]} disabled={presenting} roleDescription={roleDescription} />
      ))}
      <OverBlock />
      <Measurer measureRef={measureRef} />
      <DragOverlay>{activeId ? <NotePreview noteId={activeId} /> : null}</DragOverlay>
    </DndContext>
  );
}

/** A block as a drop target, and its notes as one sortable list. */
interface BlockBindingProps {
  blockId: BlockId;
  noteIds: string[];
  disabled: boolean;
  /** What a screen reader calls a note's drag handle. */
  roleDescription: string;
}

const BlockBinding = memo(function BlockBinding({ blockId, noteIds, disabled, roleDescription }: BlockBindingProps) {
  const { setNodeRef } = useDroppable({ id: blockTarget(blockId) });
  const seen = useVisibleNotes((state) => state.seen);
  useLayoutEffect(() => {
    blockDrags.set(blockId, { setNodeRef });
    return () => blockDrags.delete(blockId);
  }, [blockId, setNodeRef]);
  return (
    <SortableContext id={blockId} items={noteIds} strategy={rectSortingStrategy}>
      {noteIds.map((noteId) =>
        // Notes not yet in sight take no part (see useVisibleNotes); a dragged note has been seen, so
        // it keeps its binding in whichever block it is dragged over.
        seen.has(noteId) ? <NoteBinding key={noteId} noteId={noteId} disabled={disabled} roleDescription={roleDescription} /> : null,
      )}
    </SortableContext>
  );
});

/** One note's dnd-kit hook, published for its card. */
const NoteBinding = memo(function NoteBinding({
  noteId,
  disabled,
  roleDescription,
}: {
  noteId: string;
  disabled: boolean;
  roleDescription: string;
}) {
  const sortable = useSortable({ id: noteId, disabled, attributes: { roleDescription } });
  const { setNodeRef, setActivatorNodeRef, listeners, attributes, transition, isDragging } = sortable;
  const transform = CSS.Translate.toString(sortable.transform) ?? undefined;
  useLayoutEffect(() => {
    noteDrags.set(noteId, {
      setNodeRef,
      setActivatorNodeRef,
      listeners,
      attributes,
      transform,
      transition: transition ?? undefined,
      isDragging,
    });
  }, [noteId, setNodeRef, setActivatorNodeRef, listeners, attributes, transform, transition, isDragging]);
  useLayoutEffect(() => () => noteDrags.delete(noteId), [noteId]);
  return null;
});

/** Says which block a dragged note would land in, so that block can light up. */
function OverBlock() {
  const { active, over } = useDndContext();
  const items = useBoardDrag((state) => state.items);
  const overBlock = active && over && items ? (containerOf(items, String(over.id)) ?? null) : null;
  useEffect(() => {
    if (useBoardDrag.getState().overBlock !== overBlock) useBoardDrag.setState({ overBlock });
  }, [overBlock]);
  return null;
}

type Rect = { top: number; left: number; width: number; height: number };

const centerOf = (rect: Rect | null): { x: number; y: number } =>
  rect ? { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 } : { x: -1, y: -1 };

const contains = (rect: Rect | null | undefined, point: { x: number; y: number }) =>
  !!rect && point.x >= rect.left && point.x <= rect.left + rect.width && point.y >= rect.top && point.y <= rect.top + rect.height;

const overlaps = (rect: Rect | null | undefined, view: Rect) =>
  !!rect &&
  rect.left < view.left + view.width &&
  rect.left + rect.width > view.left &&
  rect.top < view.top + view.height &&
  rect.top + rect.height > view.top;

/** How many notes on either side of a keyboard drag's next place are made drop targets with it. */
const AROUND = 8;

/**
 * Makes the notes around a keyboard drag's next place drop targets, and has them measured once
 * their cards hold them (two frames: the store, then the cards, take them in).
 */
function seeAround(list: readonly string[], index: number, measure: ((ids: UniqueIdentifier[]) => void) | null): void {
  const ids = list.slice(Math.max(0, index - AROUND), index + AROUND);
  for (const noteId of ids) markVisible(noteId);
  requestAnimationFrame(() => requestAnimationFrame(() => measure?.(ids)));
}

/** Hands the layer dnd-kit's way to measure drop targets that appeared during a drag. */
function Measurer({ measureRef }: { measureRef: RefObject<((ids: UniqueIdentifier[]) => void) | null> }) {
  const { measureDroppableContainers } = useDndContext();
  useEffect(() => {
    measureRef.current = measureDroppableContainers;
  }, [measureRef, measureDroppableContainers]);
  return null;
}

/**
 * After a keyboard drop or cancel, the note's drag handle has focus (given back when the drop left
 * it nowhere) and the note is in view, wherever its block had scrolled during the drag.
 */
function refocusHandle(noteId: string): void {
  const handle = document.querySelector<HTMLElement>(`[data-note-id="${noteId}"] .drag-handle`);
  const active = document.activeElement;
  if (!handle || (active && active !== document.body && active !== handle)) return;
  showFocused(handle);
}

/** What follows the pointer while a note is dragged. */
function NotePreview({ noteId }: { noteId: string }) {
  const note = useNote(noteId);
  if (!note) return null;
  return (
    <div className="note note-preview" data-color={note.color}>
      <div className="note-text" dir="auto">
        {note.text}
      </div>
    </div>
  );
}

/**
 * The keyboard sensor's coordinate getter: an arrow key picks the next place (keyboard-moves),
 * records its drop target for the collision detection, and moves the dragged note over it.
 */
function useKeyboardCoordinates(
  itemsRef: RefObject<BlockLists | null>,
  placeRef: RefObject<Place | null>,
  targetRef: RefObject<string | null>,
  measureRef: RefObject<((ids: UniqueIdentifier[]) => void) | null>,
): KeyboardCoordinateGetter {
  return useMemo<KeyboardCoordinateGetter>(
    () =>
      (event, { context, currentCoordinates }) => {
        const direction = ARROWS[event.code];
        if (!direction) return undefined;
        event.preventDefault();
        const items = itemsRef.current;
        const place = placeRef.current;
        const active = context.active;
        if (!items || !place || !active) return undefined;
        // Which block lies beside is judged by the blocks as a person sees them, headings included
        // (a note level with a block's heading is beside that block), from the middle of the
        // dragged note where it is now.
        const boxes: Partial<Record<BlockId, Box>> = {};
        for (const id of BLOCK_IDS) {
          const region = document.querySelector(`.block[data-block="${id}"]`);
          const rect = region?.getBoundingClientRect() ?? context.droppableRects.get(blockTarget(id));
          if (rect) boxes[id] = rect;
        }
        // The note itself where it is now: the preview that follows it is shorter (its text
        // alone), and a note level with two blocks went by the preview's middle.
        const note = document.querySelector(`.notes [data-note-id="${globalThis.CSS.escape(String(active.id))}"]`);
        const rect = note?.getBoundingClientRect() ?? context.collisionRect;
        const anchor = rect ? { x: (rect.left + rect.right) / 2, y: (rect.top + rect.bottom) / 2 } : { x: 0, y: 0 };
        const next = nextPlace(items, String(active.id), place, direction, (block, dir) => neighbourBlock(block, dir, boxes, anchor));
        if (next === place) return currentCoordinates;
        const target = targetFor(items, String(active.id), next);
        placeRef.current = next;
        targetRef.current = target;
        // The note goes over the note whose place it takes (itself at its own place), else its block.
        const there = items[next.block][next.index];
        const thereRect = there === undefined ? undefined : context.droppableRects.get(there);
        // A note not yet in sight is no drop target yet: it and its neighbours become ones, and a
        // move to its place waits until they are measured (a frame or two).
        if (there !== undefined && !thereRect) seeAround(items[next.block], next.index, measureRef.current);
        const targetRect = thereRect ?? context.droppableRects.get(target);
        return targetRect ? { x: targetRect.left, y: targetRect.top } : currentCoordinates;
      },
    [itemsRef, placeRef, targetRef, measureRef],
  );
}
