import { describe, expect, it } from 'vitest';
import { addNote, createCanvas } from '@/domain/canvas';
import { SCHEMA_VERSION } from '@/domain/schema';
import { formatPath, parseCanvasDocument, serializeCanvas } from '@/persistence/canvas-document';
import v1 from '../fixtures/canvas-v1.boom.json';
import fixture from '../fixtures/canvas-v5.boom.json';

const NOW = '2026-11-23T12:00:00.000Z';

describe('canvas documents', () => {
  it('round-trips a canvas through its canonical text', () => {
    const canvas = addNote(createCanvas('c1', NOW, 'کافه'), 'channels', { id: 'n1', text: 'سفارش از اینستاگرام 🎉' }, NOW);
    const text = serializeCanvas(canvas, { exportedAt: NOW });
    expect(JSON.parse(text)).toMatchObject({ format: 'boom-canvas', schemaVersion: SCHEMA_VERSION, exportedAt: NOW });
    expect(text).toContain('سفارش از اینستاگرام');
    expect(parseCanvasDocument(text)).toEqual({ ok: true, canvas, migratedFrom: null });
  });

  it('reads the current fixture, and upgrades the version-1 one', () => {
    const result = parseCanvasDocument(JSON.stringify(fixture));
    expect(result.ok && result.canvas.notes.n5?.relationship?.type).toBe('longTerm');
    const old = parseCanvasDocument(JSON.stringify(v1));
    expect(old.ok && old.migratedFrom).toBe(1);
    expect(old.ok && old.canvas.title).toBe('کافه‌ی سر کوچه');
  });

  it('names each kind of problem', () => {
    expect(parseCanvasDocument('{ not json')).toEqual({ ok: false, error: { code: 'notJson' } });
    expect(parseCanvasDocument('[1,2]')).toEqual({ ok: false, error: { code: 'notACanvas' } });
    expect(parseCanvasDocument('{"format":"other"}')).toEqual({ ok: false, error: { code: 'notACanvas' } });
    expect(parseCanvasDocument(JSON.stringify({ ...fixture, schemaVersion: 99 }))).toEqual({
      ok: false,
      error: { code: 'versionTooNew', version: 99 },
    });
    expect(parseCanvasDocument(JSON.stringify({ ...fixture, schemaVersion: undefined }))).toEqual({
      ok: false,
      error: { code: 'versionUnknown' },
    });
  });

  it('says a required field is missing when it is, whatever kind of value it takes', () => {
    const cases: [(canvas: any) => void, string][] = [
      [(canvas) => delete canvas.journeyModel, 'canvas.journeyModel'],
      [(canvas) => delete canvas.notes.n1.color, 'canvas.notes.n1.color'],
      [(canvas) => delete canvas.notes.n1.text, 'canvas.notes.n1.text'],
      [(canvas) => delete canvas.blocks.channels, 'canvas.blocks.channels'],
    ];
    for (const [remove, path] of cases) {
      const document = structuredClone(fixture) as any;
      remove(document.canvas);
      const result = parseCanvasDocument(JSON.stringify(document));
      expect(result.ok ? null : result.error).toMatchObject({ code: 'invalid', path, problem: 'missing' });
    }
  });

  it('gives the path of the first invalid field', () => {
    const bad = structuredClone(fixture);
    bad.canvas.notes.n2.color = 'chartreuse';
    expect(parseCanvasDocument(JSON.stringify(bad))).toEqual({
      ok: false,
      error: { code: 'invalid', path: 'canvas.notes.n2.color', problem: 'notAllowed', note: 'Office workers nearby' },
    });
    const badList = structuredClone(fixture);
    badList.canvas.blocks.channels.push('nobody');
    expect(parseCanvasDocument(JSON.stringify(badList))).toEqual({
      ok: false,
      error: { code: 'invalid', path: 'canvas.blocks.channels[2]', problem: 'unknownNote' },
    });
  });

  it('names the limit a too-long field passes', () => {
    const long = structuredClone(fixture);
    long.canvas.notes.n2.text = 'x'.repeat(2001);
    expect(parseCanvasDocument(JSON.stringify(long))).toEqual({
      ok: false,
      error: { code: 'invalid', path: 'canvas.notes.n2.text', problem: 'tooLong', limit: 2000, note: `${'x'.repeat(40)}…` },
    });
  });

  it('refuses a text over the size limit before parsing it', () => {
    const result = parseCanvasDocument(`"${'x'.repeat(200)}"`, { maxBytes: 100 });
    expect(result).toEqual({ ok: false, error: { code: 'tooLarge', size: 202, limit: 100 } });
  });

  it('formats paths the way people read them', () => {
    expect(formatPath(['canvas', 'blocks', 'channels', 2])).toBe('canvas.blocks.channels[2]');
    expect(formatPath([])).toBe('');
  });
});
