import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseCanvasDocument, serializeCanvas, type LoadResult } from '@/persistence/canvas-document';
import { canvasFileText, readCanvasFile } from '@/persistence/files';
import { canvasArb } from '../support/arbitraries';
import { canvasDocumentSchema, SCHEMA_VERSION } from '@/domain/schema';

const CODES = new Set(['tooLarge', 'notJson', 'notACanvas', 'versionTooNew', 'versionUnknown', 'invalid', 'damaged']);
const NOW = '2026-11-25T10:00:00.000Z';

/** Every outcome is either a canvas that passes the schema or a coded error: never a throw. */
function expectOutcome(result: LoadResult) {
  if (result.ok)
    expect(canvasDocumentSchema.safeParse({ format: 'boom-canvas', schemaVersion: SCHEMA_VERSION, canvas: result.canvas }).success).toBe(
      true,
    );
  else expect(CODES.has(result.error.code)).toBe(true);
}

/** Every path to a value inside `value` (object keys and array indexes). */
function pathsOf(value: unknown, prefix: (string | number)[] = []): (string | number)[][] {
  if (typeof value !== 'object' || value === null) return [prefix];
  const entries = Array.isArray(value) ? value.map((item, index) => [index, item] as const) : Object.entries(value);
  return [prefix, ...entries.flatMap(([key, item]) => pathsOf(item, [...prefix, key]))];
}

function mutate(document: unknown, path: (string | number)[], replacement: unknown, remove: boolean, added: string | null): unknown {
  if (path.length === 0) return replacement;
  const copy = structuredClone(document) as Record<string | number, unknown>;
  let parent: Record<string | number, unknown> = copy;
  for (const key of path.slice(0, -1)) parent = parent[key] as Record<string | number, unknown>;
  const last = path[path.length - 1]!;
  // A key added beside the one at the path, as an own property even when it is "__proto__".
  if (added !== null && !Array.isArray(parent))
    Object.defineProperty(parent, added, { value: replacement, enumerable: true, writable: true, configurable: true });
  else if (remove && Array.isArray(parent)) parent.splice(Number(last), 1);
  else if (remove) delete parent[last];
  else parent[last] = replacement;
  return copy;
}

/** Values that try to reach Object.prototype once a parser or a spread walks them (own "__proto__" keys, as JSON.parse makes them). */
const POLLUTERS = [
  JSON.parse('{"__proto__": {"polluted": true}}') as unknown,
  JSON.parse('{"constructor": {"prototype": {"polluted": true}}}') as unknown,
  JSON.parse('{"prototype": {"polluted": true}}') as unknown,
];

describe('the file format, for any canvas', () => {
  it('exports and re-imports every valid canvas unchanged', async () => {
    await fc.assert(
      fc.asyncProperty(canvasArb(), async (canvas) => {
        const file = new Blob([canvasFileText(canvas, NOW)], { type: 'application/json' });
        expect(await readCanvasFile(file)).toEqual({ ok: true, canvas, migratedFrom: null });
        expect(parseCanvasDocument(serializeCanvas(canvas, { compact: true }))).toEqual({ ok: true, canvas, migratedFrom: null });
      }),
      { numRuns: 150 },
    );
  });

  it('answers random JSON with a coded error, never a throw', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        expectOutcome(parseCanvasDocument(JSON.stringify(value)));
        expectOutcome(parseCanvasDocument(JSON.stringify({ format: 'boom-canvas', schemaVersion: SCHEMA_VERSION, canvas: value })));
      }),
      { numRuns: 300 },
    );
  });

  it('answers any change to a valid file, and any cut of its text, with a valid canvas or a coded error', () => {
    fc.assert(
      fc.property(
        canvasArb(8).chain((canvas) => {
          const document = JSON.parse(serializeCanvas(canvas)) as unknown;
          return fc.record({
            document: fc.constant(document),
            path: fc.constantFrom(...pathsOf(document)),
            // 1e309 is meant: a number JSON cannot hold (it reads as Infinity).
            // eslint-disable-next-line no-loss-of-precision
            replacement: fc.oneof(fc.jsonValue(), fc.constantFrom('__proto__', -1, 1e309, ...POLLUTERS)),
            remove: fc.boolean(),
            added: fc.option(fc.constantFrom('__proto__', 'constructor', 'prototype', 'unknownField')),
            cut: fc.nat(),
          });
        }),
        ({ document, path, replacement, remove, added, cut }) => {
          const text = JSON.stringify(mutate(document, path, replacement, remove, added));
          expectOutcome(parseCanvasDocument(text));
          expectOutcome(parseCanvasDocument(text.slice(0, cut % (text.length + 1))));
          expect(({} as Record<string, unknown>).polluted).toBeUndefined();
          expect(Object.prototype).not.toHaveProperty('polluted');
        },
      ),
      { numRuns: 400 },
    );
  });
});
