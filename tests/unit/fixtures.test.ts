import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SCHEMA_VERSION } from '@/domain/schema';
import { parseCanvasDocument } from '@/persistence/canvas-document';
import { readCanvasFile } from '@/persistence/files';
import { canvasKey, loadWorkspace, saveCanvas } from '@/persistence/local-storage';
import { readShareFragment } from '@/persistence/share-link';
import { LIMITS } from '@/domain/limits';
import { canvasArb } from '../support/arbitraries';

// Real files of every format version Boom has written, kept as they were.
const FIXTURES = import.meta.glob<string>('../fixtures/*.boom.json', { eager: true, query: '?raw', import: 'default' });
const NOW = '2026-11-25T10:00:00.000Z';

const byVersion = Object.entries(FIXTURES).map(([path, text]) => ({
  path,
  text,
  version: (JSON.parse(text) as { schemaVersion: number }).schemaVersion,
}));

describe('kept fixtures of every version', () => {
  it('include one for each format version up to the current one', () => {
    const versions = new Set(byVersion.map((fixture) => fixture.version));
    for (let version = 1; version <= SCHEMA_VERSION; version += 1)
      expect(versions.has(version), `a fixture of version ${version}`).toBe(true);
  });

  it.each(byVersion)('$path loads as a file and from storage, upgraded when older', async ({ text, version }) => {
    const parsed = parseCanvasDocument(text);
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.error));
    expect(parsed.migratedFrom).toBe(version < SCHEMA_VERSION ? version : null);
    expect(await readCanvasFile(new Blob([text], { type: 'application/json' }))).toEqual(parsed);

    // As saved in the browser by the version that wrote it: the app opens it, the same canvas.
    localStorage.clear();
    localStorage.setItem(canvasKey(parsed.canvas.id), text);
    const snapshot = loadWorkspace(localStorage, () => NOW);
    expect(snapshot.unreadable).toEqual([]);
    expect(snapshot.canvases).toEqual([parsed.canvas]);
    expect(snapshot.migrated).toEqual(version < SCHEMA_VERSION ? [parsed.canvas.id] : []);
  });
});

describe('storage, for any canvas', () => {
  it('saves and loads every valid canvas unchanged', () => {
    fc.assert(
      fc.property(canvasArb(8), (canvas) => {
        localStorage.clear();
        expect(saveCanvas(localStorage, canvas)).toEqual({ ok: true });
        expect(loadWorkspace(localStorage, () => NOW).canvases).toEqual([canvas]);
        expect(parseCanvasDocument(localStorage.getItem(canvasKey(canvas.id))!)).toEqual({ ok: true, canvas, migratedFrom: null });
      }),
      { numRuns: 100 },
    );
  });
});

describe('share links over the limit', () => {
  it('are refused by their length before anything is decoded', async () => {
    const length = LIMITS.shareLinkChars + 1;
    const result = await readShareFragment(`#share=${'A'.repeat(length)}`);
    expect(result).toEqual({ ok: false, error: { code: 'linkTooLong', length, limit: LIMITS.shareLinkChars } });
  });
});
