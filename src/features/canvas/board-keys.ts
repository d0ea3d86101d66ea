/**
 * Getting around the board by keyboard, as WAI-ARIA's grid and toolbar patterns do. A note is one
 * Tab stop (its text); its tools are reached with the arrow along the reading direction (→ in
 * English, ← in Persian) and back, Home and End go to its first and last; ↑ and ↓ go from note to
 * note in a block (and on to its "Add note"), Home and End on a note's text to the block's first
 * and last note; Page Down and Page Up go to the next and previous block, from anywhere in one.
 * Elements are found through the classes and data attributes the board's components set.
 */
import type { FocusEvent, KeyboardEvent } from 'react';
import { BLOCK_IDS, type BlockId } from '@/domain/blocks';
import { isTextField } from '@/ui/keyboard';
import { ADD_NOTE } from './board-places';
import { useBoardDrag } from './drag-state';

const NOTE = '.note[data-note-id]';
const NOTE_TEXT = '.note-text';

/** The tools a note's text leads to: out of the Tab order, reached by arrow keys instead. */
export const ROVING_TAB_INDEX = -1;

/** Handles a key pressed in a block (bubbled from a note, a tool or the block's add button). */
export function blockKeyDown(event: KeyboardEvent<HTMLElement>, blockId: BlockId): void {
  const target = event.target;
  // Menus and panels opened from the block are portalled elsewhere but still bubble here: not ours.
  if (event.defaultPrevented || !(target instanceof HTMLElement) || !event.currentTarget.contains(target)) return;
  if (event.ctrlKey || event.metaKey || event.altKey || event.shiftKey || isTextField(target)) return;
  // A note being dragged by keyboard takes the arrows.
  if (useBoardDrag.getState().items) return;
  const paging = event.key === 'PageDown' || event.key === 'PageUp';
  const next = nextFocus(event.key, target, event.currentTarget, blockId);
  // Page Down in the last block (Page Up in the first) goes nowhere, rather than scrolling the
  // focused note out of sight.
  if (!next && !paging) return;
  event.preventDefault();
  if (next) showFocused(next);
}

/** Focuses an element and brings its whole note (or itself) into view, clear of the sticky "Add note". */
export function showFocused(element: HTMLElement): void {
  element.focus({ preventScroll: true });
  reveal(element.closest<HTMLElement>(NOTE) ?? element);
}

/** Scrolls as little as shows all of it; one taller than its block's view shows from its start. */
function reveal(element: HTMLElement): void {
  element.scrollIntoView({ block: 'nearest', inline: 'nearest' });
  const view = element.closest('.block-body')?.getBoundingClientRect();
  if (view && element.getBoundingClientRect().top < view.top) element.scrollIntoView({ block: 'start', inline: 'nearest' });
}

/**
 * Brings a note that took focus wholly into view: the browser scrolls a focused element only
 * until some of it shows, which can leave it under the block's sticky "Add note".
 */
export function revealFocusedNote(event: FocusEvent<HTMLElement>): void {
  const target = event.target;
  // A click focuses too: a note moving under the pointer would lose the click (or start a drag).
  if (!(target instanceof HTMLElement) || !event.currentTarget.contains(target) || !target.matches(':focus-visible')) return;
  const note = target.closest<HTMLElement>(NOTE);
  if (note) reveal(note);
}

function nextFocus(key: string, target: HTMLElement, block: HTMLElement, blockId: BlockId): HTMLElement | null | undefined {
  if (key === 'PageDown' || key === 'PageUp') return blockEntry(blockId, key === 'PageDown' ? 1 : -1);
  const note = target.closest<HTMLElement>(NOTE);
  const onText = target.matches(NOTE_TEXT);
  if (note && (key === 'ArrowLeft' || key === 'ArrowRight')) {
    const rtl = getComputedStyle(note).direction === 'rtl';
    return stepWithin(note, target, (key === 'ArrowRight') !== rtl ? 1 : -1);
  }
  if (note && !onText) {
    if (key === 'Home') return noteItems(note)[0];
    if (key === 'End') return noteItems(note).at(-1);
    if (key !== 'ArrowUp' && key !== 'ArrowDown') return null;
  }
  const notes = [...block.querySelectorAll<HTMLElement>(NOTE)];
  // ↑ and ↓ from a note's text, or from one of its tools, go to the note above or below.
  if (note && (onText || key === 'ArrowUp' || key === 'ArrowDown')) {
    const index = notes.indexOf(note);
    if (key === 'ArrowDown') return index === notes.length - 1 ? addButton(block) : textOf(notes[index + 1]);
    if (key === 'ArrowUp') return textOf(notes[index - 1]);
    if (key === 'Home') return textOf(notes[0]);
    if (key === 'End') return textOf(notes.at(-1));
  }
  if (target.matches(ADD_NOTE) && key === 'ArrowUp') return textOf(notes.at(-1));
  return null;
}

/** The note's text, then its buttons (votes, then tools), in the order they are read. */
function noteItems(note: HTMLElement): HTMLElement[] {
  return [...note.querySelectorAll<HTMLElement>('button')];
}

function stepWithin(note: HTMLElement, from: HTMLElement, step: 1 | -1): HTMLElement | undefined {
  const items = noteItems(note);
  const index = items.indexOf(from);
  return index < 0 ? undefined : items[index + step];
}

const textOf = (note: HTMLElement | undefined) => note?.querySelector<HTMLElement>(NOTE_TEXT) ?? undefined;

const addButton = (block: HTMLElement) => {
  const button = block.querySelector<HTMLElement>(ADD_NOTE);
  return button && !button.hidden ? button : undefined;
};

/** Where focus lands in the block before or after this one: its first note, else its add button. */
function blockEntry(from: BlockId, step: 1 | -1): HTMLElement | undefined {
  const to = BLOCK_IDS[BLOCK_IDS.indexOf(from) + step];
  const block = to ? document.querySelector<HTMLElement>(`.block[data-block="${to}"]`) : null;
  if (!block) return undefined;
  return textOf(block.querySelector<HTMLElement>(NOTE) ?? undefined) ?? addButton(block);
}
