import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BLOCK_IDS } from '@/domain/blocks';
import { addNote, createCanvas, moveNote, removeNote, updateNote } from '@/domain/canvas';
import { applyDiff, changesByBlock, detailChanges, diffCanvases, isEmptyDiff } from '@/domain/diff';
import { NOTE_COLORS, type BlockLists, type Canvas, type Note } from '@/domain/schema';
import { canvasArb, idArb } from '../support/arbitraries';

const T0 = '2026-12-01T10:00:00.000Z';
const T1 = '2026-12-02T10:00:00.000Z';

function lastWeek(): Canvas {
  let canvas = createCanvas('c1', T0, 'Coffee cart');
  canvas = addNote(canvas, 'customerSegments', { id: 'students', text: 'Students' }, T0);
  canvas = addNote(canvas, 'customerSegments', { id: 'commuters', text: 'Commuters' }, T0);
  canvas = addNote(canvas, 'channels', { id: 'stall', text: 'Stall at the station' }, T0);
  canvas = addNote(canvas, 'keyPartners', { id: 'roaster', text: 'Roaster' }, T0);
  return canvas;
}

/** Two versions of one canvas: notes in either or both, each maybe edited, placed anywhere, in any order. */
const versionsArb = fc
  .uniqueArray(idArb, { maxLength: 20 })
  .chain((ids) =>
    fc.record({
      title: fc.tuple(fc.string({ maxLength: 8 }), fc.string({ maxLength: 8 })),
      notes: fc.tuple(
        ...ids.map((id) =>
          fc.record({
            id: fc.constant(id),
            where: fc.constantFrom('both', 'earlier', 'later'),
            blocks: fc.tuple(fc.constantFrom(...BLOCK_IDS), fc.constantFrom(...BLOCK_IDS)),
            texts: fc.tuple(fc.string({ maxLength: 6 }), fc.string({ maxLength: 6 })),
            colors: fc.tuple(fc.constantFrom(...NOTE_COLORS), fc.constantFrom(...NOTE_COLORS)),
            votes: fc.tuple(
              fc.option(fc.integer({ min: 1, max: 9 }), { nil: undefined }),
              fc.option(fc.integer({ min: 1, max: 9 }), { nil: undefined }),
            ),
            same: fc.boolean(),
          }),
        ),
      ),
      order: fc.tuple(fc.infiniteStream(fc.nat()), fc.infiniteStream(fc.nat())),
    }),
  )
  .map(({ title, notes, order }) => {
    const build = (side: 0 | 1): Canvas => {
      const canvas = createCanvas('c1', side === 0 ? T0 : T1, title[side]);
      const lists = Object.fromEntries(BLOCK_IDS.map((block) => [block, [] as string[]])) as BlockLists;
      const all: Record<string, Note> = {};
      const ranks = order[side];
      for (const draft of notes) {
        if (draft.where === (side === 0 ? 'later' : 'earlier')) continue;
        const pick = draft.same ? 0 : side;
        const note: Note = { id: draft.id, text: draft.texts[pick]!, color: draft.colors[pick]! };
        if (draft.votes[pick] !== undefined) note.votes = draft.votes[pick];
        all[draft.id] = note;
        const list = lists[draft.blocks[draft.same ? 0 : side]!];
        list.splice(ranks.next().value % (list.length + 1), 0, draft.id);
      }
      return { ...canvas, notes: all, blocks: lists };
    };
    return { earlier: build(0), later: build(1) };
  });

describe('comparing two versions of a canvas', () => {
  it('tells each kind of change apart: added, removed, edited, moved, recoloured, voted, and the title', () => {
    const before = lastWeek();
    let now = addNote(before, 'valuePropositions', { id: 'oat', text: 'Oat milk at no extra cost' }, T1);
    now = removeNote(now, 'roaster', T1);
    now = updateNote(now, 'students', { text: 'Students before class' }, T1);
    now = moveNote(now, 'stall', 'keyPartners', T1);
    now = updateNote(now, 'commuters', { color: 'pink', votes: 3 }, T1);
    now = { ...now, title: 'Coffee cart 2' };
    const diff = diffCanvases(before, now);
    const byId = Object.fromEntries(diff.notes.map((change) => [change.id, change]));
    expect(byId.oat).toMatchObject({ kind: 'added', block: 'valuePropositions' });
    expect(byId.roaster).toMatchObject({ kind: 'removed', block: 'keyPartners', index: 0 });
    expect(byId.students).toMatchObject({ kind: 'changed', fields: ['text'], from: null });
    expect(byId.stall).toMatchObject({ kind: 'changed', fields: [], from: 'channels', block: 'keyPartners' });
    expect(byId.commuters).toMatchObject({ kind: 'changed', fields: ['color', 'votes'] });
    expect(diff.notes).toHaveLength(5);
    expect(diff.fields.title).toEqual({ before: 'Coffee cart', after: 'Coffee cart 2' });
    expect(changesByBlock(diff)).toMatchObject({ customerSegments: 2, valuePropositions: 1, keyPartners: 2, channels: 0 });
    expect(applyDiff(before, diff)).toEqual(now);
  });

  it('says which details of a relationship or a channel changed', () => {
    const before: Note = {
      id: 'n',
      text: 'Help desk',
      color: 'yellow',
      segmentIds: ['a'],
      relationship: { type: 'personal', motivations: ['acquisition'], phases: ['purchase'], measures: [] },
      channel: { ownership: 'own', phases: { awareness: { used: true, rating: 2 } } },
    };
    const after: Note = {
      ...before,
      segmentIds: ['b'],
      relationship: { type: 'dedicated', motivations: ['acquisition'], phases: ['purchase', 'delivery'], measures: [] },
      channel: { ownership: 'partner', phases: { awareness: { used: true, rating: 4 }, purchase: { used: true } } },
    };
    expect(detailChanges(before, after)).toEqual([
      { detail: 'segments', added: ['b'], removed: ['a'] },
      { detail: 'type', before: 'personal', after: 'dedicated' },
      { detail: 'phases', added: ['delivery'], removed: [] },
      { detail: 'ownership', before: 'own', after: 'partner' },
      { detail: 'phases', added: ['purchase'], removed: [] },
      { detail: 'rating', phase: 'awareness', before: 2, after: 4 },
    ]);
    expect(detailChanges(before, before)).toEqual([]);
  });

  it('finds nothing between a canvas and itself, or an equal copy of it', () => {
    fc.assert(
      fc.property(canvasArb(), (canvas) => {
        expect(isEmptyDiff(diffCanvases(canvas, canvas))).toBe(true);
        expect(isEmptyDiff(diffCanvases(canvas, structuredClone(canvas)))).toBe(true);
      }),
    );
  });

  it('gives the later version back when its changes are applied to the earlier one', () => {
    fc.assert(
      fc.property(versionsArb, ({ earlier, later }) => {
        const diff = diffCanvases(earlier, later);
        expect(applyDiff(earlier, diff)).toEqual(later);
        // Every note in either version that differs is told once, and only those.
        const told = diff.notes.map((change) => change.id);
        expect(new Set(told).size).toBe(told.length);
      }),
      { numRuns: 300 },
    );
    fc.assert(
      fc.property(canvasArb(), canvasArb(), (earlier, later) => {
        expect(applyDiff(earlier, diffCanvases(earlier, later))).toEqual(later);
      }),
    );
  });
});
