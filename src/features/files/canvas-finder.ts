import { countNotes } from '@/domain/canvas';
import type { Canvas } from '@/domain/schema';
import { matchesAllWords } from '@/domain/search';

/** How the canvases list can be ordered. */
export const CANVAS_ORDERS = ['changed', 'title', 'created', 'notes'] as const;
export type CanvasOrder = (typeof CANVAS_ORDERS)[number];

/** The list offers finding and ordering once it holds more than this many canvases. */
export const FINDER_FROM = 5;

/**
 * The canvases whose title or notes hold every word of `query` (all of them when it is empty),
 * in the order asked for; titles sort by the language's own alphabet. Ties go newest first.
 */
export function findCanvases(canvases: readonly Canvas[], query: string, order: CanvasOrder, language: string): Canvas[] {
  const found = query.trim()
    ? canvases.filter((canvas) =>
        matchesAllWords([canvas.title, ...Object.values(canvas.notes).map((note) => note.text)].join('\n'), query),
      )
    : [...canvases];
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
