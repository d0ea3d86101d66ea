import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import { canvasJsonSchema } from '@/domain/json-schema';
import { parseCanvasDocument } from '@/persistence/canvas-document';
import { canvasFileText } from '@/persistence/files';
import fixture from '../fixtures/canvas-v5.boom.json';
import v4 from '../fixtures/canvas-v4.boom.json';
import v1 from '../fixtures/canvas-v1.boom.json';

const NOW = '2026-11-25T10:00:00.000Z';

function validator() {
  const ajv = new Ajv2020({ allErrors: true, strict: false });
  addFormats(ajv);
  return ajv.compile(canvasJsonSchema());
}

describe('the published JSON Schema', () => {
  it('accepts what Boom exports, including an upgraded old file', () => {
    const validate = validator();
    for (const source of [fixture, v4, v1]) {
      const loaded = parseCanvasDocument(JSON.stringify(source));
      if (!loaded.ok) throw new Error('fixture does not load');
      expect(validate(JSON.parse(canvasFileText(loaded.canvas, NOW))), JSON.stringify(validate.errors)).toBe(true);
    }
  });

  it('rejects files Boom rejects, naming the field', () => {
    const validate = validator();
    const bad = structuredClone(fixture) as { canvas: { notes: Record<string, { color: string }> } };
    bad.canvas.notes.n2!.color = 'chartreuse';
    expect(validate(bad)).toBe(false);
    expect(validate.errors?.some((error) => error.instancePath === '/canvas/notes/n2/color')).toBe(true);
    expect(validate({ ...fixture, schemaVersion: 2 })).toBe(false);
    expect(validate({ ...fixture, format: 'other' })).toBe(false);
    expect(validate({ ...fixture, canvas: { ...fixture.canvas, createdAt: 'yesterday' } })).toBe(false);
  });
});
