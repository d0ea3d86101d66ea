/**
 * Text still being typed lives in its editor until it is saved. When the page is about to go
 * away (closed, reloaded, sent to the background), the storage layer asks every open editor to
 * save first, so a note half-written is never lost. An editor of a note says which: when another
 * tab deletes that note, what is typed into it is saved first (so the note stays, see
 * `mergeWithinLimits`: an edit outlives a delete).
 */
type Commit = () => void;

interface OpenEditor {
  /** The note it edits (null for a note not yet added). */
  noteId: string | null;
  /** Saves what it holds so far and stays open (an editor that cannot, saves and closes). */
  keep: Commit | null;
}

/** Each open editor's "save now", with what else it offers. */
const open = new Map<Commit, OpenEditor>();
const watchers = new Set<(noteIds: string[]) => void>();

/** The notes being edited here now (a live room shows the others who is editing which). */
export function editedNotes(): string[] {
  return [...open.values()].map(({ noteId }) => noteId).filter((noteId): noteId is string => noteId !== null);
}

/** Calls `listener` with the notes being edited whenever an editor opens or closes. Returns a function that stops it. */
export function onEditedNotes(listener: (noteIds: string[]) => void): () => void {
  watchers.add(listener);
  return () => void watchers.delete(listener);
}

const tell = () => {
  if (watchers.size === 0) return;
  const noteIds = editedNotes();
  for (const watcher of [...watchers]) watcher(noteIds);
};

/**
 * Registers an open editor's "save now" (and the note it edits, and how it saves what it holds so
 * far and stays open); returns the function that unregisters it.
 */
export function registerPendingEdit(commit: Commit, noteId: string | null = null, keep: Commit | null = null): () => void {
  open.set(commit, { noteId, keep });
  tell();
  return () => {
    open.delete(commit);
    tell();
  };
}

/**
 * Saves what every open editor holds, or, given `noteIds`, only what the editors of those notes
 * hold. Returns whether any editor was asked to.
 */
export function commitPendingEdits(noteIds?: readonly string[]): boolean {
  const editors = editorsOf(noteIds);
  for (const [commit] of editors) commit();
  return editors.length > 0;
}

/**
 * Saves what the editors of `noteIds` hold so far, leaving them open (someone in a live room
 * deleted the note being typed into: it stays, and the typing goes on). Returns whether any editor
 * was asked to.
 */
export function keepPendingEdits(noteIds: readonly string[]): boolean {
  const editors = editorsOf(noteIds);
  for (const [commit, { keep }] of editors) (keep ?? commit)();
  return editors.length > 0;
}

function editorsOf(noteIds: readonly string[] | undefined): [Commit, OpenEditor][] {
  return [...open].filter(([, { noteId }]) => noteIds === undefined || (noteId !== null && noteIds.includes(noteId)));
}
