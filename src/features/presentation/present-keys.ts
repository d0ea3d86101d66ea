/**
 * What a key does in a presentation. Pure, so the mapping is tested on its own; the component
 * decides whether the key is for it at all (not typed into a box, not on an open dialog).
 */
import { shortcutLetter } from '@/ui/keyboard';

export type PresentCommand =
  | 'next'
  | 'previous'
  | 'down'
  | 'up'
  | 'first'
  | 'last'
  | 'overview'
  | 'addNote'
  | 'timer'
  | 'restartTimer'
  | 'contrast'
  | 'exit'
  | { block: number };

type KeyInfo = Pick<KeyboardEvent, 'key' | 'code' | 'shiftKey' | 'ctrlKey' | 'metaKey' | 'altKey'>;

const LETTERS: Record<string, PresentCommand> = { o: 'overview', n: 'addNote', t: 'timer', r: 'restartTimer', c: 'contrast' };

/**
 * Space and Page Down (a presenter's clicker) go forward; Shift+Space and Page Up back. ← and →
 * follow the reading direction: in Persian ← is forward. ↓ and ↑ scroll a block whose notes do
 * not all fit, and otherwise go forward and back. 1–9 jump to a block in the
 * storytelling order (Persian digits too), Home and End to the ends, O to the whole canvas.
 */
export function presentCommand(event: KeyInfo, direction: 'ltr' | 'rtl'): PresentCommand | null {
  if (event.ctrlKey || event.metaKey || event.altKey) return null;
  const forward = direction === 'rtl' ? 'ArrowLeft' : 'ArrowRight';
  const back = direction === 'rtl' ? 'ArrowRight' : 'ArrowLeft';
  switch (event.key) {
    case ' ':
      return event.shiftKey ? 'previous' : 'next';
    case 'PageDown':
    case forward:
      return 'next';
    case 'PageUp':
    case back:
      return 'previous';
    case 'ArrowDown':
      return 'down';
    case 'ArrowUp':
      return 'up';
    case 'Home':
      return 'first';
    case 'End':
      return 'last';
    case 'Escape':
      return 'exit';
  }
  const digit = blockDigit(event);
  if (digit !== null) return { block: digit };
  if (event.shiftKey) return null;
  return LETTERS[shortcutLetter(event)] ?? null;
}

/** 1–9 from the number row or keypad, on any layout (the Persian row gives ۱–۹). */
function blockDigit(event: KeyInfo): number | null {
  const code = /^(?:Digit|Numpad)([1-9])$/.exec(event.code);
  if (code) return Number(code[1]);
  const persian = '۱۲۳۴۵۶۷۸۹'.indexOf(event.key);
  if (persian !== -1) return persian + 1;
  return /^[1-9]$/.test(event.key) ? Number(event.key) : null;
}
