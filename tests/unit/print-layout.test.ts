import { describe, expect, it } from 'vitest';
import { loadPaper, savePaper } from '@/persistence/preferences';
import { paginate, printableArea, type MeasuredBlock } from '@/features/files/print-layout';

/** A block whose rows of `perRow` notes are each `height` high, `gap` apart. */
function block(id: MeasuredBlock['id'], rows: number, height = 50, perRow = 4, gap = 6): MeasuredBlock {
  return {
    id,
    frame: 40,
    rows: Array.from({ length: rows }, (_, row) => ({ count: perRow, top: row * (height + gap), bottom: row * (height + gap) + height })),
  };
}

describe('printing on pages', () => {
  it('puts a block whole on the next page when the rest of this one is too short', () => {
    // Each 3-row block is 40 + 162 = 202 high; a page of 500 holds two (with the gap), not three.
    const pages = paginate([block('customerSegments', 3), block('valuePropositions', 3), block('channels', 3)], 500, 50, 8);
    expect(pages.map((page) => page.map((chunk) => chunk.block))).toEqual([['customerSegments', 'valuePropositions'], ['channels']]);
    expect(pages.flat().every((chunk) => !chunk.continued)).toBe(true);
  });

  it('cuts only a block longer than a page, between rows, and goes on with its heading', () => {
    const pages = paginate([block('customerSegments', 1), block('keyPartners', 20)], 500, 0, 8);
    const partners = pages.flat().filter((chunk) => chunk.block === 'keyPartners');
    expect(partners.length).toBeGreaterThan(2);
    expect(partners[0]).toMatchObject({ from: 0, continued: false });
    expect(partners.slice(1).every((chunk) => chunk.continued)).toBe(true);
    // Its notes, every one once and in order, cut at rows of four.
    expect(
      partners
        .map((chunk) => [chunk.from, chunk.to])
        .flat()
        .at(-1),
    ).toBe(80);
    for (const [index, chunk] of partners.entries()) {
      expect(chunk.from % 4).toBe(0);
      if (index > 0) expect(chunk.from).toBe(partners[index - 1]!.to);
    }
    // It starts on the first page, beside the short block, rather than leaving it half empty.
    expect(pages[0]!.map((chunk) => chunk.block)).toEqual(['customerSegments', 'keyPartners']);
  });

  it('places an empty block, and a row taller than a page', () => {
    const pages = paginate([{ id: 'keyResources', frame: 40, rows: [] }, block('channels', 2, 900)], 500, 0, 8);
    expect(pages.flat().map((chunk) => [chunk.block, chunk.from, chunk.to])).toEqual([
      ['keyResources', 0, 0],
      ['channels', 0, 4],
      ['channels', 4, 8],
    ]);
  });

  it('knows the papers: A0 holds sixteen A4 pages, Letter is wider and shorter than A4', () => {
    const a4 = printableArea('a4');
    const a0 = printableArea('a0');
    expect(a0.width / a4.width).toBeGreaterThan(3.9);
    expect(printableArea('letter').width).toBeLessThan(a4.width);
  });

  it('remember the paper chosen; before any choice, Letter in the United States and Canada, A4 elsewhere', () => {
    const store = new Map<string, string>();
    const storage = {
      getItem: (key: string) => store.get(key) ?? null,
      setItem: (key: string, value: string) => void store.set(key, value),
      removeItem: (key: string) => void store.delete(key),
      key: () => null,
      length: 0,
    };
    expect(loadPaper(storage, 'en-US')).toBe('letter');
    expect(loadPaper(storage, 'fr-CA')).toBe('letter');
    expect(loadPaper(storage, 'fa-IR')).toBe('a4');
    expect(loadPaper(storage, 'en-GB')).toBe('a4');
    // A language without its region: the region it is most likely spoken in.
    expect(loadPaper(storage, 'en')).toBe('letter');
    expect(loadPaper(storage, 'es-419')).toBe('a4');
    savePaper(storage, 'a2');
    expect(loadPaper(storage, 'en-US')).toBe('a2');
    store.set('boom:print', '{"paper":"b5"}');
    expect(loadPaper(storage, 'fa')).toBe('a4');
  });
});
