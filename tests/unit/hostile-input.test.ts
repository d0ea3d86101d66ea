import { describe, expect, it } from 'vitest';
import { addNote, createCanvas } from '@/domain/canvas';
import type { Canvas } from '@/domain/schema';
import { parseCanvasDocument, serializeCanvas } from '@/persistence/canvas-document';

const T = '2026-11-25T10:00:00.000Z';

function described(): Canvas {
  let canvas = createCanvas('c1', T);
  canvas = addNote(canvas, 'customerSegments', { id: 'students', text: 'Students' }, T);
  canvas = addNote(
    canvas,
    'customerRelationships',
    {
      id: 'club',
      text: 'Book club',
      segmentIds: ['students'],
      relationship: {
        type: 'community',
        motivations: ['retention'],
        phases: ['purchase'],
        measures: [{ id: 'm1', kind: 'nps', label: '', target: '40' }],
      },
    },
    T,
  );
  canvas = addNote(
    canvas,
    'channels',
    {
      id: 'web',
      text: 'Website',
      segmentIds: ['students'],
      channel: { ownership: 'own', reach: 'direct', medium: 'online', cost: 'low', phases: { awareness: { used: true, rating: 4 } } },
    },
    T,
  );
  return canvas;
}

/** The saved text with `key: value` written in as raw JSON at the object `at` leads to. */
function withKey(canvas: Canvas, at: (string | number)[], key: string, value: string): string {
  const document = JSON.parse(serializeCanvas(canvas)) as Record<string, unknown>;
  let target = document as Record<string | number, unknown>;
  for (const step of at) target = target[step] as Record<string | number, unknown>;
  target['@@inject@@'] = 0;
  return JSON.stringify(document).replace('"@@inject@@":0', `${JSON.stringify(key)}:${value}`);
}

/** Objects whose unknown fields are dropped; the values of each are fields with names of their own. */
const OBJECTS: (string | number)[][] = [
  [],
  ['canvas'],
  ['canvas', 'blocks'],
  ['canvas', 'notes', 'club'],
  ['canvas', 'notes', 'club', 'relationship'],
  ['canvas', 'notes', 'club', 'relationship', 'measures', 0],
  ['canvas', 'notes', 'web', 'channel'],
  ['canvas', 'notes', 'web', 'channel', 'phases', 'awareness'],
];
/** Maps whose keys are ids or values from a fixed list: an unknown key there is refused. */
const MAPS: (string | number)[][] = [
  ['canvas', 'notes'],
  ['canvas', 'notes', 'web', 'channel', 'phases'],
];
const PAYLOADS = ['{"polluted":true}', '{"prototype":{"polluted":true}}', '"<img src=x onerror=alert(1)>"', '[1,2,3]'];

function expectNoPollution() {
  expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  expect(Object.prototype).not.toHaveProperty('polluted');
  expect(Object.prototype).not.toHaveProperty('prototype');
}

describe('hostile keys in a canvas file', () => {
  it('drops __proto__, constructor, prototype and unknown fields in every object, polluting nothing', () => {
    const canvas = described();
    for (const at of OBJECTS) {
      for (const key of ['__proto__', 'constructor', 'prototype', 'somethingNew']) {
        for (const value of PAYLOADS) {
          const result = parseCanvasDocument(withKey(canvas, at, key, value));
          expect(result, `${key} at ${at.join('.')}`).toEqual({ ok: true, canvas, migratedFrom: null });
          expectNoPollution();
        }
      }
    }
  });

  it('refuses them as keys of the notes and phases maps, with a coded error naming the field', () => {
    const canvas = described();
    for (const at of MAPS) {
      for (const key of ['constructor', 'prototype', 'somethingNew']) {
        const result = parseCanvasDocument(withKey(canvas, at, key, '{"id":"x","text":"x","color":"yellow","used":true}'));
        expect(result.ok, `${key} at ${at.join('.')}`).toBe(false);
        if (!result.ok) {
          expect(result.error.code).toBe('invalid');
          if (result.error.code === 'invalid') {
            expect(result.error.path.startsWith(at.join('.'))).toBe(true);
            expect(result.error.problem).not.toBe('other');
          }
        }
        expectNoPollution();
      }
      // A "__proto__" key never becomes a note or a phase, and never reaches the prototype.
      const result = parseCanvasDocument(withKey(canvas, at, '__proto__', '{"id":"__proto__","text":"x","color":"yellow","used":true}'));
      if (result.ok) expect(result.canvas).toEqual(canvas);
      else expect(result.error.code).toBe('invalid');
      expectNoPollution();
    }
  });
});
