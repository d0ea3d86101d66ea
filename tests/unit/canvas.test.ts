import { describe, expect, it } from 'vitest';
import { addNote, countNotes, createCanvas, findBlockOf, limitLength, moveNote, removeNote, setTitle, updateNote } from '@/domain/canvas';
import { LIMITS } from '@/domain/limits';
import { canvasSchema, type Canvas } from '@/domain/schema';

const T0 = '2026-11-23T12:00:00.000Z';
const T1 = '2026-11-23T12:05:00.000Z';

function sample(): Canvas {
  let canvas = createCanvas('c1', T0);
  canvas = addNote(canvas, 'customerSegments', { id: 'a', text: 'Students' }, T0);
  canvas = addNote(canvas, 'customerSegments', { id: 'b', text: 'Office workers' }, T0);
  canvas = addNote(canvas, 'customerSegments', { id: 'c', text: 'Tourists' }, T0);
  canvas = addNote(canvas, 'channels', { id: 'd', text: 'Instagram orders', color: 'blue' }, T0);
  return canvas;
}

describe('canvas operations', () => {
  it('adds notes at the end or at an index, with the default colour, and stamps the time', () => {
    let canvas = sample();
    canvas = addNote(canvas, 'customerSegments', { id: 'e', text: 'Families' }, T1, 1);
    expect(canvas.blocks.customerSegments).toEqual(['a', 'e', 'b', 'c']);
    expect(canvas.notes.e).toEqual({ id: 'e', text: 'Families', color: 'yellow' });
    expect(canvas.notes.d?.color).toBe('blue');
    expect(canvas.updatedAt).toBe(T1);
    expect(canvasSchema.safeParse(canvas).success).toBe(true);
  });

  it('never mutates its input and ignores a duplicate id', () => {
    const before = sample();
    const frozen = JSON.stringify(before);
    addNote(before, 'keyPartners', { id: 'x', text: 'Roaster' }, T1);
    expect(JSON.stringify(before)).toBe(frozen);
    expect(addNote(before, 'keyPartners', { id: 'a', text: 'dup' }, T1)).toBe(before);
  });

  it('updates text and colour, returning the same canvas when nothing changes', () => {
    const canvas = sample();
    const edited = updateNote(canvas, 'a', { text: 'University students' }, T1);
    expect(edited.notes.a?.text).toBe('University students');
    expect(updateNote(edited, 'a', { color: 'pink' }, T1).notes.a?.color).toBe('pink');
    expect(updateNote(canvas, 'a', { text: 'Students' }, T1)).toBe(canvas);
    expect(updateNote(canvas, 'missing', { text: 'x' }, T1)).toBe(canvas);
  });

  it('removes a note from its block and from the notes', () => {
    const canvas = removeNote(sample(), 'b', T1);
    expect(canvas.blocks.customerSegments).toEqual(['a', 'c']);
    expect(canvas.notes).not.toHaveProperty('b');
    expect(countNotes(canvas)).toBe(3);
    expect(canvasSchema.safeParse(canvas).success).toBe(true);
  });

  it('reorders within a block', () => {
    const canvas = sample();
    expect(moveNote(canvas, 'a', 'customerSegments', T1, 2).blocks.customerSegments).toEqual(['b', 'c', 'a']);
    expect(moveNote(canvas, 'c', 'customerSegments', T1, 0).blocks.customerSegments).toEqual(['c', 'a', 'b']);
    expect(moveNote(canvas, 'b', 'customerSegments', T1, 1)).toBe(canvas);
  });

  it('moves between blocks, to the end by default', () => {
    const canvas = sample();
    const moved = moveNote(canvas, 'b', 'channels', T1);
    expect(moved.blocks.customerSegments).toEqual(['a', 'c']);
    expect(moved.blocks.channels).toEqual(['d', 'b']);
    expect(findBlockOf(moved, 'b')).toBe('channels');
    expect(moveNote(canvas, 'b', 'channels', T1, 0).blocks.channels).toEqual(['b', 'd']);
    expect(canvasSchema.safeParse(moved).success).toBe(true);
  });

  it('keeps text within the limits without splitting an emoji', () => {
    expect(limitLength('ab😀', 3)).toBe('ab');
    const canvas = addNote(createCanvas('c', T0), 'channels', { id: 'n', text: 'y'.repeat(LIMITS.noteLength + 50) }, T0);
    expect(canvas.notes.n?.text.length).toBe(LIMITS.noteLength);
    expect(setTitle(canvas, 'z'.repeat(500), T1).title.length).toBe(LIMITS.titleLength);
  });

  it('refuses notes beyond the per-canvas limit', () => {
    let canvas = createCanvas('c', T0);
    const notes: Canvas['notes'] = {};
    const ids: string[] = [];
    for (let i = 0; i < LIMITS.notesPerCanvas; i += 1) {
      notes[`n${i}`] = { id: `n${i}`, text: 't', color: 'yellow' };
      ids.push(`n${i}`);
    }
    canvas = { ...canvas, notes, blocks: { ...canvas.blocks, keyPartners: ids } };
    expect(addNote(canvas, 'channels', { id: 'extra', text: 'one too many' }, T1)).toBe(canvas);
  });
});

describe('segment links and relationship details', () => {
  const relationship = { type: 'coCreation' as const, motivations: ['retention' as const], phases: ['delivery' as const], measures: [] };

  it('sets and clears links and details on a note, and ignores a link to itself', () => {
    let canvas = sample();
    canvas = addNote(canvas, 'customerRelationships', { id: 'r', text: 'Tasting panel' }, T1);
    canvas = updateNote(canvas, 'r', { segmentIds: ['a', 'b', 'a', 'r'], relationship }, T1);
    expect(canvas.notes.r).toMatchObject({ segmentIds: ['a', 'b'], relationship });
    expect(updateNote(canvas, 'r', { segmentIds: ['a', 'b'] }, T1)).toBe(canvas);
    canvas = updateNote(canvas, 'r', { segmentIds: [], relationship: null }, T1);
    expect(canvas.notes.r).toEqual({ id: 'r', text: 'Tasting panel', color: 'yellow' });
    expect(canvasSchema.safeParse(canvas).success).toBe(true);
  });

  it('keeps the details when the note leaves its block and comes back', () => {
    let canvas = addNote(sample(), 'customerRelationships', { id: 'r', text: 'Tasting panel', segmentIds: ['a'], relationship }, T1);
    canvas = moveNote(canvas, 'r', 'keyActivities', T1);
    canvas = moveNote(canvas, 'r', 'customerRelationships', T1);
    expect(canvas.notes.r).toMatchObject({ segmentIds: ['a'], relationship });
  });

  it('drops links to a deleted segment, but keeps links to a segment moved elsewhere', () => {
    let canvas = addNote(sample(), 'customerRelationships', { id: 'r', text: 'Panel', segmentIds: ['a', 'b'], relationship }, T1);
    canvas = moveNote(canvas, 'b', 'keyPartners', T1);
    expect(canvas.notes.r?.segmentIds).toEqual(['a', 'b']);
    canvas = removeNote(canvas, 'a', T1);
    expect(canvas.notes.r?.segmentIds).toEqual(['b']);
    canvas = removeNote(canvas, 'b', T1);
    expect(canvas.notes.r).not.toHaveProperty('segmentIds');
    expect(canvasSchema.safeParse(canvas).success).toBe(true);
  });

  it('switches the journey model without touching the phases marked', async () => {
    const { setJourneyModel } = await import('@/domain/canvas');
    const canvas = addNote(sample(), 'customerRelationships', { id: 'r', text: 'Panel', relationship }, T1);
    const switched = setJourneyModel(canvas, 'customerJourney', T1);
    expect(switched.journeyModel).toBe('customerJourney');
    expect(switched.notes.r?.relationship?.phases).toEqual(['delivery']);
    expect(setJourneyModel(switched, 'customerJourney', T1)).toBe(switched);
  });
});

describe('the language a canvas is written in', () => {
  it('is the language Boom is shown in when the canvas is made; the untouched first canvas follows a switch, a written one never does', async () => {
    const { canvasActions, selectCurrentCanvas, setNewCanvasLanguage, useCanvasStore } = await import('@/store/canvas-store');
    setNewCanvasLanguage('fa');
    expect(selectCurrentCanvas(useCanvasStore.getState()).language).toBe('fa');
    canvasActions().createCanvas();
    expect(selectCurrentCanvas(useCanvasStore.getState()).language).toBe('fa');
    setNewCanvasLanguage('en');
    expect(selectCurrentCanvas(useCanvasStore.getState()).language).toBe('en');
    canvasActions().addNote('customerSegments', 'Students');
    setNewCanvasLanguage('fa');
    expect(selectCurrentCanvas(useCanvasStore.getState()).language).toBe('en');
    canvasActions().createCanvas();
    expect(selectCurrentCanvas(useCanvasStore.getState()).language).toBe('fa');
  });
});

describe('canvases with the same title', () => {
  it('get a number when added, so they can be told apart; Persian titles in Persian digits', async () => {
    const { distinctTitle } = await import('@/domain/canvas');
    expect(distinctTitle('Corner Café', ['Corner Café'])).toBe('Corner Café (2)');
    expect(distinctTitle('Corner Café', ['Corner Café', 'Corner Café (2)'])).toBe('Corner Café (3)');
    expect(distinctTitle('کافه‌ی گوشه', ['کافه‌ی گوشه'])).toBe('کافه‌ی گوشه (۲)');
    expect(distinctTitle('New', ['Old'])).toBe('New');
    expect(distinctTitle('', [''])).toBe('');
    // A title at the most a title holds makes room for its number (it once looped for ever).
    const longest = 'x'.repeat(200);
    expect(distinctTitle(longest, [longest])).toBe(`${'x'.repeat(196)} (2)`);
  });

  it('are numbered when imported three times', async () => {
    const { canvasActions, useCanvasStore } = await import('@/store/canvas-store');
    const canvas = addNote(
      createCanvas('cafe', '2026-11-25T10:00:00.000Z', 'Corner Café'),
      'channels',
      { id: 'n1', text: 'Website' },
      '2026-11-25T10:00:00.000Z',
    );
    for (let i = 0; i < 3; i += 1) canvasActions().addCanvas(canvas, { open: true });
    const titles = Object.values(useCanvasStore.getState().canvases)
      .map((kept) => kept.title)
      .sort();
    expect(titles).toEqual(['Corner Café', 'Corner Café (2)', 'Corner Café (3)']);
  });
});
