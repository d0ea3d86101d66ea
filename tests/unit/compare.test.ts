import { translator } from '@/i18n/translator';
import { beforeAll, describe, expect, it } from 'vitest';
import * as ops from '@/domain/canvas';
import type { Canvas } from '@/domain/schema';
import { parseCanvasDocument } from '@/persistence/canvas-document';
import { canvasLines, changeLines, compareCanvases } from '@/features/versions/compare-model';
import { comparisonMarkdown } from '@/features/versions/compare-markdown';
import fixture from '../fixtures/canvas-v4.boom.json';

const NOW = '2026-12-06T10:00:00.000Z';
const loaded = parseCanvasDocument(JSON.stringify(fixture));
if (!loaded.ok) throw new Error('fixture does not load');
const earlier = loaded.canvas;

/** The fixture after a week's work: a note added, one taken away, one edited, one moved, a relationship and a channel changed. */
function laterCanvas(): Canvas {
  let canvas = ops.addNote(earlier, 'customerSegments', { id: 'tourists', text: 'Tourists in summer' }, NOW, 1);
  canvas = ops.removeNote(canvas, 'n1', NOW);
  canvas = ops.updateNote(canvas, 'n2', { text: 'Office workers within 500 m' }, NOW);
  canvas = ops.moveNote(canvas, 'n7', 'customerRelationships', NOW);
  canvas = ops.updateNote(
    canvas,
    'n6',
    {
      relationship: {
        ...earlier.notes.n6!.relationship!,
        type: 'selfService',
        measures: [{ id: 'm1', kind: 'retentionRate', label: '', target: '60% after 3 months' }],
      },
    },
    NOW,
  );
  const channel = earlier.notes.n4!.channel!;
  canvas = ops.updateNote(
    canvas,
    'n4',
    { channel: { ...channel, phases: { ...channel.phases, purchase: { used: true, rating: 5 } } } },
    NOW,
  );
  return ops.setTitle(canvas, 'Corner café, after the pivot', NOW);
}

beforeAll(async () => {
  await translator.changeLanguage('en');
  await import('@/features/versions/versions-namespace');
});

describe('a comparison laid out as the canvas is', () => {
  it('marks every kind of change, with the removed note back in its old place', () => {
    const { blocks, totals } = compareCanvases(earlier, laterCanvas());
    const segments = blocks.find((block) => block.blockId === 'customerSegments')!;
    expect(segments.entries.map((entry) => [entry.note.text, entry.marks])).toEqual([
      [earlier.notes.n1!.text, ['removed']],
      ['Tourists in summer', ['added']],
      ['Office workers within 500 m', ['changed']],
    ]);
    expect(segments.count).toBe(3);
    const relationships = blocks.find((block) => block.blockId === 'customerRelationships')!;
    const moved = relationships.entries.find((entry) => entry.note.id === 'n7')!;
    // It served the segment taken away, so it changed as well as moved.
    expect(moved.marks).toEqual(['moved', 'changed']);
    expect(moved.change?.kind === 'changed' && moved.change.from).toBe('channels');
    // Where it was, a ghost says where it went, and the block counts it.
    const channels = blocks.find((block) => block.blockId === 'channels')!;
    expect(channels.entries.map((entry) => [entry.note.id, entry.trace ?? entry.marks.join()])).toEqual([
      ['n4', 'changed'],
      ['n7', 'movedAway'],
    ]);
    expect(channels.count).toBe(2);
    // n6's type, n4's rating; n1 taken away also leaves the notes that served it changed.
    expect(totals).toMatchObject({ added: 1, removed: 1, moved: 1 });
    expect(totals.changed).toBeGreaterThanOrEqual(3);
  });

  it('finds nothing between a canvas and itself', () => {
    const { blocks, totals } = compareCanvases(earlier, earlier);
    expect(blocks.every((block) => block.count === 0 && block.entries.every((entry) => entry.marks.length === 0))).toBe(true);
    expect(totals).toEqual({ added: 0, removed: 0, changed: 0, moved: 0 });
  });

  it('says in words how a relationship, a channel and a note’s text changed', () => {
    const later = laterCanvas();
    const lines = (id: string) => {
      const entry = compareCanvases(earlier, later)
        .blocks.flatMap((block) => block.entries)
        .find((candidate) => candidate.note.id === id)!;
      return changeLines(entry.change, earlier, later, translator.t, 'en');
    };
    expect(lines('n6')).toEqual(['Type: Transactional → Self-service', 'Measure added: Retention rate']);
    expect(lines('n4')).toContain('Purchase rated: 3 → 5');
    expect(lines('n2')).toContain('Before: Office workers nearby');
    // A measure given another target says which, and from what to what.
    const relationship = later.notes.n6!.relationship!;
    const retargeted = ops.updateNote(
      later,
      'n6',
      { relationship: { ...relationship, measures: [{ ...relationship.measures[0]!, target: '70%' }] } },
      NOW,
    );
    const entry = compareCanvases(later, retargeted)
      .blocks.flatMap((block) => block.entries)
      .find((candidate) => candidate.note.id === 'n6')!;
    expect(changeLines(entry.change, later, retargeted, translator.t, 'en')).toEqual([
      'Retention rate: target “60% after 3 months” → “70%”',
    ]);
    expect(canvasLines(compareCanvases(earlier, later).diff, translator.t)).toEqual([
      `Title: “${earlier.title}” → “Corner café, after the pivot”`,
    ]);
  });
});

describe('a comparison as Markdown', () => {
  it('names both sides and lists each changed note under its block, and only those', () => {
    const later = laterCanvas();
    const markdown = comparisonMarkdown(earlier, later, '“Last workshop”', 'now', 'en', NOW);
    expect(markdown.startsWith('# What changed between “Last workshop” and now\n')).toBe(true);
    expect(markdown).toContain('## Customer Segments (3 changes)');
    expect(markdown).toContain('- **Added**: Tourists in summer');
    expect(markdown).toContain(`- **Removed**: ${earlier.notes.n1!.text}`);
    expect(markdown).toContain('- **Changed**: Office workers within 500 m\n  - Before: Office workers nearby');
    expect(markdown).toContain('- **Moved from Channels, Changed**: ');
    expect(markdown).toContain('- **Moved to Customer Relationships**: ');
    expect(markdown).not.toContain('## Key Partners');
  });

  it('says so when nothing changed', () => {
    expect(comparisonMarkdown(earlier, earlier, 'a', 'b', 'en', NOW)).toContain('Nothing changed.');
  });
});
