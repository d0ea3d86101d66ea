/**
 * A block's notes come in pages of NOTES_PER_PAGE, each skipped by the browser while out of sight
 * (`content-visibility: auto` in canvas.css): not styled, laid out or painted, yet still read by
 * screen readers and found by the browser's find. Skipping page by page rather than note by note
 * keeps the browser's own per-frame work (it watches every skipped element) to a few elements:
 * with a thousand notes watched one by one, every keystroke's frame took twice as long as with
 * thirty. While a page is near the screen, those of its notes that are get their tools (./NoteCard).
 */
import { memo, useEffect, useRef, useState, type CSSProperties } from 'react';
import type { BlockId } from '@/domain/blocks';
import type { RoomPerson } from '@/store/live-room';
import { useShallow } from 'zustand/react/shallow';
import type { Note } from '@/domain/schema';
import { selectCurrentCanvas, useCanvasStore } from '@/store/canvas-store';
import { NoteCard } from './NoteCard';

/**
 * Notes a page holds: divisible by every column count a block shows outside a presentation
 * (one to six), so a page's last row is full and the grid reads as one across pages.
 */
export const NOTES_PER_PAGE = 60;

/** A block's note ids cut into pages, in order. */
export function pagesOf(noteIds: readonly string[]): (readonly string[])[] {
  const pages: (readonly string[])[] = [];
  for (let start = 0; start < noteIds.length; start += NOTES_PER_PAGE) pages.push(noteIds.slice(start, start + NOTES_PER_PAGE));
  return pages;
}

/** How far outside the screen, or outside its block's scrolled view, a note already counts as near (px). */
const NEAR = 400;

/** A page's notes near the screen: the first and last by index (none: null). */
type Span = readonly [number, number] | null;

interface NotesPageProps {
  noteIds: readonly string[];
  blockId: BlockId;
  /** In a live room: who else is editing which note. */
  editors: ReadonlyMap<string, RoomPerson> | null | undefined;
}

/**
 * One page of a block's notes (an element without a role: screen readers see the list's items).
 * While the page is near the screen, each scroll asks which of its notes are: those get their
 * tools (a page's sixty notes all at once made opening a large canvas slower).
 */
export const NotesPage = memo(function NotesPage({ noteIds, blockId, editors }: NotesPageProps) {
  // The page's notes, read from the store by the page rather than by each of its notes: a change
  // anywhere in the canvas (each one in a live room) asks a page, not each of a thousand notes.
  const notes = useCanvasStore(useShallow((state) => pageNotes(selectCurrentCanvas(state).notes, noteIds)));
  const [span, setSpan] = useState<Span>(null);
  const page = useRef<HTMLDivElement>(null);
  const measureSoon = useRef<() => void>(() => {});
  useEffect(() => {
    const element = page.current;
    if (!element) return;
    if (typeof IntersectionObserver === 'undefined') {
      setSpan([0, Infinity]);
      return;
    }
    let frame = 0;
    let watching = false;
    const measure = () => {
      frame = 0;
      const next = nearSpan(element);
      setSpan((span) => (span?.[0] === next?.[0] && span?.[1] === next?.[1] ? span : next));
    };
    const schedule = () => {
      if (watching && frame === 0) frame = requestAnimationFrame(measure);
    };
    const watch = (on: boolean) => {
      if (on === watching) return;
      watching = on;
      // Scrolling anywhere (the block's body, or the page on a phone) reaches a capturing listener.
      if (on) {
        addEventListener('scroll', schedule, { capture: true, passive: true });
        addEventListener('resize', schedule);
        schedule();
      } else {
        removeEventListener('scroll', schedule, { capture: true });
        removeEventListener('resize', schedule);
      }
    };
    measureSoon.current = schedule;
    const observer = new IntersectionObserver((entries) => watch(entries.some((entry) => entry.isIntersecting)), {
      rootMargin: `${NEAR}px`,
      scrollMargin: `${NEAR}px`,
    });
    observer.observe(element);
    return () => {
      observer.disconnect();
      watch(false);
      cancelAnimationFrame(frame);
    };
  }, []);
  // Notes added or removed move the others: where they lie now is asked again.
  useEffect(() => measureSoon.current(), [noteIds]);
  return (
    // Its height before it was ever drawn is guessed from how many notes it holds.
    <div ref={page} className="notes-page" style={{ '--page-notes': noteIds.length } as CSSProperties}>
      {noteIds.map((noteId, index) => (
        <NoteCard
          key={noteId}
          noteId={noteId}
          note={notes[index]}
          blockId={blockId}
          near={span !== null && index >= span[0] && index <= span[1]}
          editor={editors?.get(noteId)}
        />
      ))}
    </div>
  );
}, samePage);

/** The notes of `noteIds` (undefined for one no longer in the canvas), in order. */
function pageNotes(notes: Readonly<Record<string, Note>>, noteIds: readonly string[]): (Note | undefined)[] {
  return noteIds.map((noteId) => (Object.hasOwn(notes, noteId) ? notes[noteId] : undefined));
}

/**
 * Which of a page's notes lie within NEAR of what shows of its block (its scrolling body, within
 * the window). Notes run down the page row by row, so two binary searches find them.
 */
function nearSpan(page: HTMLElement): Span {
  const items = page.children;
  if (items.length === 0) return null;
  const body = page.closest('.block-body')?.getBoundingClientRect();
  const top = Math.max(0, body?.top ?? 0) - NEAR;
  const bottom = Math.min(innerHeight, body?.bottom ?? innerHeight) + NEAR;
  const rect = (index: number) => items[index]!.getBoundingClientRect();
  // A row's notes share their top, not their bottom: the row before the first found is taken too.
  const first = firstWhere(items.length, (index) => rect(index).bottom >= top);
  const last = firstWhere(items.length, (index) => rect(index).top > bottom) - 1;
  const rowBefore = first > 0 ? firstWhere(first, (index) => rect(index).top >= rect(first - 1).top) : first;
  return rowBefore <= last ? [rowBefore, last] : null;
}

/** The first index below `length` for which `test` holds, given it holds from some index on (`length` if none). */
function firstWhere(length: number, test: (index: number) => boolean): number {
  let low = 0;
  let high = length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (test(middle)) high = middle;
    else low = middle + 1;
  }
  return low;
}

/** A page redraws when its notes, their order, its block or the room's editors change. */
function samePage(before: NotesPageProps, after: NotesPageProps): boolean {
  return (
    before.blockId === after.blockId &&
    before.editors === after.editors &&
    before.noteIds.length === after.noteIds.length &&
    before.noteIds.every((id, index) => after.noteIds[index] === id)
  );
}
