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
  rectIntersection,
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
import { useTranslation } from 'react-i18next';
import { BLOCK_IDS, type BlockId } from '@/domain/blocks';
import type { BlockLists } from '@/domain/schema';
import { canvasActions, selectCurrentCanvas, useCanvasStore, useNote } from '@/store/canvas-store';
import { blockDrags, noteDrags, useBoardDrag, useSeenNotes } from './drag-state';
import { blockTarget, containerOf, moveBetweenLists, targetBlock } from './drag-lists';
import { neighbourBlock, nextPlace, targetFor, type Box, type Direction, type Place } from './keyboard-moves';
import { useDragAnnouncements } from './useDragAnnouncements';

const NO_SENSORS: never[] = [];

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

  const updateDragItems = (items: BlockLists | null) => {
    dragItemsRef.current = items;
    useBoardDrag.setState({ items });
  };

  const mouse = useSensor(MouseSensor, { activationConstraint: { distance: 6 } });
  const touch = useSensor(TouchSensor, { activationConstraint: { delay: 220, tolerance: 8 } });
  const keyboard = useSensor(KeyboardSensor, { coordinateGetter: useKeyboardCoordinates(dragItemsRef, keyboardPlace, keyboardTarget) });
  const sensors = useSensors(mouse, touch, keyboard);

  // Prefer the note under the pointer; over a block's empty space, the nearest note of that block.
  const collisionDetection: CollisionDetection = useMemo(
    () => (args) => {
      if (!args.pointerCoordinates && keyboardTarget.current) return [{ id: keyboardTarget.current }];
      const pointerHits = pointerWithin(args);
      const hits = pointerHits.length > 0 ? pointerHits : rectIntersection(args);
      let overId = getFirstCollision(hits, 'id');
      if (overId != null) {
        const items = dragItemsRef.current;
        const overBlock = targetBlock(String(overId));
        if (overBlock && items && items[overBlock].length > 0) {
          const inBlock = new Set<UniqueIdentifier>(items[overBlock]);
          const nearest = closestCenter({
            ...args,
            droppableContainers: args.droppableContainers.filter((c) => inBlock.has(c.id)),
          });
          overId = nearest[0]?.id ?? overId;
        }
        lastOverId.current = overId;
        return [{ id: overId }];
      }
      return lastOverId.current != null ? [{ id: lastOverId.current }] : [];
    },
    [],
  );

  const onDragStart = ({ active }: DragStartEvent) => {
    const lists = selectCurrentCanvas(useCanvasStore.getState()).blocks;
    const noteId = String(active.id);
    const block = containerOf(lists, noteId);
    setActiveId(noteId);
    lastOverId.current = null;
    keyboardTarget.current = null;
    keyboardPlace.current = block ? { block, index: lists[block].indexOf(noteId) } : null;
    updateDragItems(lists);
  };

  const onDragOver = ({ active, over }: DragOverEvent) => {
    const items = dragItemsRef.current;
    if (!items || !over) return;
    const next = moveBetweenLists(items, String(active.id), String(over.id), false);
    if (next !== items) updateDragItems(next);
  };

  const onDragEnd = ({ active, over }: DragEndEvent) => {
    const items = dragItemsRef.current;
    const noteId = String(active.id);
    if (items && over) {
      const settled = moveBetweenLists(items, noteId, String(over.id), true);
      const block = containerOf(settled, noteId);
      if (block) canvasActions().moveNote(noteId, block, settled[block].indexOf(noteId));
    }
    endDrag();
  };

  const endDrag = () => {
    setActiveId(null);
    keyboardPlace.current = null;
    keyboardTarget.current = null;
    updateDragItems(null);
  };

  const accessibility = useDragAnnouncements(dragItemsRef);
  const { t } = useTranslation();
  const roleDescription = t('dnd.roleDescription');
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
  const seen = useSeenNotes((state) => state.seen);
  useLayoutEffect(() => {
    blockDrags.set(blockId, { setNodeRef });
    return () => blockDrags.delete(blockId);
  }, [blockId, setNodeRef]);
  return (
    <SortableContext id={blockId} items={noteIds} strategy={rectSortingStrategy}>
      {noteIds.map((noteId) =>
        // Notes not yet in sight take no part (see useSeenNotes); a dragged note has been seen, so
        // it keeps its binding in whichever block it is dragged over.
        seen.has(noteId) ? <NoteBinding key={noteId} noteId={noteId} disabled={disabled} roleDescription={roleDescription} /> : null,
      )}
    </SortableContext>
  );
});

/** One note's dnd-kit hook, published for its card. */
const NoteBinding = memo(function NoteBinding({ noteId, disabled, roleDescription }: { noteId: string; disabled: boolean; roleDescription: string }) {
  const sortable = useSortable({ id: noteId, disabled, attributes: { roleDescription } });
  const { setNodeRef, setActivatorNodeRef, listeners, attributes, transition, isDragging } = sortable;
  const transform = CSS.Translate.toString(sortable.transform) ?? undefined;
  useLayoutEffect(() => {
    noteDrags.set(noteId, { setNodeRef, setActivatorNodeRef, listeners, attributes, transform, transition: transition ?? undefined, isDragging });
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
        const boxes: Partial<Record<BlockId, Box>> = {};
        for (const id of BLOCK_IDS) {
          const rect = context.droppableRects.get(blockTarget(id));
          if (rect) boxes[id] = rect;
        }
        const rect = context.collisionRect;
        const anchor = rect ? { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 } : { x: 0, y: 0 };
        const next = nextPlace(items, String(active.id), place, direction, (block, dir) =>
          neighbourBlock(block, dir, boxes, anchor),
        );
        if (next === place) return currentCoordinates;
        const target = targetFor(items, String(active.id), next);
        placeRef.current = next;
        targetRef.current = target;
        const targetRect = context.droppableRects.get(target);
        return targetRect ? { x: targetRect.left, y: targetRect.top } : currentCoordinates;
      },
    [itemsRef, placeRef, targetRef],
  );
}
