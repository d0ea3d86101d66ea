/**
 * A block's notes come in pages of NOTES_PER_PAGE, each skipped by the browser while out of sight
 * (`content-visibility: auto` in canvas.css): not styled, laid out or painted, yet still read by
 * screen readers and found by the browser's find. Skipping page by page rather than note by note
 * keeps the browser's own per-frame work (it watches every skipped element) to a few elements:
 * with a thousand notes watched one by one, every keystroke's frame took twice as long as with
 * thirty. A page that comes near the screen gives its notes their tools (./NoteCard).
 */
import { memo, useEffect, useRef, useState, type CSSProperties } from 'react';
import type { BlockId } from '@/domain/blocks';
import type { RoomPerson } from '@/store/live-room';
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

/** How far outside the screen, or outside its block's scrolled view, a page already counts as near. */
const NEAR = '400px';

interface NotesPageProps {
  noteIds: readonly string[];
  blockId: BlockId;
  /** In a live room: who else is editing which note. */
  editors: ReadonlyMap<string, RoomPerson> | null | undefined;
}

/** One page of a block's notes (an element without a role: screen readers see the list's items). */
export const NotesPage = memo(function NotesPage({ noteIds, blockId, editors }: NotesPageProps) {
  const [near, setNear] = useState(false);
  const page = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const element = page.current;
    if (near || !element) return;
    if (typeof IntersectionObserver === 'undefined') {
      setNear(true);
      return;
    }
    const observer = new IntersectionObserver((entries) => entries.some((entry) => entry.isIntersecting) && setNear(true), {
      rootMargin: NEAR,
      scrollMargin: NEAR,
    });
    observer.observe(element);
    return () => observer.disconnect();
  }, [near]);
  return (
    // Its height before it was ever drawn is guessed from how many notes it holds.
    <div ref={page} className="notes-page" style={{ '--page-notes': noteIds.length } as CSSProperties}>
      {noteIds.map((noteId) => (
        <NoteCard key={noteId} noteId={noteId} blockId={blockId} near={near} editor={editors?.get(noteId)} />
      ))}
    </div>
  );
}, samePage);

/** A page redraws when its notes, their order, its block or the room's editors change. */
function samePage(before: NotesPageProps, after: NotesPageProps): boolean {
  return (
    before.blockId === after.blockId &&
    before.editors === after.editors &&
    before.noteIds.length === after.noteIds.length &&
    before.noteIds.every((id, index) => after.noteIds[index] === id)
  );
}
