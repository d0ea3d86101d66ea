/**
 * What ./notes-code fetches: the parts that draw a block's notes, and what a block
 * does with its notes (getting around them by keyboard, pasting notes in).
 */
import { addNamespace } from '@/i18n/namespaces';
import en from '@locales/en/notes.json';
import fa from '@locales/fa/notes.json';

// The words of a note's tools, menus and messages come with them.
addNamespace('notes', { en, fa });

export { NotesPage, pagesOf } from './NotesPage';
export { blockKeyDown, revealFocusedNote } from './board-keys';
export { pasteFromEvent } from './note-clipboard';
