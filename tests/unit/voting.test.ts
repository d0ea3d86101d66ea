import { describe, expect, it } from 'vitest';
import { addNote, createCanvas, updateNote } from '@/domain/canvas';
import { mostVoted, topVoted } from '@/features/voting/most-voted';
import { canvasActions, selectCurrentCanvas, useCanvasStore } from '@/store/canvas-store';

const NOW = '2026-11-25T10:00:00.000Z';

describe('dot voting', () => {
  it('adds and removes votes, never below none or above the limit', () => {
    const id = canvasActions().addNote('keyPartners', 'Roaster')!;
    canvasActions().addVote(id);
    canvasActions().addVote(id);
    expect(selectCurrentCanvas(useCanvasStore.getState()).notes[id]?.votes).toBe(2);
    canvasActions().removeVote(id);
    canvasActions().removeVote(id);
    canvasActions().removeVote(id);
    expect(selectCurrentCanvas(useCanvasStore.getState()).notes[id]).not.toHaveProperty('votes');
    const canvas = addNote(createCanvas('c', NOW), 'keyPartners', { id: 'n', text: 'x' }, NOW);
    expect(updateNote(canvas, 'n', { votes: 5000 }, NOW).notes.n?.votes).toBe(999);
  });

  it('ranks the voted notes of each block, ties sharing a rank, in storytelling order', () => {
    let canvas = createCanvas('c', NOW);
    for (const [id, votes] of [
      ['a', 1],
      ['b', 3],
      ['c', 0],
      ['d', 3],
    ] as const) {
      canvas = addNote(canvas, 'valuePropositions', { id, text: id }, NOW);
      canvas = updateNote(canvas, id, { votes }, NOW);
    }
    canvas = updateNote(addNote(canvas, 'customerSegments', { id: 's', text: 's' }, NOW), 's', { votes: 2 }, NOW);
    const ranking = mostVoted(canvas);
    expect(ranking[0]).toEqual({ blockId: 'customerSegments', notes: [{ note: canvas.notes.s, rank: 1 }] });
    expect(ranking[1]?.notes.map(({ note, rank }) => [note.id, rank])).toEqual([
      ['b', 1],
      ['d', 1],
      ['a', 3],
    ]);
  });
});

describe('the whole canvas’s most voted', () => {
  it('are its top ten across blocks, ties sharing a rank, a tie for the last place never cut in two', () => {
    let canvas = createCanvas('c', NOW);
    const votes = [9, 8, 7, 6, 5, 4, 3, 2, 1, 1, 1, 0];
    votes.forEach((count, n) => {
      const blockId = (['customerSegments', 'valuePropositions', 'channels'] as const)[n % 3]!;
      canvas = addNote(canvas, blockId, { id: `n${n}`, text: `n${n}` }, NOW);
      canvas = updateNote(canvas, `n${n}`, { votes: count }, NOW);
    });
    const top = topVoted(canvas);
    expect(top.map(({ note, rank, blockId }) => [note.id, rank, blockId])).toEqual([
      ['n0', 1, 'customerSegments'],
      ['n1', 2, 'valuePropositions'],
      ['n2', 3, 'channels'],
      ['n3', 4, 'customerSegments'],
      ['n4', 5, 'valuePropositions'],
      ['n5', 6, 'channels'],
      ['n6', 7, 'customerSegments'],
      ['n7', 8, 'valuePropositions'],
      // Three tied at one vote for the ninth and tenth places, in storytelling order.
      ['n9', 9, 'customerSegments'],
      ['n10', 9, 'valuePropositions'],
      ['n8', 9, 'channels'],
    ]);
    expect(topVoted(canvas, 3).map(({ note }) => note.id)).toEqual(['n0', 'n1', 'n2']);
  });
});
