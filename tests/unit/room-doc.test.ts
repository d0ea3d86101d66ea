import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import * as Y from 'yjs';
import { wordSpliceOf } from '@/domain/text-merge';
import { addNote, changeVotes, createCanvas, findBlockOf, moveNote, removeNote, setTitle, updateNote } from '@/domain/canvas';
import { BLOCK_IDS, type BlockId } from '@/domain/blocks';
import { LIMITS } from '@/domain/limits';
import { canvasSchema, type Canvas } from '@/domain/schema';
import { readCanvas, readOwnVotes, writeCanvas, writeChange } from '@/persistence/room/room-doc';

const T0 = '2026-12-06T09:00:00.000Z';
const T1 = '2026-12-06T09:01:00.000Z';

function base(): Canvas {
  let canvas = createCanvas('c', T0, 'Café');
  canvas = addNote(canvas, 'customerSegments', { id: 'a', text: 'Students' }, T0);
  canvas = addNote(canvas, 'customerSegments', { id: 'b', text: 'Tourists' }, T0);
  canvas = addNote(canvas, 'channels', { id: 'c', text: 'Walk-in' }, T0);
  return changeVotes(canvas, 'a', 2, T0);
}

/** Two people's docs, joined as a room joins them (every update goes both ways). */
function room(canvas: Canvas) {
  const one = new Y.Doc();
  const two = new Y.Doc();
  writeCanvas(one, canvas, 'host');
  Y.applyUpdate(two, Y.encodeStateAsUpdate(one));
  return { one, two, sync: () => (Y.applyUpdate(two, Y.encodeStateAsUpdate(one)), Y.applyUpdate(one, Y.encodeStateAsUpdate(two))) };
}

const read = (doc: Y.Doc) => readCanvas(doc)!.canvas;
const texts = (canvas: Canvas, block: keyof Canvas['blocks']) => canvas.blocks[block].map((id) => canvas.notes[id]!.text);

describe('a live room’s canvas in a Yjs doc', () => {
  it('reads back the canvas it was filled with, votes and all', () => {
    const { two } = room(base());
    expect(readCanvas(two)).toEqual({ canvas: base(), ignored: [] });
  });

  it('merges what two people change at once: notes added, edited, moved and removed', () => {
    const { one, two, sync } = room(base());
    const start = base();
    const mine = moveNote(
      updateNote(addNote(start, 'keyPartners', { id: 'x', text: 'Roaster' }, T1), 'a', { text: 'Students nearby' }, T1),
      'c',
      'keyActivities',
      T1,
    );
    const theirs = removeNote(addNote(setTitle(start, 'Corner Café', T1), 'keyPartners', { id: 'y', text: 'Bakery' }, T1), 'b', T1);
    writeChange(one, start, mine, 'p1');
    writeChange(two, start, theirs, 'p2');
    sync();
    const merged = read(one);
    expect(read(two)).toEqual(merged);
    expect(texts(merged, 'keyPartners').sort()).toEqual(['Bakery', 'Roaster']);
    expect(texts(merged, 'customerSegments')).toEqual(['Students nearby']);
    expect(texts(merged, 'keyActivities')).toEqual(['Walk-in']);
    expect(merged.title).toBe('Corner Café');
    expect(canvasSchema.safeParse(merged).success).toBe(true);
  });

  it('keeps a note in one block when two people move it to different blocks at once', () => {
    const { one, two, sync } = room(base());
    writeChange(one, base(), moveNote(base(), 'a', 'channels', T1), 'p1');
    writeChange(two, base(), moveNote(base(), 'a', 'keyPartners', T1), 'p2');
    sync();
    const merged = read(one);
    expect(read(two)).toEqual(merged);
    const blocks = BLOCK_IDS.filter((block) => merged.blocks[block].includes('a'));
    expect(blocks).toHaveLength(1);
  });

  it('keeps the order a person gives notes within a block', () => {
    let canvas = base();
    for (const id of ['d', 'e', 'f']) canvas = addNote(canvas, 'customerSegments', { id, text: id }, T0);
    const { one, two, sync } = room(canvas);
    const reordered = moveNote(canvas, 'f', 'customerSegments', T1, 0);
    writeChange(one, canvas, reordered, 'p1');
    sync();
    expect(read(two).blocks.customerSegments).toEqual(['f', 'a', 'b', 'd', 'e']);
  });

  it('brings back a note someone deleted while another person was editing it, with the edit, in its place', () => {
    const { one, two, sync } = room(base());
    writeChange(one, base(), removeNote(base(), 'b', T1), 'p1');
    sync();
    // Person two had not yet seen the delete when they saved what they typed into the note.
    writeChange(two, base(), updateNote(base(), 'b', { text: 'Tourists in summer' }, T1), 'p2');
    sync();
    for (const doc of [one, two]) expect(texts(read(doc), 'customerSegments')).toEqual(['Students', 'Tourists in summer']);
  });

  it('keeps a note, and what was changed in it, when someone offline deleted it meanwhile', () => {
    const { one, two, sync } = room(base());
    // Person one is offline and deletes two notes; person two, online, edits one and moves the other.
    writeChange(one, base(), removeNote(removeNote(base(), 'b', T1), 'c', T1), 'p1');
    const edited = moveNote(updateNote(base(), 'b', { text: 'Tourists in summer', color: 'pink' }, T1), 'c', 'keyPartners', T1);
    writeChange(two, base(), edited, 'p2');
    sync(); // person one comes back
    for (const doc of [one, two]) {
      const merged = read(doc);
      expect(texts(merged, 'customerSegments')).toEqual(['Students', 'Tourists in summer']);
      expect(merged.notes.b?.color).toBe('pink');
      expect(texts(merged, 'keyPartners')).toEqual(['Walk-in']);
      expect(merged.blocks.channels).toEqual([]);
    }
  });

  it('deletes a note for everyone once the person deleting it has seen its latest change', () => {
    const { one, two, sync } = room(base());
    const edited = updateNote(base(), 'b', { text: 'Tourists in summer' }, T1);
    writeChange(two, base(), edited, 'p2');
    sync();
    writeChange(one, edited, removeNote(edited, 'b', T1), 'p1');
    sync();
    for (const doc of [one, two]) expect(texts(read(doc), 'customerSegments')).toEqual(['Students']);
  });

  it('brings a deleted note back with its dots when the delete is undone, and gives its dots back meanwhile', () => {
    const { one, two, sync } = room(base());
    writeChange(two, base(), changeVotes(base(), 'b', 1, T1), 'p2');
    sync();
    const voted = read(one);
    expect(readOwnVotes(two, 'p2')).toEqual(new Map([['b', 1]]));
    const removed = removeNote(voted, 'b', T1);
    writeChange(one, voted, removed, 'p1');
    sync();
    expect(readOwnVotes(two, 'p2')).toEqual(new Map());
    writeChange(one, removed, voted, 'p1'); // undo
    sync();
    expect(read(two)).toEqual(voted);
    expect(readOwnVotes(two, 'p2')).toEqual(new Map([['b', 1]]));
  });

  it('keeps both people’s changes to one note’s text made at the same moment (one offline): words apart merge, words on the same spot are both kept', () => {
    /** Two people change note a's text from `start` at once, neither seeing the other's change: the texts each then has. */
    const bothChange = (start: string, mine: string, theirs: string) => {
      const { one, two, sync } = room(updateNote(base(), 'a', { text: start }, T0));
      const from = read(one);
      writeChange(one, from, updateNote(from, 'a', { text: mine }, T1), 'p1');
      writeChange(two, from, updateNote(from, 'a', { text: theirs }, T1), 'p2');
      sync();
      return [read(one).notes.a!.text, read(two).notes.a!.text];
    };
    // Whatever ids the two docs get (Yjs orders what two people insert at one place by them).
    for (let run = 0; run < 50; run += 1) {
      for (const [mine, theirs] of [
        ['Young tourists', 'Tourists in summer'],
        ['Tourists in summer', 'Young tourists'],
      ]) {
        expect(bothChange('Tourists', mine!, theirs!)).toEqual(['Young tourists in summer', 'Young tourists in summer']);
      }
    }
    // Both replace one word: both words stay whole (side by side, for people to choose).
    for (const [start, mine, theirs] of [
      ['Hosts who rent', 'Landlords who rent', 'Owners who rent'],
      ['میزبان‌ها اجاره می‌دهند', 'صاحبخانه‌ها اجاره می‌دهند', 'مالکان اجاره می‌دهند'],
    ] as const) {
      const [merged] = bothChange(start, mine, theirs);
      for (const word of [mine.split(' ')[0]!, theirs.split(' ')[0]!]) expect(merged).toContain(word);
      expect(merged).toMatch(/ اجاره می‌دهند$| who rent$/u);
    }
    fc.assert(
      fc.property(fc.string({ maxLength: 12 }), fc.string({ maxLength: 12 }), fc.string({ maxLength: 12 }), (start, mine, theirs) => {
        const [merged, other] = bothChange(start, mine, theirs);
        expect(other).toBe(merged);
        // What each typed (their change, in whole words) is in the text everyone has.
        expect(merged).toContain(wordSpliceOf(start, mine).text);
        expect(merged).toContain(wordSpliceOf(start, theirs).text);
      }),
      { numRuns: 200 },
    );
  });

  it('keeps a note moved one place along while someone who had not seen the move deletes it, whichever neighbour it passed', () => {
    // Moving a down past b and moving b up past a give the same order: both notes count as moved.
    for (const [moved, deleted] of [
      ['a', 'a'],
      ['b', 'b'],
      ['a', 'b'],
    ] as const) {
      const { one, two, sync } = room(base());
      const swapped = moveNote(base(), moved, 'customerSegments', T1, moved === 'a' ? 1 : 0);
      writeChange(two, base(), swapped, 'p2');
      writeChange(one, base(), removeNote(base(), deleted, T1), 'p1');
      sync();
      for (const doc of [one, two]) expect(texts(read(doc), 'customerSegments')).toEqual(['Tourists', 'Students']);
    }
  });

  it('whatever one person changes in a note while another deletes it, the note stays with the change', () => {
    const change = fc.oneof(
      fc.record({ kind: fc.constant('edit' as const), text: fc.string({ minLength: 1, maxLength: 5 }) }),
      fc.record({ kind: fc.constant('color' as const), color: fc.constantFrom('pink', 'blue', 'green') }),
      fc.record({ kind: fc.constant('move' as const), block: fc.constantFrom(...BLOCK_IDS) }),
    );
    fc.assert(
      fc.property(fc.constantFrom('a', 'b', 'c'), fc.array(change, { minLength: 1, maxLength: 4 }), fc.boolean(), (id, changes, seen) => {
        const { one, two, sync } = room(base());
        let theirs = base();
        let changed = false;
        for (const step of changes) {
          const before = theirs;
          if (step.kind === 'edit') theirs = updateNote(theirs, id, { text: step.text }, T1);
          else if (step.kind === 'color') theirs = updateNote(theirs, id, { color: step.color }, T1);
          else theirs = moveNote(theirs, id, step.block, T1);
          writeChange(two, before, theirs, 'p2');
          changed ||= theirs !== before;
        }
        // The deleting person had seen the changes (then the note goes), or not (then it stays);
        // changes that changed nothing (the same text, a move to where it is) do not keep it.
        if (seen) sync();
        const mine = read(one);
        writeChange(one, mine, removeNote(mine, id, T1), 'p1');
        sync();
        for (const doc of [one, two]) {
          const merged = read(doc);
          if (seen || !changed) expect(merged.notes[id]).toBeUndefined();
          else {
            expect(merged.notes[id]).toEqual(theirs.notes[id]);
            expect(merged.blocks[findBlockOf(theirs, id)!]).toContain(id);
          }
        }
      }),
      { numRuns: 150 },
    );
  });

  it('counts every person’s dots, and a person’s vote changes only their own', () => {
    const { one, two, sync } = room(base());
    writeChange(one, base(), changeVotes(base(), 'a', 1, T1), 'p1');
    writeChange(two, base(), changeVotes(base(), 'a', 1, T1), 'p2');
    sync();
    expect(read(one).notes.a?.votes).toBe(4);
    const now = read(one);
    writeChange(two, now, changeVotes(now, 'a', -1, T1), 'p2');
    sync();
    expect(read(one).notes.a?.votes).toBe(3);
  });

  it('ignores what a participant writes that is not a valid canvas, and keeps the rest', () => {
    const { one, two, sync } = room(base());
    const notes = two.getMap<unknown>('notes');
    two.transact(() => {
      const bad = new Y.Map<unknown>();
      bad.set('text', 42);
      bad.set('block', 'customerSegments');
      bad.set('pos', 'a5');
      notes.set('bad', bad);
      const huge = new Y.Map<unknown>();
      huge.set('text', 'x'.repeat(LIMITS.noteLength + 1));
      huge.set('color', 'yellow');
      huge.set('block', 'channels');
      huge.set('pos', 'a6');
      notes.set('huge', huge);
      const proto = new Y.Map<unknown>();
      proto.set('text', 'proto');
      proto.set('color', 'yellow');
      proto.set('block', 'channels');
      proto.set('pos', 'a7');
      notes.set('__proto__', proto);
      notes.set('plain', 'not a map' as never);
      two.getMap<unknown>('canvas').set('title', { evil: true });
      two.getMap<unknown>('canvas').set('extra', 'unknown key');
      two.getMap<unknown>('votes').set('a p9', -5);
    });
    sync();
    // A bad field of the canvas falls back to the canvas as it last was.
    const result = readCanvas(one, base())!;
    expect(result.canvas).toEqual(base());
    expect(result.ignored).toEqual(
      expect.arrayContaining([
        { kind: 'note', id: 'bad' },
        { kind: 'note', id: 'huge' },
        { kind: 'note', id: '__proto__' },
        { kind: 'note', id: 'plain' },
        { kind: 'field', field: 'title' },
        { kind: 'vote', key: 'a p9' },
      ]),
    );
    expect(Object.getPrototypeOf(result.canvas.notes)).toBe(Object.prototype);
  });

  it('places notes afresh beside a position no key can be made next to (a doctored app wrote it)', () => {
    const { one, two, sync } = room(base());
    (two.getMap<Y.Map<unknown>>('notes').get('a') as Y.Map<unknown>).set('pos', 'hello');
    sync();
    const seen = read(one);
    const added = addNote(seen, 'customerSegments', { id: 'x', text: 'Added after' }, T1);
    expect(() => writeChange(one, seen, added, 'p1')).not.toThrow();
    sync();
    expect(read(two).blocks.customerSegments).toEqual(added.blocks.customerSegments);
  });

  it('takes in at most the notes a canvas holds', () => {
    const { one } = room(createCanvas('c', T0, 'Big'));
    const notes = one.getMap<unknown>('notes');
    one.transact(() => {
      for (let index = 0; index < LIMITS.notesPerCanvas + 20; index += 1) {
        const map = new Y.Map<unknown>();
        map.set('text', `n${index}`);
        map.set('color', 'yellow');
        map.set('block', 'keyPartners');
        map.set('pos', `a${String(index).padStart(5, '0')}`);
        notes.set(`n${index}`, map);
      }
    });
    const result = readCanvas(one)!;
    expect(Object.keys(result.canvas.notes)).toHaveLength(LIMITS.notesPerCanvas);
    expect(result.ignored).toContainEqual({ kind: 'tooManyNotes', count: 20 });
    // Cut at the limit, the canvas is still whole: each note kept in its block, no block naming one left out.
    expect(canvasSchema.safeParse(result.canvas).success).toBe(true);
  });

  it('any sequence of changes written by two people reads back the same valid canvas on both sides', () => {
    const action = fc.oneof(
      fc.record({ kind: fc.constant('add' as const), block: fc.constantFrom(...BLOCK_IDS), text: fc.string({ maxLength: 5 }) }),
      fc.record({ kind: fc.constant('move' as const), pick: fc.nat(), block: fc.constantFrom(...BLOCK_IDS), at: fc.nat() }),
      fc.record({ kind: fc.constant('remove' as const), pick: fc.nat() }),
      fc.record({ kind: fc.constant('edit' as const), pick: fc.nat(), text: fc.string({ maxLength: 5 }) }),
    );
    type Step =
      | { kind: 'add'; block: BlockId; text: string }
      | { kind: 'move'; pick: number; block: BlockId; at: number }
      | { kind: 'remove'; pick: number }
      | { kind: 'edit'; pick: number; text: string };
    let counter = 0;
    const apply = (canvas: Canvas, step: Step): Canvas => {
      const ids = Object.keys(canvas.notes).sort();
      if (step.kind === 'add') return addNote(canvas, step.block, { id: `n${(counter += 1)}`, text: step.text }, T1);
      if (ids.length === 0) return canvas;
      const id = ids[step.pick % ids.length]!;
      if (step.kind === 'move') return moveNote(canvas, id, step.block, T1, step.at % (canvas.blocks[step.block].length + 1));
      if (step.kind === 'remove') return removeNote(canvas, id, T1);
      return updateNote(canvas, id, { text: step.text }, T1);
    };
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.boolean(), action), { maxLength: 12 }), fc.array(fc.nat(3), { maxLength: 12 }), (steps, syncs) => {
        const { one, two, sync } = room(base());
        steps.forEach(([first, step], index) => {
          const doc = first ? one : two;
          const before = read(doc);
          const after = apply(before, step);
          writeChange(doc, before, after, first ? 'p1' : 'p2');
          // What a person changed alone reads back exactly as they made it.
          expect(read(doc).blocks).toEqual(after.blocks);
          if (syncs[index] === 0) sync();
        });
        sync();
        const merged = read(one);
        expect(read(two)).toEqual(merged);
        expect(canvasSchema.safeParse(merged).success).toBe(true);
      }),
      { numRuns: 150 },
    );
  });
});
