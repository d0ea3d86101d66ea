import { countNotes } from '@/domain/canvas';
import type { Canvas } from '@/domain/schema';

/** How the canvases list can be ordered. */
export const CANVAS_ORDERS = ['changed', 'title', 'created', 'notes'] as const;
export type CanvasOrder = (typeof CANVAS_ORDERS)[number];

/** The list offers finding and ordering once it holds more than this many canvases. */
export const FINDER_FROM = 5;

/**
 * Text as a search compares it: case and accents folded, Arabic and Persian forms of the same
 * letter made one (ي/ی, ك/ک, ة/ه), half-spaces, tatweel and bidi controls left out, runs of
 * space made one; Persian and Arabic digits read as Latin ones.
 */
export function searchable(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f\u064b-\u065f\u0670]/g, '')
    .replace(/[يى]/g, 'ی')
    .replace(/ك/g, 'ک')
    .replace(/ة/g, 'ه')
    .replace(/[\u06f0-\u06f9]/g, (digit) => String(digit.charCodeAt(0) - 0x06f0))
    .replace(/[\u0660-\u0669]/g, (digit) => String(digit.charCodeAt(0) - 0x0660))
    .replace(/[\u200c\u200d\u0640\u200e\u200f\u202a-\u202e\u2066-\u2069]/g, '')
    .replace(/\s+/g, ' ')
    .toLocaleLowerCase()
    .trim();
}

/**
 * The canvases whose title or notes hold every word of `query` (all of them when it is empty),
 * in the order asked for; titles sort by the language's own alphabet. Ties go newest first.
 */
export function findCanvases(canvases: readonly Canvas[], query: string, order: CanvasOrder, language: string): Canvas[] {
  const words = searchable(query).split(' ').filter(Boolean);
  const found =
    words.length === 0
      ? [...canvases]
      : canvases.filter((canvas) => {
          const text = searchable([canvas.title, ...Object.values(canvas.notes).map((note) => note.text)].join('\n'));
          return words.every((word) => text.includes(word));
        });
  const collator = new Intl.Collator(language, { sensitivity: 'base', numeric: true });
  const newest = (a: Canvas, b: Canvas) => b.updatedAt.localeCompare(a.updatedAt);
  const compare: Record<CanvasOrder, (a: Canvas, b: Canvas) => number> = {
    changed: newest,
    title: (a, b) => collator.compare(a.title.trim(), b.title.trim()) || newest(a, b),
    created: (a, b) => b.createdAt.localeCompare(a.createdAt) || newest(a, b),
    notes: (a, b) => countNotes(b) - countNotes(a) || newest(a, b),
  };
  return found.sort(compare[order]);
}
