/**
 * The list arithmetic of dragging notes between blocks, kept apart from React so it can be
 * tested. A drop target is either a note (its id) or a block's empty space (`block:<blockId>`;
 * the prefix cannot clash with a note id, which never holds a colon).
 */
import { arrayMove } from '@dnd-kit/sortable';
import { BLOCK_IDS, isBlockId, type BlockId } from '@/domain/blocks';
import type { BlockLists } from '@/domain/schema';

const BLOCK_TARGET = 'block:';

/** The drop-target id of a block's empty space. */
export function blockTarget(blockId: BlockId): string {
  return `${BLOCK_TARGET}${blockId}`;
}

/** The block whose empty space `targetId` is, or undefined when it is a note. */
export function targetBlock(targetId: string): BlockId | undefined {
  if (!targetId.startsWith(BLOCK_TARGET)) return undefined;
  const blockId = targetId.slice(BLOCK_TARGET.length);
  return isBlockId(blockId) ? blockId : undefined;
}

/** The block a drop target belongs to: the block itself, or the block holding the note. */
export function containerOf(lists: BlockLists, targetId: string): BlockId | undefined {
  return targetBlock(targetId) ?? BLOCK_IDS.find((blockId) => lists[blockId].includes(targetId));
}

/**
 * Where the lists stand with `activeId` placed at `overId`. While dragging (`settle` false) a note
 * only changes block; on drop (`settle` true) it also takes the place of the note it is over.
 * Coming into another block, it goes in before the note it is over, or over the block's empty
 * space at `at` (default the end). Returns `lists` itself when nothing changes.
 */
export function moveBetweenLists(lists: BlockLists, activeId: string, overId: string, settle: boolean, at?: number): BlockLists {
  const from = containerOf(lists, activeId);
  const to = containerOf(lists, overId);
  const overBlock = targetBlock(overId) !== undefined;
  if (!from || !to || activeId === overId) return lists;
  if (from === to) {
    if (!settle || overBlock) return lists;
    const list = lists[from];
    return { ...lists, [from]: arrayMove(list, list.indexOf(activeId), list.indexOf(overId)) };
  }
  const target = lists[to];
  const overIndex = overBlock ? Math.max(0, Math.min(at ?? target.length, target.length)) : target.indexOf(overId);
  return {
    ...lists,
    [from]: lists[from].filter((id) => id !== activeId),
    [to]: [...target.slice(0, overIndex), activeId, ...target.slice(overIndex)],
  };
}
