/**
 * Notes on the clipboard, the door for notes copied and pasted: out as plain text (one note a
 * line, for any other app) and as HTML that carries each note's colour (for Boom, in this canvas
 * or another, in this tab or another); in from either, checked before anything reaches the
 * store. Only a note's text and colour travel: its links to segments belong to its own canvas.
 */
import { LIMITS } from '@/domain/limits';
import { NOTE_COLORS, type NoteColor } from '@/domain/document';

export interface ClipboardNote {
  text: string;
  color?: NoteColor;
}

/** The most notes one paste brings (a canvas holds no more anyway). */
const MOST_PASTED = LIMITS.notesPerCanvas;
/** The most text one paste is read from: anything longer is refused whole. */
const MOST_TEXT = 2_000_000;

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);

/** The clipboard's two forms of some notes. */
export function notesToClipboard(notes: readonly ClipboardNote[]): { text: string; html: string } {
  return {
    // A note's own line breaks become spaces in the plain text, where each line is a note.
    text: notes.map((note) => note.text.replace(/\s*\n\s*/g, ' ')).join('\n'),
    html: `<ul data-boom-notes="1">${notes.map((note) => `<li data-color="${note.color ?? 'yellow'}">${escapeHtml(note.text)}</li>`).join('')}</ul>`,
  };
}

/**
 * The notes a paste holds: Boom's own (text and colour) when its HTML is there, else one note per
 * non-empty line of the plain text (list bullets and numbers taken off). Empty when there is
 * nothing to make notes of, or too much to read.
 */
export function notesFromClipboard(html: string, text: string): ClipboardNote[] {
  if (html.length > MOST_TEXT || text.length > MOST_TEXT) return [];
  if (html.includes('data-boom-notes')) {
    const list = new DOMParser().parseFromString(html, 'text/html').querySelector('[data-boom-notes]');
    if (list) {
      return [...list.querySelectorAll('li')]
        .slice(0, MOST_PASTED)
        .map((item) => {
          const color = item.getAttribute('data-color');
          return {
            text: (item.textContent ?? '').slice(0, LIMITS.noteLength),
            ...(NOTE_COLORS.includes(color as NoteColor) ? { color: color as NoteColor } : {}),
          };
        })
        .filter((note) => note.text.trim() !== '');
    }
  }
  return text
    .split(/\r\n|\r|\n/)
    .map((line) => line.replace(/^\s*(?:[-*•·–]|[0-9۰-۹٠-٩]{1,3}[.)-])\s+/u, '').trim())
    .filter((line) => line !== '')
    .slice(0, MOST_PASTED)
    .map((line) => ({ text: line.slice(0, LIMITS.noteLength) }));
}
