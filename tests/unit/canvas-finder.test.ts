import { describe, expect, it } from 'vitest';
import { addNote, createCanvas } from '@/domain/canvas';
import { findCanvases } from '@/features/files/canvas-finder';
import { searchable } from '@/domain/search';

const at = (day: number) => `2026-11-${String(day).padStart(2, '0')}T10:00:00.000Z`;
const canvas = (id: string, title: string, created: number, changed: number, notes: string[] = []) => {
  let made = { ...createCanvas(id, at(created), title), updatedAt: at(changed) };
  notes.forEach(
    (text, n) => (made = { ...addNote(made, 'customerSegments', { id: `${id}${n}`, text }, at(changed)), updatedAt: at(changed) }),
  );
  return made;
};

const all = [
  canvas('a', 'Zebra rides', 1, 9, ['Tourists']),
  canvas('b', 'apple orchard', 2, 3, ['Families', 'Schools', 'Chefs']),
  canvas('c', 'کافه‌ی سر کوچه', 3, 5, ['دانشجوها']),
  canvas('d', 'Canvas 10', 4, 4),
  canvas('e', 'Canvas 9', 5, 1, ['Students', 'Commuters']),
];
const ids = (found: { id: string }[]) => found.map((c) => c.id);

describe('finding canvases', () => {
  it('orders by last change, title (the language’s alphabet, numbers as numbers), creation or notes', () => {
    expect(ids(findCanvases(all, '', 'changed', 'en'))).toEqual(['a', 'c', 'd', 'b', 'e']);
    expect(ids(findCanvases(all, '', 'title', 'en'))).toEqual(['b', 'e', 'd', 'a', 'c']);
    expect(ids(findCanvases(all, '', 'created', 'en'))).toEqual(['e', 'd', 'c', 'b', 'a']);
    expect(ids(findCanvases(all, '', 'notes', 'en'))).toEqual(['b', 'e', 'a', 'c', 'd']);
  });

  it('finds every word in titles and notes, whatever the case, the Arabic or Persian letter forms or the half-spaces', () => {
    expect(ids(findCanvases(all, 'APPLE', 'changed', 'en'))).toEqual(['b']);
    expect(ids(findCanvases(all, 'chefs orchard', 'changed', 'en'))).toEqual(['b']);
    expect(ids(findCanvases(all, 'students orchard', 'changed', 'en'))).toEqual([]);
    expect(ids(findCanvases(all, 'كافهی', 'changed', 'fa'))).toEqual(['c']);
    expect(ids(findCanvases(all, 'دانشجو', 'changed', 'fa'))).toEqual(['c']);
    expect(ids(findCanvases(all, '  ', 'changed', 'fa'))).toHaveLength(5);
    expect(searchable('Canvas ۱۰')).toBe('canvas 10');
  });
});
