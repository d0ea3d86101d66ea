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
  useSensor,
  useSensors,
  type CollisionDetection,
  type DragEndEvent,
  type DragOverEvent,
  type DragStartEvent,
  type UniqueIdentifier,
} from '@dnd-kit/core';
import { sortableKeyboardCoordinates } from '@dnd-kit/sortable';
import { useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { BLOCK_IDS, isBlockId, STORY_ORDER } from '@/domain/blocks';
import type { BlockLists } from '@/domain/schema';
import { canvasActions, selectCurrentCanvas, useCanvasStore, useNote } from '@/store/canvas-store';
import { Block } from './Block';
import { DragItemsContext } from './drag-items';
import { containerOf, moveBetweenLists } from './drag-lists';
import { useDragAnnouncements } from './useDragAnnouncements';
import { useMediaQuery } from './useMediaQuery';
import './canvas.css';

/** Narrow screens stack the blocks in storytelling order; wider ones show the canvas itself. */
const STACKED_QUERY = '(max-width: 899px)';

/** The nine blocks, laid out as the canvas, with drag and drop of notes within and between them. */
export function CanvasBoard() {
  const { t } = useTranslation();
  const stacked = useMediaQuery(STACKED_QUERY);
  const [dragItems, setDragItems] = useState<BlockLists | null>(null);
  const [activeId, setActiveId] = useState<string | null>(null);
  const dragItemsRef = useRef<BlockLists | null>(null);
  const lastOverId = useRef<UniqueIdentifier | null>(null);

  const updateDragItems = (items: BlockLists | null) => {
    dragItemsRef.current = items;
    setDragItems(items);
  };

  const sensors = useSensors(
    useSensor(MouseSensor, { activationConstraint: { distance: 6 } }),
    useSensor(TouchSensor, { activationConstraint: { delay: 220, tolerance: 8 } }),
    useSensor(KeyboardSensor, { coordinateGetter: sortableKeyboardCoordinates }),
  );

  // Prefer the note under the pointer; over a block's empty space, the nearest note of that block.
  const collisionDetection: CollisionDetection = useMemo(
    () => (args) => {
      const pointerHits = pointerWithin(args);
      const hits = pointerHits.length > 0 ? pointerHits : rectIntersection(args);
      let overId = getFirstCollision(hits, 'id');
      if (overId != null) {
        const items = dragItemsRef.current;
        if (isBlockId(overId) && items && items[overId].length > 0) {
          const inBlock = new Set<UniqueIdentifier>(items[overId]);
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
    setActiveId(String(active.id));
    lastOverId.current = null;
    updateDragItems(selectCurrentCanvas(useCanvasStore.getState()).blocks);
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
    setActiveId(null);
    updateDragItems(null);
  };

  const onDragCancel = () => {
    setActiveId(null);
    updateDragItems(null);
  };

  const accessibility = useDragAnnouncements(dragItemsRef);
  const order = stacked ? STORY_ORDER : BLOCK_IDS;

  return (
    <DndContext
      sensors={sensors}
      collisionDetection={collisionDetection}
      onDragStart={onDragStart}
      onDragOver={onDragOver}
      onDragEnd={onDragEnd}
      onDragCancel={onDragCancel}
      accessibility={accessibility}
    >
      <DragItemsContext.Provider value={dragItems}>
        <div className="board" data-layout={stacked ? 'stacked' : 'canvas'} aria-label={t('app.canvasLabel')} role="group">
          {order.map((blockId) => (
            <Block key={blockId} blockId={blockId} />
          ))}
        </div>
      </DragItemsContext.Provider>
      <DragOverlay>{activeId ? <NotePreview noteId={activeId} /> : null}</DragOverlay>
    </DndContext>
  );
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
