import { describe, expect, it } from 'vitest';
import { addNote, createCanvas } from '@/domain/canvas';
import { LIMITS } from '@/domain/limits';
import { parseCanvasDocument, serializeCanvas } from '@/persistence/canvas-document';
import { canvasKey, loadWorkspace } from '@/persistence/local-storage';

const T = '2026-11-25T10:00:00.000Z';

function canvasText(id = 'c1'): Record<string, any> {
  let canvas = createCanvas(id, T);
  canvas = addNote(canvas, 'customerSegments', { id: 'students', text: 'Students' }, T);
  canvas = addNote(canvas, 'valuePropositions', { id: 'quiet', text: 'A quiet place to read', segmentIds: ['students'] }, T);
  return JSON.parse(serializeCanvas(canvas));
}

/** Documents under the 5 MB limit whose lists are far longer than any canvas may hold. */
const HUGE: [string, (document: Record<string, any>) => void, { path: string; problem: string }][] = [
  [
    '150,000 ids in one block',
    (d) => (d.canvas.blocks.keyPartners = Array.from({ length: 150_000 }, (_, i) => `n${i}`)),
    { path: 'canvas.blocks.keyPartners', problem: 'tooLong' },
  ],
  [
    '300,000 notes of the wrong type',
    (d) => (d.canvas.notes = Object.fromEntries(Array.from({ length: 300_000 }, (_, i) => [`n${i}`, 0]))),
    { path: 'canvas.notes', problem: 'tooManyNotes' },
  ],
  [
    '2,000,000 zeros in a block',
    (d) => (d.canvas.blocks.channels = new Array(2_000_000).fill(0)),
    { path: 'canvas.blocks.channels', problem: 'tooLong' },
  ],
  [
    '2,000,000 zeros in a note’s segment links',
    (d) => (d.canvas.notes.quiet.segmentIds = new Array(2_000_000).fill(0)),
    { path: 'canvas.notes.quiet.segmentIds', problem: 'tooLong' },
  ],
  [
    '2,000,000 zeros in a field Boom does not know',
    (d) => (d.canvas.extra = new Array(2_000_000).fill(0)),
    { path: 'canvas.extra', problem: 'tooLong' },
  ],
  [
    '4,000 bad ids in each of two blocks (too many together)',
    (d) => {
      d.canvas.blocks.keyPartners = Array.from({ length: 4000 }, (_, i) => `a${i}`);
      d.canvas.blocks.keyResources = Array.from({ length: 4000 }, (_, i) => `b${i}`);
    },
    { path: 'canvas.blocks.keyResources', problem: 'tooLong' },
  ],
  [
    'a few thousand ids no note has',
    (d) => (d.canvas.blocks.keyPartners = Array.from({ length: 4000 }, (_, i) => `x${i}`)),
    { path: 'canvas.blocks.keyPartners[0]', problem: 'unknownNote' },
  ],
];

describe('very long lists in a file, a link or storage', () => {
  it.each(HUGE)('are refused with the place named, without throwing: %s', (_name, make, expected) => {
    const document = canvasText();
    make(document);
    const text = JSON.stringify(document);
    expect(text.length).toBeLessThan(LIMITS.documentBytes);
    const result = parseCanvasDocument(text, { maxBytes: LIMITS.documentBytes });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toMatchObject({ code: 'invalid', ...expected });
  });

  it('in one stored canvas keep neither it nor the canvases after it from loading', () => {
    const bad = canvasText('a-bad');
    bad.canvas.blocks.keyPartners = Array.from({ length: 150_000 }, (_, i) => `n${i}`);
    localStorage.setItem(canvasKey('a-bad'), JSON.stringify(bad));
    for (const id of ['b-good', 'c-good']) localStorage.setItem(canvasKey(id), JSON.stringify(canvasText(id)));
    const snapshot = loadWorkspace(localStorage, () => T);
    expect(snapshot.canvases.map((canvas) => canvas.id)).toEqual(['b-good', 'c-good']);
    expect(snapshot.unreadable).toHaveLength(1);
    expect(snapshot.unreadable[0]).toMatchObject({ key: canvasKey('a-bad'), error: { code: 'invalid', problem: 'tooLong' } });
    // Kept aside, not deleted.
    expect(localStorage.getItem(snapshot.unreadable[0]!.backupKey!)).toBe(JSON.stringify(bad));
  });
});
