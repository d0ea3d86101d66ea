/**
 * The code that draws notes (pages of note cards, their tools and menus) comes apart from
 * the first screen's: a first visit's canvas has no notes yet, and that visit is the one that
 * fetches Boom over the network (later visits read it from the service worker's copy). A visit
 * with saved canvases fetches it with the first screen (app/early-start); any other, right after
 * the first screen is shown (main.tsx). Until it is here, a block's list is marked busy. A new
 * note's box is part of the first screen: what is typed into it at once is never lost.
 *
 * No React here (blocks watch it through ./use-notes-code): the app's first module asks for the
 * code before React's own has been run.
 */
import { loadOnce } from '@/ui/load-once';
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

/** Told once the notes' code has come (./use-notes-code). */
export function subscribeNotesCode(listener: () => void): () => void {
  listeners.add(listener);
  return () => void listeners.delete(listener);
}

/** The notes' code if it is here already (null until then). */
export function loadedNotesCode(): NotesCode | null {
  return notesCode.loaded;
}
