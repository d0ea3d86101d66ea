/**
 * What a key does in a presentation. Pure, so the mapping is tested on its own; the component
 * decides whether the key is for it at all (not typed into a box, not on an open dialog).
 */
import { digitOf, DIGITS, matchShortcut, type Direction, type KeyInfo } from '@/ui/shortcuts';

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

/** The presentation's shortcuts (see ui/shortcuts), P aside: it starts one. */
export const PRESENTATION_SHORTCUTS = [
  'presentNext',
  'presentPrevious',
  'presentJump',
  'presentOverview',
  'presentAdd',
  'presentTimer',
  'presentContrast',
  'presentExit',
] as const;

/**
 * Space and Page Down (a presenter's clicker) go forward; Shift+Space and Page Up back. ← and →
 * follow the reading direction: in Persian ← is forward. ↓ and ↑ scroll a block whose notes do
 * not all fit, and otherwise go forward and back. 1–9 jump to a block in the storytelling order
 * (Persian digits too), Home and End to the ends, O to the whole canvas. The keys are the table's.
 */
export function presentCommand(event: KeyInfo, direction: Direction): PresentCommand | null {
  const match = matchShortcut(PRESENTATION_SHORTCUTS, event, direction);
  if (match === null) return null;
  const { id, key } = match;
  switch (id) {
    case 'presentNext':
      return key === '↓' ? 'down' : 'next';
    case 'presentPrevious':
      return key === '↑' ? 'up' : 'previous';
    case 'presentJump':
      return key === DIGITS ? { block: digitOf(event)! } : key === 'Home' ? 'first' : 'last';
    case 'presentOverview':
      return 'overview';
    case 'presentAdd':
      return 'addNote';
    case 'presentTimer':
      return key === 'R' ? 'restartTimer' : 'timer';
    case 'presentContrast':
      return 'contrast';
    case 'presentExit':
      return 'exit';
  }
}
