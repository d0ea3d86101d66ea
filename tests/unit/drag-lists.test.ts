import { describe, expect, it } from 'vitest';
import { createCanvas } from '@/domain/canvas';
import { blockTarget, containerOf, moveBetweenLists } from '@/features/canvas/drag-lists';

const lists = {
  ...createCanvas('c', '2026-11-23T12:00:00.000Z').blocks,
  customerSegments: ['a', 'b', 'c'],
  channels: ['d'],
};

describe('drag list arithmetic', () => {
  it("finds the block of a note or of a block's empty space", () => {
    expect(containerOf(lists, 'b')).toBe('customerSegments');
    expect(containerOf(lists, blockTarget('channels'))).toBe('channels');
    expect(containerOf(lists, 'zzz')).toBeUndefined();
  });

  it('is not confused by a note whose id is also a block id', () => {
    const odd = { ...lists, keyPartners: ['channels'] };
    expect(containerOf(odd, 'channels')).toBe('keyPartners');
    expect(moveBetweenLists(odd, 'a', 'channels', false).keyPartners).toEqual(['a', 'channels']);
  });

  it('moves a note into another block before the note it is over, or to the end of an empty area', () => {
    const over = moveBetweenLists(lists, 'b', 'd', false);
    expect(over.customerSegments).toEqual(['a', 'c']);
    expect(over.channels).toEqual(['b', 'd']);
    const end = moveBetweenLists(lists, 'b', blockTarget('keyPartners'), false);
    expect(end.keyPartners).toEqual(['b']);
    // Over a block's own target, a place can be given (the keyboard's).
    expect(moveBetweenLists(lists, 'd', blockTarget('customerSegments'), false, 1).customerSegments).toEqual(['a', 'd', 'b', 'c']);
    expect(moveBetweenLists(lists, 'd', blockTarget('customerSegments'), false, 9).customerSegments).toEqual(['a', 'b', 'c', 'd']);
  });

  it('reorders within a block only when the note is dropped', () => {
    expect(moveBetweenLists(lists, 'a', 'c', false)).toBe(lists);
    expect(moveBetweenLists(lists, 'a', 'c', true).customerSegments).toEqual(['b', 'c', 'a']);
    expect(moveBetweenLists(lists, 'a', blockTarget('customerSegments'), true)).toBe(lists);
  });
});
