import type { Announcements, ScreenReaderInstructions, UniqueIdentifier } from '@dnd-kit/core';
import { useMemo, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import { isBlockId } from '@/domain/blocks';
import type { BlockLists } from '@/domain/schema';
import { selectCurrentCanvas, useCanvasStore } from '@/store/canvas-store';
import { containerOf } from './drag-lists';

/** dnd-kit's screen-reader instructions and live announcements, in the user's language. */
export function useDragAnnouncements(itemsRef: RefObject<BlockLists | null>): {
  announcements: Announcements;
  screenReaderInstructions: ScreenReaderInstructions;
} {
  const { t } = useTranslation();
  return useMemo(() => {
    const textOf = (id: UniqueIdentifier) => selectCurrentCanvas(useCanvasStore.getState()).notes[String(id)]?.text ?? '';
    const lists = () => itemsRef.current ?? selectCurrentCanvas(useCanvasStore.getState()).blocks;
    /** Block name and 1-based position of the dragged note, as the lists now stand. */
    const place = (activeId: UniqueIdentifier) => {
      const all = lists();
      const block = containerOf(all, String(activeId));
      if (!block) return null;
      return {
        block: t(`blocks.${block}.name`),
        position: all[block].indexOf(String(activeId)) + 1,
        total: all[block].length,
      };
    };
    return {
      screenReaderInstructions: { draggable: t('dnd.instructions') },
      announcements: {
        onDragStart: ({ active }) => {
          const where = place(active.id);
          return where ? t('dnd.pickedUp', { text: textOf(active.id), ...where }) : undefined;
        },
        onDragOver: ({ active, over }) => {
          if (!over) return undefined;
          const where = place(active.id);
          if (where) return t('dnd.over', { text: textOf(active.id), ...where });
          return isBlockId(over.id) ? t('dnd.overBlock', { text: textOf(active.id), block: t(`blocks.${over.id}.name`) }) : undefined;
        },
        onDragEnd: ({ active }) => {
          const where = place(active.id);
          return where ? t('dnd.dropped', { text: textOf(active.id), ...where }) : undefined;
        },
        onDragCancel: ({ active }) => {
          const block = containerOf(selectCurrentCanvas(useCanvasStore.getState()).blocks, String(active.id));
          return block ? t('dnd.cancelled', { text: textOf(active.id), block: t(`blocks.${block}.name`) }) : undefined;
        },
      },
    };
  }, [itemsRef, t]);
}
