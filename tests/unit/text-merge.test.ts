import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { mergeTextEdits, spliceOf, wordSpliceOf } from '@/domain/text-merge';

describe('merging two people’s changes to a note’s text', () => {
  it('keeps the other’s text when this person typed nothing, and this person’s when the other did not change it', () => {
    expect(mergeTextEdits('Hosts', 'Hosts', 'Hosts renting a room')).toBe('Hosts renting a room');
    expect(mergeTextEdits('Hosts', 'Hosts renting a room', 'Hosts')).toBe('Hosts renting a room');
  });

  it('keeps both when they change different words, and both additions at the same place (theirs first)', () => {
    expect(mergeTextEdits('Students near campus', 'Young students near campus', 'Students near the campus')).toBe(
      'Young students near the campus',
    );
    expect(mergeTextEdits('Insurers', 'Insurers [Yusuf]', 'Insurers [Xena]')).toBe('Insurers [Xena] [Yusuf]');
  });

  it('widens a change to whole words where it starts or ends inside one, and only there', () => {
    expect(wordSpliceOf('Hosts who rent', 'Owners who rent')).toEqual({ from: 0, to: 5, text: 'Owners' });
    expect(wordSpliceOf('میزبان‌ها اجاره', 'مالکان اجاره')).toEqual({ from: 0, to: 9, text: 'مالکان' });
    expect(wordSpliceOf('Tourists', 'Tourists in summer')).toEqual({ from: 8, to: 8, text: ' in summer' });
    expect(wordSpliceOf('Hosts renting', 'Hosts always renting')).toEqual({ from: 6, to: 6, text: 'always ' });
    fc.assert(
      fc.property(fc.string(), fc.string(), (base, changed) => {
        const { from, to, text } = wordSpliceOf(base, changed);
        expect(base.slice(0, from) + text + base.slice(to)).toBe(changed);
      }),
    );
  });

  it('gives up when both change the same words', () => {
    expect(mergeTextEdits('Cheap rooms', 'Affordable rooms', 'Budget rooms')).toBeNull();
  });

  it('any two changes to different parts of a text both end up in it, in either order of saving', () => {
    const word = fc.string({ minLength: 0, maxLength: 6 });
    fc.assert(
      fc.property(word, word, word, word, word, (start, middle, end, own, other) => {
        // This person changes the start, the other the end (with the middle, unchanged, between).
        const base = `${start}|${middle}|${end}`;
        const mine = `${own}|${middle}|${end}`;
        const theirs = `${start}|${middle}|${other}`;
        expect(mergeTextEdits(base, mine, theirs)).toBe(`${own}|${middle}|${other}`);
        expect(mergeTextEdits(base, theirs, mine)).toBe(`${own}|${middle}|${other}`);
      }),
      { numRuns: 300 },
    );
  });

  it('never loses a change silently: the result holds what each side wrote, or it says it cannot merge', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 12 }), fc.string({ maxLength: 12 }), fc.string({ maxLength: 12 }), (base, mine, theirs) => {
        const merged = mergeTextEdits(base, mine, theirs);
        if (merged === null) return;
        expect(merged).toContain(spliceOf(base, mine).text);
        expect(merged).toContain(spliceOf(base, theirs).text);
        // What neither changed stays.
        const own = spliceOf(base, mine);
        const other = spliceOf(base, theirs);
        expect(merged.startsWith(base.slice(0, Math.min(own.from, other.from)))).toBe(true);
        expect(merged.endsWith(base.slice(Math.max(own.to, other.to)))).toBe(true);
      }),
      { numRuns: 500 },
    );
  });
});
