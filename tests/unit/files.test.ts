import { describe, expect, it } from 'vitest';
import { addNote, createCanvas } from '@/domain/canvas';
import { SCHEMA_VERSION } from '@/domain/schema';
import { CANVAS_FILE_EXTENSION, canvasFileText, fileNameFor, readCanvasFile } from '@/persistence/files';
import v1 from '../fixtures/canvas-v1.boom.json';
import fixture from '../fixtures/canvas-v5.boom.json';

const NOW = '2026-11-25T10:00:00.000Z';
const file = (text: string | Uint8Array) => new Blob([text as BlobPart]);

describe('canvas files', () => {
  it('names the file after the title, keeping Persian readable', () => {
    expect(fileNameFor('کافه‌کتاب شب‌بو', 'Untitled canvas', CANVAS_FILE_EXTENSION)).toBe('کافه\u202Fکتاب شب\u202Fبو.boom.json');
    // Chromium writes "_" for a joiner in a download's name: a half-space stays a narrow gap, an emoji its parts.
    expect(fileNameFor('کافه‌ی گوشه', 'x', '.md')).toBe('کافه\u202Fی گوشه.md');
    expect(fileNameFor('Family 👨‍👩‍👧 plan', 'x', '.md')).toBe('Family 👨👩👧 plan.md');
    expect(fileNameFor('report\u2069\u202Enosj.exe', 'x', '.boom.json')).toBe('report nosj.exe.boom.json');
    expect(fileNameFor('  Plans: 2027 / v2?  ', 'Untitled canvas', '.md')).toBe('Plans 2027 v2.md');
    expect(fileNameFor('\u202eevil', 'x', '.png')).toBe('evil.png');
    expect(fileNameFor('...', 'Untitled canvas', '.png')).toBe('Untitled canvas.png');
    expect(fileNameFor('', 'بوم بی‌نام', '.md')).toBe('بوم بی\u202Fنام.md');
    expect(fileNameFor('a\u00a0\u2009b', 'x', '.md')).toBe('a b.md');
    const long = `${'word '.repeat(20)}end`;
    expect(fileNameFor(long, 'x', '.md')).toBe(`${'word '.repeat(16).trim()}.md`);
  });

  it('writes the canonical envelope with the time of export', () => {
    const canvas = addNote(createCanvas('c1', NOW, 'کافه'), 'channels', { id: 'n1', text: 'اینستاگرام' }, NOW);
    const text = canvasFileText(canvas, NOW);
    expect(JSON.parse(text)).toEqual({ format: 'boom-canvas', schemaVersion: SCHEMA_VERSION, exportedAt: NOW, canvas });
    expect(text).toContain('"اینستاگرام"');
  });

  it('reads a file of the current version, and upgrades an older one', async () => {
    const current = await readCanvasFile(file(JSON.stringify(fixture)));
    expect(current.ok && current.canvas.id).toBe('fixture-v5');
    const old = await readCanvasFile(file(`\uFEFF${JSON.stringify(v1)}`));
    expect(old.ok && old.migratedFrom).toBe(1);
  });

  it('names what is wrong with a bad file', async () => {
    expect(await readCanvasFile(file(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0xff, 0xfe])))).toEqual({
      ok: false,
      error: { code: 'notJson' },
    });
    expect(await readCanvasFile(file('{"name": "a list"}'))).toEqual({ ok: false, error: { code: 'notACanvas' } });
    expect(await readCanvasFile(file(JSON.stringify({ ...fixture, schemaVersion: 99 })))).toEqual({
      ok: false,
      error: { code: 'versionTooNew', version: 99 },
    });
    const missing = structuredClone(fixture) as { canvas: Partial<typeof fixture.canvas> };
    delete missing.canvas.title;
    expect(await readCanvasFile(file(JSON.stringify(missing)))).toEqual({
      ok: false,
      error: { code: 'invalid', path: 'canvas.title', problem: 'missing' },
    });
  });

  it('refuses a file over the limit before reading it', async () => {
    const big = { size: 6_000_000, arrayBuffer: () => Promise.reject(new Error('must not be read')) } as unknown as Blob;
    expect(await readCanvasFile(big)).toEqual({ ok: false, error: { code: 'tooLarge', size: 6_000_000, limit: 5_000_000 } });
  });
});
