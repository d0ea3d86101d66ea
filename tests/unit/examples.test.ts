import { describe, expect, it } from 'vitest';
import { BLOCK_IDS } from '@/domain/blocks';
import { EXAMPLES, loadExample } from '@/features/files/examples';

describe('example canvases', () => {
  it('offers at least three filled examples, one of them written in Persian only', () => {
    expect(EXAMPLES.length).toBeGreaterThanOrEqual(3);
    expect(EXAMPLES.some((example) => example.languages.length === 1 && example.languages[0] === 'fa')).toBe(true);
  });

  it.each(EXAMPLES.flatMap((example) => example.languages.map((language) => [example.id, language] as const)))(
    '%s (%s) loads through the file door and fills every block',
    async (id, language) => {
      const result = await loadExample(id, language);
      if (!result.ok) throw new Error(JSON.stringify(result.error));
      for (const block of BLOCK_IDS) expect(result.canvas.blocks[block].length).toBeGreaterThan(0);
      const notes = Object.values(result.canvas.notes);
      expect(notes.filter((note) => note.relationship).length).toBe(result.canvas.blocks.customerRelationships.length);
      expect(notes.filter((note) => note.channel).length).toBe(result.canvas.blocks.channels.length);
      if (language === 'fa') expect(notes.filter((note) => /[0-9]/.test(note.text))).toEqual([]);
    },
  );

  it('gives the same canvas in both languages where an example has two', async () => {
    for (const example of EXAMPLES.filter((candidate) => candidate.languages.length > 1)) {
      const [en, fa] = await Promise.all([loadExample(example.id, 'en'), loadExample(example.id, 'fa')]);
      if (!en.ok || !fa.ok) throw new Error('example does not load');
      expect(fa.canvas.blocks).toEqual(en.canvas.blocks);
    }
  });
});
