/**
 * Where the arrow keys take a note picked up with the keyboard. Up and Down walk through the
 * notes of its block and, at either end, into the block above or below; Left and Right go to the
 * block beside it. Neighbours are found from where the blocks are on screen, so the moves follow
 * what the user sees, mirrored layout included. Pure functions, tested on their own.
 */
import { BLOCK_IDS, type BlockId } from '@/domain/blocks';
import type { BlockLists } from '@/domain/schema';
import { blockTarget } from './drag-lists';

export type Direction = 'up' | 'down' | 'left' | 'right';

export interface Box {
  top: number;
  bottom: number;
  left: number;
  right: number;
}

export interface Place {
  block: BlockId;
  /** The position the note would take in that block. */
  index: number;
}

const EDGE = 4;

/** The block next to `from` in `direction`; among equals, the one nearest the point the note is at. */
export function neighbourBlock(
  from: BlockId,
  direction: Direction,
  boxes: Partial<Record<BlockId, Box>>,
  anchor: { x: number; y: number },
): BlockId | undefined {
  const start = boxes[from];
  if (!start) return undefined;
  const vertical = direction === 'up' || direction === 'down';
  let best: { id: BlockId; gap: number; off: number } | undefined;
  for (const id of BLOCK_IDS) {
    const box = boxes[id];
    if (id === from || !box) continue;
    const gap =
      direction === 'down'
        ? box.top - start.bottom
        : direction === 'up'
          ? start.top - box.bottom
          : direction === 'right'
            ? box.left - start.right
            : start.left - box.right;
    if (gap < -EDGE) continue;
    const overlap = vertical
      ? Math.min(box.right, start.right) - Math.max(box.left, start.left)
      : Math.min(box.bottom, start.bottom) - Math.max(box.top, start.top);
    if (overlap <= 0) continue;
    const [low, high, at] = vertical ? [box.left, box.right, anchor.x] : [box.top, box.bottom, anchor.y];
    const off = at < low ? low - at : at > high ? at - high : 0;
    if (!best || gap < best.gap - EDGE || (Math.abs(gap - best.gap) <= EDGE && off < best.off)) {
      best = { id, gap, off };
    }
  }
  return best?.id;
}

/** The last position a note can take in a block (one past the end unless it is already there). */
function lastIndex(lists: BlockLists, activeId: string, block: BlockId): number {
  const list = lists[block];
  return list.includes(activeId) ? list.length - 1 : list.length;
}

/** Where one arrow key takes the note; the same place when there is nowhere to go. */
export function nextPlace(
  lists: BlockLists,
  activeId: string,
  place: Place,
  direction: Direction,
  neighbour: (block: BlockId, direction: Direction) => BlockId | undefined,
): Place {
  const last = lastIndex(lists, activeId, place.block);
  if (direction === 'down' && place.index < last) return { ...place, index: place.index + 1 };
  if (direction === 'up' && place.index > 0) return { ...place, index: place.index - 1 };
  const next = neighbour(place.block, direction);
  if (!next) return place;
  const nextLast = lastIndex(lists, activeId, next);
  if (direction === 'down') return { block: next, index: 0 };
  if (direction === 'up') return { block: next, index: nextLast };
  return { block: next, index: Math.min(place.index, nextLast) };
}

/**
 * The drop target that puts the note at `place`. In its own block: the note now there, whose place
 * it takes, or the block itself at the place it already holds. In another block: that block, where
 * it goes in at `place.index` (the drag layer passes the index to moveBetweenLists). A block is
 * always a measured target, where a note drawn anew in another block is not yet one; and once in,
 * the note stands at its own place, so the next arrow key names another target and moves it on.
 */
export function targetFor(lists: BlockLists, activeId: string, place: Place): string {
  const list = lists[place.block];
  const there = list.includes(activeId) ? list[place.index] : undefined;
  return there === undefined || there === activeId ? blockTarget(place.block) : there;
}
