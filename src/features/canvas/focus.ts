/**
 * Focus moves that follow a change to the notes (React re-renders first, so they wait a frame).
 * Elements are found through data attributes the note components set (ids are [A-Za-z0-9_-], safe in selectors).
 */
import { showFocused } from './board-keys';

/** Focuses a note's text once it is rendered (after an edit or a move). */
export function focusNote(noteId: string): void {
  requestAnimationFrame(() => {
    const text = document.querySelector<HTMLElement>(`[data-note-id="${noteId}"] .note-text`);
    if (text) showFocused(text);
  });
}

/**
 * Before a note is removed: remembers where focus should land (the next note, else the previous
 * one, else the block's add button) and moves it there after the re-render.
 */
export function focusAfterRemoval(noteId: string): void {
  const item = document.querySelector<HTMLElement>(`[data-note-id="${noteId}"]`);
  const next = (item?.nextElementSibling ?? item?.previousElementSibling) as HTMLElement | null;
  const block = item?.closest('section');
  requestAnimationFrame(() => {
    const target = next?.querySelector<HTMLElement>('.note-text') ?? block?.querySelector<HTMLElement>('.add-note');
    target?.focus();
  });
}
