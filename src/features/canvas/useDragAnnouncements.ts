import type { Announcements, ScreenReaderInstructions, UniqueIdentifier } from '@dnd-kit/core';
import { useMemo, useRef, type RefObject } from 'react';
import { useTranslation } from '@/i18n/useTranslation';
import type { BlockLists } from '@/domain/schema';
import { isolateWithin } from '@/i18n/format';
import { selectCurrentCanvas, useCanvasStore } from '@/store/canvas-store';
import { containerOf, targetBlock } from './drag-lists';

/**
 * dnd-kit's screen-reader instructions and live announcements, in the user's language.
 * `placedBeforeRef` holds the note a dragged note was just put before, in another block: over it,
 * the note is where it was put (see DragLayer).
 */
export function useDragAnnouncements(
  itemsRef: RefObject<BlockLists | null>,
  placedBeforeRef: RefObject<string | null>,
): {
  announcements: Announcements;
  screenReaderInstructions: ScreenReaderInstructions;
} {
  const { t, i18n } = useTranslation(['app', 'dnd']);
  const language = i18n.language;
  // Whether the note has left its place since the pick-up (dnd-kit's first report is of the note over itself).
  const moved = useRef(false);
  return useMemo(() => {
    // A note's text in the sentence, isolated where it could turn the sentence round.
    const textOf = (id: UniqueIdentifier) =>
      isolateWithin(selectCurrentCanvas(useCanvasStore.getState()).notes[String(id)]?.text ?? '', language);
    const lists = () => itemsRef.current ?? selectCurrentCanvas(useCanvasStore.getState()).blocks;
    /**
     * Block name and 1-based position a note has, or would have if dropped on `targetId` (a note,
     * whose place it takes, or a block's empty space), as the lists now stand.
     */
    const place = (noteId: UniqueIdentifier, targetId: UniqueIdentifier = noteId) => {
      const all = lists();
      const block = containerOf(all, String(targetId));
      if (!block) return null;
      const list = all[block];
      const index = targetBlock(String(targetId)) ? list.indexOf(String(noteId)) : list.indexOf(String(targetId));
      return { block: t(`blocks.${block}.name`), position: (index < 0 ? list.length : index) + 1, total: list.length };
    };
    return {
      screenReaderInstructions: { draggable: t('dnd:instructions') },
      announcements: {
        onDragStart: ({ active }) => {
          moved.current = false;
          const where = place(active.id);
          return where ? t('dnd:pickedUp', { text: textOf(active.id), ...where }) : undefined;
        },
        onDragOver: ({ active, over }) => {
          // dnd-kit reports the note over itself right after the pick-up: keep "picked up" audible.
          if (!moved.current && over?.id === active.id) return undefined;
          moved.current = true;
          const where = over ? place(active.id, over.id === placedBeforeRef.current ? active.id : over.id) : null;
          return where ? t('dnd:over', { text: textOf(active.id), ...where }) : undefined;
        },
        onDragEnd: ({ active }) => {
          const where = place(active.id);
          return where ? t('dnd:dropped', { text: textOf(active.id), ...where }) : undefined;
        },
        onDragCancel: ({ active }) => {
          const block = containerOf(selectCurrentCanvas(useCanvasStore.getState()).blocks, String(active.id));
          return block ? t('dnd:cancelled', { text: textOf(active.id), block: t(`blocks.${block}.name`) }) : undefined;
        },
      },
    };
  }, [itemsRef, placedBeforeRef, t, language]);
}
