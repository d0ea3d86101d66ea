/**
 * The code that draws notes (pages of note cards, their tools and menus) comes apart from
 * the first screen's: a first visit's canvas has no notes yet, and that visit is the one that
 * fetches Boom over the network (later visits read it from the service worker's copy). A visit
 * with saved canvases fetches it with the first screen (app/early-start); any other, right after
 * the first screen is shown (main.tsx). Until it is here, a block's list is marked busy. A new
 * note's box is part of the first screen: what is typed into it at once is never lost.
 */
import { useEffect, useSyncExternalStore } from 'react';
import { loadOnce } from '@/ui/load-once';
import { missingCode } from '@/ui/missing-code';
import { NO_NOTE_PARTS, type NoteParts } from './note-parts';

export type NotesCode = typeof import('./notes-parts') & {
  /** The parts of a note other features draw (./note-parts), come with the rest. */
  parts: NoteParts;
};

const listeners = new Set<() => void>();
let partsLoader: (() => Promise<NoteParts>) | null = null;
let partsLoading: Promise<NoteParts> | null = null;
/** Whether the notes' code was asked for yet. */
let asked = false;
const loadParts = () => (partsLoading ??= partsLoader ? partsLoader() : Promise.resolve(NO_NOTE_PARTS));

/**
 * Where the parts of a note other features draw come from (the app hands in voting's): fetched
 * with the notes' code, so a note shows with its votes from the start.
 */
export function provideNoteParts(load: () => Promise<NoteParts>): void {
  partsLoader = load;
  // The notes' code may be on its way already (app/early-start): the parts come alongside.
  if (asked) loadParts().catch(() => {});
}

const notesCode = loadOnce(
  () =>
    import('./notes-parts')
      .then(async (module): Promise<NotesCode> => ({ ...module, parts: await loadParts() }))
      .catch((error: unknown) => {
        partsLoading = null;
        throw error;
      }),
  () => {
    for (const listener of [...listeners]) listener();
  },
);

/** Fetches the notes' code (once; a failed fetch is tried again at the next call). */
export function loadNotesCode(): Promise<NotesCode> {
  asked = true;
  return notesCode.load();
}

const subscribe = (listener: () => void) => {
  listeners.add(listener);
  return () => void listeners.delete(listener);
};
const current = () => notesCode.loaded;
const none = () => null;

/** The notes' code if it is here already (read by an event's handler as the event comes). */
export function loadedNotesCode(): NotesCode | null {
  return notesCode.loaded;
}

/**
 * The notes' code once it is here (null until then); `needed`: there are notes to draw, or one to
 * write, so it is asked for now. Not needed, it stays null: the code arriving after a first visit's
 * first screen does not draw its nine empty blocks again (40 ms on a slow phone).
 */
export function useNotesCode(needed: boolean): NotesCode | null {
  const snapshot = needed ? current : none;
  const code = useSyncExternalStore(subscribe, snapshot, snapshot);
  useEffect(() => {
    if (!code && needed) loadNotesCode().catch(missingCode);
  }, [code, needed]);
  return code;
}
