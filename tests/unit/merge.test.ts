import { describe, expect, it } from 'vitest';
import { addNote, createCanvas, moveNote, removeNote, setTitle, updateNote } from '@/domain/canvas';
import { mergeCanvases, mergeWithinLimits } from '@/domain/merge';
import { canvasSchema, type Canvas } from '@/domain/schema';
import { isValidCanvas } from '@/persistence/canvas-document';

const T0 = '2026-11-23T12:00:00.000Z';
const T1 = '2026-11-23T12:01:00.000Z';
const T2 = '2026-11-23T12:02:00.000Z';

function base(): Canvas {
  let canvas = createCanvas('c', T0, 'Café');
  canvas = addNote(canvas, 'customerSegments', { id: 'a', text: 'Students' }, T0);
  canvas = addNote(canvas, 'customerSegments', { id: 'b', text: 'Tourists' }, T0);
  canvas = addNote(canvas, 'channels', { id: 'c', text: 'Walk-in' }, T0);
  return canvas;
}

function texts(canvas: Canvas, block: keyof Canvas['blocks']) {
  return canvas.blocks[block].map((id) => canvas.notes[id]!.text);
}

describe('merging two tabs', () => {
  it('keeps the notes both sides added', () => {
    const ours = addNote(base(), 'keyPartners', { id: 'x', text: 'Roaster' }, T1);
    const theirs = addNote(base(), 'keyPartners', { id: 'y', text: 'Bakery' }, T2);
    const merged = mergeCanvases(base(), ours, theirs);
    expect(texts(merged, 'keyPartners').sort()).toEqual(['Bakery', 'Roaster']);
    expect(canvasSchema.safeParse(merged).success).toBe(true);
  });

  it("keeps each side's edits to different notes and title", () => {
    const ours = setTitle(updateNote(base(), 'a', { text: 'Students (local)' }, T1), 'Corner Café', T1);
    const theirs = updateNote(base(), 'b', { color: 'pink' }, T2);
    const merged = mergeCanvases(base(), ours, theirs);
    expect(merged.notes.a?.text).toBe('Students (local)');
    expect(merged.notes.b?.color).toBe('pink');
    expect(merged.title).toBe('Corner Café');
    const switched = { ...base(), journeyModel: 'customerJourney' as const };
    expect(mergeCanvases(base(), switched, theirs).journeyModel).toBe('customerJourney');
    expect(mergeCanvases(base(), ours, switched).journeyModel).toBe('customerJourney');
    const omni = { ...base(), integrationLevel: 'omni' as const };
    expect(mergeCanvases(base(), omni, theirs).integrationLevel).toBe('omni');
    expect(mergeCanvases(omni, base(), omni)).not.toHaveProperty('integrationLevel');
  });

  it('gives a note edited on one side that side’s edit, and one edited on both this side’s (it writes last)', () => {
    const ours = updateNote(base(), 'a', { text: 'Students (this tab)' }, T1);
    const theirs = updateNote(updateNote(base(), 'a', { text: 'Students (other tab)' }, T2), 'b', { text: 'Tourists (other tab)' }, T2);
    const merged = mergeCanvases(base(), ours, theirs);
    expect(merged.notes.a?.text).toBe('Students (this tab)');
    expect(merged.notes.b?.text).toBe('Tourists (other tab)');
    // The same the other way round: each side's untouched note takes the other's edit.
    const back = mergeCanvases(base(), theirs, ours);
    expect(back.notes.a?.text).toBe('Students (other tab)');
    expect(back.notes.b?.text).toBe('Tourists (other tab)');
  });

  it('applies a deletion from either side, unless the other side edited that note', () => {
    const ours = removeNote(base(), 'c', T1);
    const theirs = updateNote(removeNote(base(), 'b', T2), 'a', { text: 'Students!' }, T2);
    const merged = mergeCanvases(base(), ours, theirs);
    expect(Object.keys(merged.notes).sort()).toEqual(['a']);
    const editedThere = updateNote(base(), 'c', { text: 'Walk-in and takeaway' }, T2);
    expect(mergeCanvases(base(), ours, editedThere).notes.c?.text).toBe('Walk-in and takeaway');
    expect(canvasSchema.safeParse(merged).success).toBe(true);
  });

  it('keeps our moves and their additions in the same block', () => {
    const ours = moveNote(base(), 'a', 'channels', T1, 0);
    const theirs = addNote(base(), 'channels', { id: 'y', text: 'Website' }, T2);
    const merged = mergeCanvases(base(), ours, theirs);
    expect(texts(merged, 'channels')).toEqual(['Students', 'Walk-in', 'Website']);
    expect(texts(merged, 'customerSegments')).toEqual(['Tourists']);
    expect(canvasSchema.safeParse(merged).success).toBe(true);
  });
});

describe('a merge that would break the limits', () => {
  it('keeps what the other side saved and as many of this side’s new notes as fit, handing back the rest', async () => {
    const { addNote: add, createCanvas: create } = await import('@/domain/canvas');
    const { LIMITS } = await import('@/domain/limits');
    const { canvasSchema } = await import('@/domain/schema');
    const T = '2026-11-25T10:00:00.000Z';
    // A canvas five notes short of the most it holds (built at once: adding one by one is slow).
    const ids = Array.from({ length: LIMITS.notesPerCanvas - 5 }, (_, i) => `n${i}`);
    const empty = create('c', T);
    const base: Canvas = {
      ...empty,
      notes: Object.fromEntries(ids.map((id) => [id, { id, text: id, color: 'yellow' as const }])),
      blocks: { ...empty.blocks, channels: ids },
    };
    let ours = base;
    let theirs = base;
    for (let i = 0; i < 5; i += 1) {
      ours = add(ours, 'channels', { id: `ours${i}`, text: 'ours' }, T);
      if (i < 3) theirs = add(theirs, 'channels', { id: `theirs${i}`, text: 'theirs' }, T);
    }
    const { canvas: merged, notKept } = mergeWithinLimits(base, ours, theirs, isValidCanvas);
    expect(canvasSchema.safeParse(merged).success).toBe(true);
    // What the other side saved stands; of ours, what fits is kept and the rest handed back, in order.
    for (let i = 0; i < 3; i += 1) expect(merged.notes).toHaveProperty(`theirs${i}`);
    expect(merged.notes).toHaveProperty('ours0');
    expect(merged.notes).toHaveProperty('ours1');
    expect(notKept.map(({ note, blockId }) => [note.id, blockId])).toEqual([
      ['ours2', 'channels'],
      ['ours3', 'channels'],
      ['ours4', 'channels'],
    ]);
    expect(Object.keys(merged.notes)).toHaveLength(LIMITS.notesPerCanvas);
  });
});
