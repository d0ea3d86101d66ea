import { describe, expect, it } from 'vitest';
import { createCanvas } from '@/domain/canvas';
import type { BlockId } from '@/domain/blocks';
import { blockTarget, moveBetweenLists } from '@/features/canvas/drag-lists';
import { neighbourBlock, nextPlace, targetFor, type Box, type Direction } from '@/features/canvas/keyboard-moves';

// The canvas on a 1000×600 screen, as in a left-to-right layout (10 columns of 100, rows of 200).
const box = (col: number, span: number, row: number, rows: number): Box => ({
  left: col * 100 + 4,
  right: (col + span) * 100 - 4,
  top: row * 200 + 4,
  bottom: (row + rows) * 200 - 4,
});
const LTR: Record<BlockId, Box> = {
  keyPartners: box(0, 2, 0, 2),
  keyActivities: box(2, 2, 0, 1),
  keyResources: box(2, 2, 1, 1),
  valuePropositions: box(4, 2, 0, 2),
  customerRelationships: box(6, 2, 0, 1),
  channels: box(6, 2, 1, 1),
  customerSegments: box(8, 2, 0, 2),
  costStructure: box(0, 5, 2, 1),
  revenueStreams: box(5, 5, 2, 1),
};
// The same canvas mirrored, as in Persian.
const RTL = Object.fromEntries(Object.entries(LTR).map(([id, b]) => [id, { ...b, left: 1000 - b.right, right: 1000 - b.left }])) as Record<
  BlockId,
  Box
>;

const centre = (b: Box) => ({ x: (b.left + b.right) / 2, y: (b.top + b.bottom) / 2 });
const go = (from: BlockId, direction: Direction, boxes = LTR, at = centre(boxes[from])) => neighbourBlock(from, direction, boxes, at);

describe('neighbouring blocks', () => {
  it('follows the canvas as it is drawn', () => {
    expect(go('keyActivities', 'down')).toBe('keyResources');
    expect(go('customerRelationships', 'down')).toBe('channels');
    expect(go('channels', 'down')).toBe('revenueStreams');
    expect(go('revenueStreams', 'left')).toBe('costStructure');
    expect(go('costStructure', 'right')).toBe('revenueStreams');
    expect(go('keyResources', 'right')).toBe('valuePropositions');
    expect(go('customerSegments', 'right')).toBeUndefined();
    expect(go('keyPartners', 'up')).toBeUndefined();
  });

  it('goes to the block nearest the note when two are equally close', () => {
    const partners = LTR.keyPartners;
    expect(go('keyPartners', 'right', LTR, { x: 150, y: partners.top + 20 })).toBe('keyActivities');
    expect(go('keyPartners', 'right', LTR, { x: 150, y: partners.bottom - 20 })).toBe('keyResources');
    expect(go('costStructure', 'up', LTR, { x: 50, y: 500 })).toBe('keyPartners');
    expect(go('costStructure', 'up', LTR, { x: 320, y: 500 })).toBe('keyResources');
  });

  it('mirrors with the layout', () => {
    expect(go('revenueStreams', 'right', RTL)).toBe('costStructure');
    expect(go('keyPartners', 'left', RTL)).toBe('keyActivities');
    expect(go('customerSegments', 'left', RTL)).toBeUndefined();
  });
});

describe('arrow keys on a picked-up note', () => {
  const lists = { ...createCanvas('c', '2026-11-23T12:00:00.000Z').blocks, keyActivities: ['a', 'b', 'c'], keyResources: ['d'] };
  const neighbour = (block: BlockId, direction: Direction) => go(block, direction);

  it('walks through its own block, then into the next one', () => {
    let place = { block: 'keyActivities' as BlockId, index: 0 };
    place = nextPlace(lists, 'a', place, 'down', neighbour);
    expect(place).toEqual({ block: 'keyActivities', index: 1 });
    expect(targetFor(lists, 'a', place)).toBe('b');
    place = nextPlace(lists, 'a', { block: 'keyActivities', index: 2 }, 'down', neighbour);
    expect(place).toEqual({ block: 'keyResources', index: 0 });
    // Into another block through the block itself, at the place's index.
    expect(targetFor(lists, 'a', place)).toBe(blockTarget('keyResources'));
  });

  it('enters the block above at its end, and an empty block through its own target', () => {
    const up = nextPlace(lists, 'a', { block: 'keyActivities', index: 0 }, 'up', () => 'keyResources');
    expect(up).toEqual({ block: 'keyResources', index: 1 });
    expect(targetFor(lists, 'a', up)).toBe(blockTarget('keyResources'));
    const left = nextPlace(lists, 'b', { block: 'keyActivities', index: 1 }, 'left', neighbour);
    expect(left).toEqual({ block: 'keyPartners', index: 0 });
    expect(targetFor(lists, 'b', left)).toBe(blockTarget('keyPartners'));
  });

  it('once in the next block, stands at its own place there (its block is the target): the first Down moves it on', () => {
    const entered = nextPlace(lists, 'a', { block: 'keyActivities', index: 2 }, 'down', neighbour);
    expect(entered).toEqual({ block: 'keyResources', index: 0 });
    const moved = moveBetweenLists(lists, 'a', targetFor(lists, 'a', entered), false, entered.index);
    expect(moved.keyResources).toEqual(['a', 'd']);
    expect(targetFor(moved, 'a', entered)).toBe(blockTarget('keyResources'));
    expect(moveBetweenLists(moved, 'a', blockTarget('keyResources'), true)).toBe(moved);
    const down = nextPlace(moved, 'a', entered, 'down', neighbour);
    expect(down).toEqual({ block: 'keyResources', index: 1 });
    expect(targetFor(moved, 'a', down)).toBe('d');
    expect(moveBetweenLists(moved, 'a', 'd', true).keyResources).toEqual(['d', 'a']);
  });

  it('stays put where there is nowhere to go', () => {
    const place = { block: 'customerSegments' as BlockId, index: 0 };
    expect(nextPlace(lists, 'x', place, 'right', neighbour)).toBe(place);
  });
});
