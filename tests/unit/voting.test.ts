import { describe, expect, it } from 'vitest';
import { addNote, createCanvas, updateNote } from '@/domain/canvas';
import { mostVoted } from '@/features/voting/most-voted';
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
    for (const [id, votes] of [['a', 1], ['b', 3], ['c', 0], ['d', 3]] as const) {
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
