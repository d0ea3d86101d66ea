/**
 * Duplicating, copying and pasting notes: by keys on a focused note (Ctrl/⌘+D, C, V), by the
 * note's "More" menu, and by pasting into a block. What is pasted comes through the clipboard's
 * door (persistence/notes-clipboard), checked, and lands after the focused note.
 */
import { translator } from '@/i18n/translator';
import type { BlockId } from '@/domain/blocks';
import { notesFromClipboard, notesToClipboard, type ClipboardNote } from '@/persistence/notes-clipboard';
import { canvasActions, selectCurrentCanvas, selectIsFull, useCanvasStore } from '@/store/canvas-store';
import { announce } from '@/ui/announcer';
import { focusNote } from './focus';

const t = translator.t;

export function duplicate(noteId: string): void {
  const copy = canvasActions().duplicateNote(noteId);
  if (copy === null) {
    if (selectIsFull(useCanvasStore.getState())) announce(t('notes:limitReachedShort'));
    return;
  }
  focusNote(copy);
  announce(t('notes:duplicated'));
}

const noteOf = (noteId: string): ClipboardNote | null => {
  const note = selectCurrentCanvas(useCanvasStore.getState()).notes[noteId];
  return note ? { text: note.text, color: note.color } : null;
};

/** Puts a note on the clipboard in a copy event (Ctrl/⌘+C): no permission asked. */
export function copyInEvent(event: ClipboardEvent | React.ClipboardEvent, noteId: string): void {
  // Text the user selected on the page is copied as the browser does.
  if (!window.getSelection()?.isCollapsed) return;
  const note = noteOf(noteId);
  if (!note || !event.clipboardData) return;
  const { text, html } = notesToClipboard([note]);
  event.clipboardData.setData('text/plain', text);
  event.clipboardData.setData('text/html', html);
  event.preventDefault();
  announce(t('notes:copied'));
}

/** Puts a note on the clipboard from a menu (the Async Clipboard API). */
export async function copyFromMenu(noteId: string): Promise<void> {
  const note = noteOf(noteId);
  if (!note) return;
  const { text, html } = notesToClipboard([note]);
  try {
    if (typeof ClipboardItem === 'function' && navigator.clipboard?.write) {
      await navigator.clipboard.write([
        new ClipboardItem({ 'text/plain': new Blob([text], { type: 'text/plain' }), 'text/html': new Blob([html], { type: 'text/html' }) }),
      ]);
    } else {
      await navigator.clipboard.writeText(text);
    }
    announce(t('notes:copied'));
  } catch (error) {
    console.error(error);
    announce(t('notes:clipboardRefused'));
  }
}

/** Pastes what a paste event holds into a block, after `afterNote` (else at its end). */
export function pasteFromEvent(event: ClipboardEvent | React.ClipboardEvent, blockId: BlockId, afterNote: string | null): boolean {
  const data = event.clipboardData;
  if (!data) return false;
  const notes = notesFromClipboard(data.getData('text/html'), data.getData('text/plain'));
  if (notes.length === 0) return false;
  event.preventDefault();
  place(notes, blockId, afterNote);
  return true;
}

/** Pastes from a menu (the Async Clipboard API; the browser may ask the user first). */
export async function pasteFromMenu(blockId: BlockId, afterNote: string | null): Promise<void> {
  try {
    let html = '';
    let text = '';
    if (navigator.clipboard?.read) {
      for (const item of await navigator.clipboard.read()) {
        if (item.types.includes('text/html')) html = await (await item.getType('text/html')).text();
        if (item.types.includes('text/plain')) text = await (await item.getType('text/plain')).text();
      }
    } else {
      text = await navigator.clipboard.readText();
    }
    const notes = notesFromClipboard(html, text);
    if (notes.length === 0) return announce(t('notes:nothingToPaste'));
    place(notes, blockId, afterNote);
  } catch (error) {
    console.error(error);
    announce(t('notes:clipboardRefused'));
  }
}

function place(notes: readonly ClipboardNote[], blockId: BlockId, afterNote: string | null): void {
  const list = selectCurrentCanvas(useCanvasStore.getState()).blocks[blockId];
  const at = afterNote === null ? list.length : list.indexOf(afterNote) + 1;
  const added = canvasActions().addNotes(blockId, notes, at);
  if (added.length === 0) {
    if (selectIsFull(useCanvasStore.getState())) announce(t('notes:limitReachedShort'));
    return;
  }
  focusNote(added[0]!);
  announce(t('notes:pasted', { count: added.length }));
}
