/**
 * Text still being typed lives in its editor until it is saved. When the page is about to go
 * away (closed, reloaded, sent to the background), the storage layer asks every open editor to
 * save first, so a note half-written is never lost. An editor of a note says which: when another
 * tab deletes that note, what is typed into it is saved first (so the note stays, see
 * `mergeWithinLimits`: an edit outlives a delete).
 */
type Commit = () => void;

/** Each open editor's "save now", with the note it edits (null for a note not yet added). */
const open = new Map<Commit, string | null>();
const watchers = new Set<(noteIds: string[]) => void>();

/** The notes being edited here now (a live room shows the others who is editing which). */
export function editedNotes(): string[] {
  return [...open.values()].filter((noteId): noteId is string => noteId !== null);
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

/** Registers an open editor's "save now" (and the note it edits); returns the function that unregisters it. */
export function registerPendingEdit(commit: Commit, noteId: string | null = null): () => void {
  open.set(commit, noteId);
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
  const editors = [...open].filter(([, noteId]) => noteIds === undefined || (noteId !== null && noteIds.includes(noteId)));
  for (const [commit] of editors) commit();
  return editors.length > 0;
}
