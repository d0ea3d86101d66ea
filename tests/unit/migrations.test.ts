import { describe, expect, it } from 'vitest';
import { CURRENT_VERSION, MIGRATIONS, migrateToLatest, type Migration } from '@/domain/migrations';
import v1 from '../fixtures/canvas-v1.boom.json';
import v2 from '../fixtures/canvas-v2.boom.json';
import v3 from '../fixtures/canvas-v3.boom.json';
import fixture from '../fixtures/canvas-v5.boom.json';
import { canvasDocumentSchema } from '@/domain/schema';

describe('migration registry', () => {
  it('has exactly one step for every version below the current one, in order', () => {
    const expected = Array.from({ length: CURRENT_VERSION - 1 }, (_, i) => i + 1);
    expect(MIGRATIONS.map((step) => step.from)).toEqual(expected);
  });

  it('leaves a current document as it is', () => {
    const result = migrateToLatest(fixture);
    expect(result).toEqual({ ok: true, document: fixture, migratedFrom: null });
  });

  it('upgrades a version-1 canvas: the five channel phases become its journey model, nothing else changes', () => {
    const result = migrateToLatest(v1);
    expect(result.ok && result.migratedFrom).toBe(1);
    if (!result.ok) return;
    const upgraded = canvasDocumentSchema.parse(result.document);
    expect(upgraded.schemaVersion).toBe(CURRENT_VERSION);
    expect(upgraded.canvas.journeyModel).toBe('channelPhases');
    const { journeyModel: _model, ...rest } = upgraded.canvas;
    expect(rest).toEqual(v1.canvas);
  });

  it('upgrades a version-2 canvas unchanged: channel details and integration level are optional', () => {
    const result = migrateToLatest(v2);
    expect(result.ok && result.migratedFrom).toBe(2);
    if (!result.ok) return;
    const upgraded = canvasDocumentSchema.parse(result.document);
    expect(upgraded.canvas).toEqual(v2.canvas);
  });

  it('upgrades a version-3 canvas unchanged: votes are optional', () => {
    const result = migrateToLatest(v3);
    expect(result.ok && result.migratedFrom).toBe(3);
    if (!result.ok) return;
    expect(canvasDocumentSchema.parse(result.document).canvas).toEqual(v3.canvas);
  });

  it('runs the steps in order, each from the version the previous one produced', () => {
    const registry: Migration[] = [
      { from: 2, name: 'add b', up: (doc) => ({ ...doc, trail: [...(doc.trail as string[]), 'b'] }) },
      { from: 1, name: 'add a', up: (doc) => ({ ...doc, trail: [...(doc.trail as string[]), 'a'] }) },
    ];
    const result = migrateToLatest({ schemaVersion: 1, trail: [] }, registry, 3);
    expect(result).toEqual({ ok: true, document: { schemaVersion: 3, trail: ['a', 'b'] }, migratedFrom: 1 });
  });

  it('refuses versions from the future, and missing or unknown ones', () => {
    expect(migrateToLatest({ schemaVersion: CURRENT_VERSION + 1 })).toMatchObject({ ok: false, error: 'versionTooNew' });
    expect(migrateToLatest({})).toMatchObject({ ok: false, error: 'versionUnknown' });
    expect(migrateToLatest({ schemaVersion: '1' })).toMatchObject({ ok: false, error: 'versionUnknown' });
    expect(migrateToLatest({ schemaVersion: 1 }, [], 2)).toMatchObject({ ok: false, error: 'versionUnknown' });
  });
});
