/**
 * Text still being typed lives in its editor until it is saved. When the page is about to go
 * away (closed, reloaded, sent to the background), the storage layer asks every open editor to
 * save first, so a note half-written is never lost.
 */
type Commit = () => void;

const open = new Set<Commit>();

/** Registers an open editor's "save now"; returns the function that unregisters it. */
export function registerPendingEdit(commit: Commit): () => void {
  open.add(commit);
  return () => open.delete(commit);
}

/** Saves what every open editor holds. */
export function commitPendingEdits(): void {
  for (const commit of [...open]) commit();
}
