/**
 * The list arithmetic of dragging notes between blocks, kept apart from React so it can be
 * tested. `overId` is either a note id or a block id (a block's empty space).
 */
import { arrayMove } from '@dnd-kit/sortable';
import { BLOCK_IDS, isBlockId, type BlockId } from '@/domain/blocks';
import type { BlockLists } from '@/domain/schema';

export function containerOf(lists: BlockLists, id: string): BlockId | undefined {
  if (isBlockId(id)) return id;
  return BLOCK_IDS.find((blockId) => lists[blockId].includes(id));
}

/**
 * Where the lists stand with `activeId` placed at `overId`. While dragging (`settle` false) a note
 * only changes block; on drop (`settle` true) it also takes the place of the note it is over.
 * Returns `lists` itself when nothing changes.
 */
export function moveBetweenLists(lists: BlockLists, activeId: string, overId: string, settle: boolean): BlockLists {
  const from = containerOf(lists, activeId);
  const to = containerOf(lists, overId);
  if (!from || !to || activeId === overId) return lists;
  if (from === to) {
    if (!settle || isBlockId(overId)) return lists;
    const list = lists[from];
    return { ...lists, [from]: arrayMove(list, list.indexOf(activeId), list.indexOf(overId)) };
  }
  const target = lists[to];
  const overIndex = isBlockId(overId) ? target.length : target.indexOf(overId);
  return {
    ...lists,
    [from]: lists[from].filter((id) => id !== activeId),
    [to]: [...target.slice(0, overIndex), activeId, ...target.slice(overIndex)],
  };
}
