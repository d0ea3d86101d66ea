/**
 * A note gets its tools when it comes near the screen (or takes focus, or the pointer), just
 * after the board is first drawn. A block can hold hundreds of notes in its scrolling body;
 * drawing every note's toolbar up front was most of what opening a large canvas cost, and the
 * tools only show on hover or focus anyway. One IntersectionObserver per block.
 */
import { createContext, useState } from 'react';

/** Calls `onSeen` once `element` comes near the screen; returns a function that stops watching. */
export type WatchSight = (element: Element, onSeen: () => void) => () => void;

/** Without a block's watcher (or IntersectionObserver), a note counts as seen at once. */
const seenAtOnce: WatchSight = (_element, onSeen) => {
  onSeen();
  return () => {};
};

export const NoteVisibilityContext = createContext<WatchSight>(seenAtOnce);

/** How far outside the screen, or outside its block's scrolled view, a note already counts as near. */
const NEAR = '400px';

/**
 * A block's watcher: one observer for all its notes, made with the block (its notes start
 * watching before the block's own effects would run). Each note stops watching as it goes, so
 * the observer is left with nothing to hold.
 */
export function useSightWatcher(): WatchSight {
  const [watch] = useState<WatchSight>(() => {
    if (typeof IntersectionObserver === 'undefined') return seenAtOnce;
    const waiting = new Map<Element, () => void>();
    const observer = new IntersectionObserver(
      (entries) => {
        for (const entry of entries) {
          if (!entry.isIntersecting) continue;
          const onSeen = waiting.get(entry.target);
          waiting.delete(entry.target);
          observer.unobserve(entry.target);
          onSeen?.();
        }
      },
      { rootMargin: NEAR, scrollMargin: NEAR },
    );
    return (element: Element, onSeen: () => void) => {
      waiting.set(element, onSeen);
      observer.observe(element);
      return () => {
        waiting.delete(element);
        observer.unobserve(element);
      };
    };
  });
  return watch;
}
