// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { addNote, createCanvas } from '@/domain/canvas';
import { serializeCanvas } from '@/persistence/canvas-document';
import { isShareFragment, readShareFragment, shareFragment } from '@/persistence/share-link';

const NOW = '2026-11-23T12:00:00.000Z';
const canvas = addNote(createCanvas('c1', NOW, 'کافه‌ی سر کوچه'), 'channels', { id: 'n1', text: 'سفارش از اینستاگرام 🎉' }, NOW);

async function gzipBase64Url(text: string): Promise<string> {
  const stream = new Blob([text]).stream().pipeThrough(new CompressionStream('gzip'));
  const bytes = new Uint8Array(await new Response(stream).arrayBuffer());
  return Buffer.from(bytes).toString('base64url');
}

describe('share links', () => {
  it('carry a canvas in the fragment and open it unchanged', async () => {
    const result = await shareFragment(canvas);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.fragment).toMatch(/^#share=[A-Za-z0-9_-]+$/);
    expect(isShareFragment(result.fragment)).toBe(true);
    expect(await readShareFragment(result.fragment)).toEqual({ ok: true, canvas, migratedFrom: null });
  });

  it('report a link cut short or changed by hand as damaged', async () => {
    const result = await shareFragment(canvas);
    if (!result.ok) throw new Error('no link');
    const cut = result.fragment.slice(0, Math.floor(result.fragment.length * 0.7));
    expect(await readShareFragment(cut)).toEqual({ ok: false, error: { code: 'damaged' } });
    const flipped = result.fragment.slice(0, 30) + (result.fragment[30] === 'A' ? 'B' : 'A') + result.fragment.slice(31);
    expect((await readShareFragment(flipped)).ok).toBe(false);
    expect(await readShareFragment('#share=not base64!')).toEqual({ ok: false, error: { code: 'damaged' } });
    expect(await readShareFragment('#share=')).toEqual({ ok: false, error: { code: 'damaged' } });
  });

  it('stop inflating a small link that would expand past the limit', async () => {
    const bomb = `#share=${await gzipBase64Url(' '.repeat(20_000_000))}`;
    expect(bomb.length).toBeLessThan(40_000);
    expect(await readShareFragment(bomb)).toEqual({ ok: false, error: { code: 'tooLarge', size: null, limit: 5_000_000 } });
  });

  it('check what they carry like any other canvas data', async () => {
    const bad = JSON.parse(serializeCanvas(canvas));
    bad.canvas.notes.n1.color = 'black';
    const fragment = `#share=${await gzipBase64Url(JSON.stringify(bad))}`;
    expect(await readShareFragment(fragment)).toEqual({
      ok: false,
      error: { code: 'invalid', path: 'canvas.notes.n1.color', problem: 'notAllowed', note: 'سفارش از اینستاگرام 🎉' },
    });
  });
});

describe('a share link holding a list far longer than any canvas has', () => {
  it('is refused with the place named, and never hangs', async () => {
    const document = JSON.parse(serializeCanvas(canvas));
    document.canvas.blocks.keyPartners = Array.from({ length: 150_000 }, (_, i) => `n${i}`);
    const result = await readShareFragment(`#share=${await gzipBase64Url(JSON.stringify(document))}`);
    expect(result).toMatchObject({
      ok: false,
      error: { code: 'invalid', path: 'canvas.blocks.keyPartners', problem: 'tooLong', limit: 5000 },
    });
  });
});

describe('share links carried by mail', () => {
  it('still open when a line break was added, or percent-encoded, inside them', async () => {
    const result = await shareFragment(canvas);
    if (!result.ok) throw new Error('no link');
    const broken = `${result.fragment.slice(0, 40)}%20\n${result.fragment.slice(40, 80)}%0A${result.fragment.slice(80)}`;
    expect(await readShareFragment(broken)).toEqual({ ok: true, canvas, migratedFrom: null });
  });
});
