import { describe, expect, it } from 'vitest';
import { BLOCK_IDS } from '@/domain/blocks';
import { addNote, createCanvas } from '@/domain/canvas';
import { LIMITS } from '@/domain/limits';
import { canvasDocumentSchema, canvasSchema } from '@/domain/schema';
import fixture from '../fixtures/canvas-v5.boom.json';

const NOW = '2026-11-23T12:00:00.000Z';

describe('canvas schema', () => {
  it('accepts a new canvas and the current-version fixture', () => {
    expect(canvasSchema.safeParse(createCanvas('c1', NOW)).success).toBe(true);
    expect(canvasDocumentSchema.safeParse(fixture).success).toBe(true);
  });

  it('has a list for each of the nine blocks', () => {
    expect(Object.keys(createCanvas('c1', NOW).blocks).sort()).toEqual([...BLOCK_IDS].sort());
  });

  it('rejects a block list that names a note that does not exist', () => {
    const canvas = createCanvas('c1', NOW);
    const broken = { ...canvas, blocks: { ...canvas.blocks, channels: ['ghost'] } };
    const result = canvasSchema.safeParse(broken);
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.path).toEqual(['blocks', 'channels', 0]);
  });

  it('rejects a note placed in two blocks, and a note placed in none', () => {
    const canvas = addNote(createCanvas('c1', NOW), 'channels', { id: 'n1', text: 'Web shop' }, NOW);
    const twice = { ...canvas, blocks: { ...canvas.blocks, customerSegments: ['n1'] } };
    expect(canvasSchema.safeParse(twice).success).toBe(false);
    const nowhere = { ...canvas, blocks: { ...canvas.blocks, channels: [] } };
    expect(canvasSchema.safeParse(nowhere).success).toBe(false);
  });

  it('rejects unknown colours, over-long notes and prototype-polluting ids', () => {
    const canvas = addNote(createCanvas('c1', NOW), 'channels', { id: 'n1', text: 'Web shop' }, NOW);
    const note = canvas.notes.n1!;
    expect(canvasSchema.safeParse({ ...canvas, notes: { n1: { ...note, color: 'red' } } }).success).toBe(false);
    const long = 'x'.repeat(LIMITS.noteLength + 1);
    expect(canvasSchema.safeParse({ ...canvas, notes: { n1: { ...note, text: long } } }).success).toBe(false);
    const polluted = JSON.parse('{"__proto__": {"id": "__proto__", "text": "x", "color": "yellow"}}');
    expect(canvasSchema.safeParse({ ...canvas, notes: polluted }).success).toBe(false);
    expect(({} as Record<string, unknown>).text).toBeUndefined();
  });

  it('drops fields it does not know', () => {
    const result = canvasSchema.safeParse({ ...createCanvas('c1', NOW), extra: '<script>' });
    expect(result.success).toBe(true);
    expect(result.data).not.toHaveProperty('extra');
  });
});

describe('relationship details', () => {
  const canvas = addNote(
    createCanvas('c1', NOW),
    'customerRelationships',
    {
      id: 'r1',
      text: 'Loyalty card',
      segmentIds: ['s1'],
      relationship: { type: 'longTerm', motivations: ['retention'], phases: ['loyalty'], measures: [] },
    },
    NOW,
  );

  it('are accepted on a note, with phases of either journey model', () => {
    expect(canvasSchema.safeParse(canvas).success).toBe(true);
  });

  it('reject unknown types, motivations, phases and measure kinds, naming the field', () => {
    const note = canvas.notes.r1!;
    const bad = (relationship: object) =>
      canvasSchema.safeParse({ ...canvas, notes: { r1: { ...note, relationship: { ...note.relationship, ...relationship } } } });
    expect(bad({ type: 'telepathy' }).error?.issues[0]?.path).toEqual(['notes', 'r1', 'relationship', 'type']);
    expect(bad({ motivations: ['fun'] }).success).toBe(false);
    expect(bad({ phases: ['afterlife'] }).success).toBe(false);
    expect(bad({ measures: [{ id: 'm', kind: 'vibes', label: '', target: '' }] }).success).toBe(false);
  });

  it('require a journey model on the canvas', () => {
    const { journeyModel: _model, ...withoutModel } = canvas;
    expect(canvasSchema.safeParse(withoutModel).success).toBe(false);
    expect(canvasSchema.safeParse({ ...canvas, journeyModel: 'hero' }).success).toBe(false);
  });
});
