/**
 * Every keyboard shortcut of Boom, in one table: the keys as the list of shortcuts ("?") shows
 * them, which is also how a key press is matched against them, so the list cannot say one thing
 * and the keys do another. Shortcuts that work anywhere on the page go through one listener
 * (`useShortcut`); those that belong to a focused part (a note, a menu, the channel map) ask the
 * table with `matchShortcut`. To add one: README, "Adding a keyboard shortcut".
 */
import { useEffect, useEffectEvent } from 'react';
import { isQuestionMark, isTextField, shortcutLetter } from './keyboard';

/** The arrow that points along the reading direction (→ in English, ← in Persian), and back. */
export const FORWARD = 'forward';
export const BACK = 'back';
/** The number keys 1 to 9 (from the number row, the keypad, or the Persian digits ۱–۹). */
export const DIGITS = 'digits';

/**
 * The shortcuts, in groups, as the list shows them; each action's name is in
 * locales/<language>/shortcuts.json under `shortcuts.actions`, each group's under `shortcuts.groups`.
 * A key is written as it is printed on the keyboard: modifiers first (`Ctrl+`, `Shift+`, `⌘`,
 * `⇧`), then a letter, a sign, an arrow, `Space`, `Esc`, a key's name, or FORWARD, BACK, DIGITS.
 */
export const SHORTCUT_GROUPS = {
  everywhere: {
    undo: ['Ctrl+Z', '⌘Z'],
    redo: ['Ctrl+Shift+Z', 'Ctrl+Y', '⌘⇧Z'],
    find: ['/'],
    help: ['?', '؟'],
    close: ['Esc'],
  },
  board: {
    noteNext: ['↓', '↑'],
    noteEnds: ['Home', 'End'],
    noteTools: [FORWARD, BACK],
    blockNext: ['PageDown', 'PageUp'],
  },
  notes: {
    edit: ['Enter'],
    save: ['Enter'],
    newLine: ['Shift+Enter'],
    cancel: ['Esc'],
    duplicate: ['Ctrl+D', '⌘D'],
    copy: ['Ctrl+C', '⌘C'],
    paste: ['Ctrl+V', '⌘V'],
  },
  moving: {
    pickUp: ['Space'],
    move: ['↑', '↓', '←', '→'],
    drop: ['Space'],
    cancelMove: ['Esc'],
  },
  menus: {
    menuOpen: ['Enter', '↓'],
    menuMove: ['↑', '↓', 'Home', 'End'],
    menuClose: ['Esc'],
  },
  presenting: {
    present: ['P'],
    presentNext: ['Space', 'PageDown', '↓', FORWARD],
    presentPrevious: ['Shift+Space', 'PageUp', '↑', BACK],
    presentJump: [DIGITS, 'Home', 'End'],
    presentOverview: ['O'],
    presentAdd: ['N'],
    presentTimer: ['T', 'R'],
    presentContrast: ['C'],
    presentExit: ['Esc'],
  },
  voting: {
    voteAdd: ['+'],
    voteRemove: ['−'],
  },
  channelMap: {
    cells: ['↑', '↓', '←', '→'],
  },
} as const satisfies Record<string, Record<string, readonly string[]>>;

type Groups = typeof SHORTCUT_GROUPS;
export type ShortcutGroupId = keyof Groups;
export type ShortcutId = { [G in ShortcutGroupId]: keyof Groups[G] }[ShortcutGroupId];

const KEYS_OF = Object.fromEntries(Object.values(SHORTCUT_GROUPS).flatMap((group) => Object.entries(group))) as Record<
  ShortcutId,
  readonly string[]
>;

/** The keys of a shortcut, as the table writes them. */
export function keysOf(id: ShortcutId): readonly string[] {
  return KEYS_OF[id];
}

/** What a key press is made of (a KeyboardEvent, or a test's stand-in). */
export type KeyInfo = Pick<KeyboardEvent, 'key' | 'code' | 'ctrlKey' | 'metaKey' | 'altKey' | 'shiftKey'>;

export type Direction = 'ltr' | 'rtl';

const NAMED: Record<string, string> = {
  Space: ' ',
  Esc: 'Escape',
  '↑': 'ArrowUp',
  '↓': 'ArrowDown',
  '←': 'ArrowLeft',
  '→': 'ArrowRight',
};

/** `key` (as the table writes it) split into its modifiers and the key itself. */
function parse(key: string): { ctrl: boolean; meta: boolean; shift: boolean; base: string } {
  let rest = key;
  const held = { ctrl: false, meta: false, shift: false };
  for (;;) {
    if (rest.startsWith('Ctrl+')) [held.ctrl, rest] = [true, rest.slice(5)];
    else if (rest.startsWith('Shift+')) [held.shift, rest] = [true, rest.slice(6)];
    else if (rest.length > 1 && rest.startsWith('⌘')) [held.meta, rest] = [true, rest.slice(1)];
    else if (rest.length > 1 && rest.startsWith('⇧')) [held.shift, rest] = [true, rest.slice(1)];
    else return { ...held, base: rest };
  }
}

/** 1–9 from the number row or keypad, on any layout (the Persian row gives ۱–۹); else null. */
export function digitOf(event: Pick<KeyInfo, 'key' | 'code'>): number | null {
  const code = /^(?:Digit|Numpad)([1-9])$/.exec(event.code);
  if (code) return Number(code[1]);
  const persian = '۱۲۳۴۵۶۷۸۹'.indexOf(event.key);
  if (persian !== -1) return persian + 1;
  return /^[1-9]$/.test(event.key) ? Number(event.key) : null;
}

/** Whether the key press is `key` as the table writes it, in a page read in `direction`. */
export function matchesKey(key: string, event: KeyInfo, direction: Direction): boolean {
  const { ctrl, meta, shift, base } = parse(key);
  if (event.altKey || event.ctrlKey !== ctrl || event.metaKey !== meta) return false;
  // Signs that need Shift on some layouts and not on others, and the number keys, whatever Shift does.
  if (base === '?' || base === '؟') return isQuestionMark(event);
  if (base === '/') return event.key === '/';
  if (base === '+') return event.key === '+' || event.key === '=';
  if (base === '−') return event.key === '-' || event.key === '−';
  if (base === DIGITS) return digitOf(event) !== null;
  if (event.shiftKey !== shift) return false;
  if (/^[A-Z]$/.test(base)) return shortcutLetter(event) === base.toLowerCase();
  if (base === FORWARD) return event.key === (direction === 'rtl' ? 'ArrowLeft' : 'ArrowRight');
  if (base === BACK) return event.key === (direction === 'rtl' ? 'ArrowRight' : 'ArrowLeft');
  return event.key === (NAMED[base] ?? base);
}

/** Which of `ids` the key press is, and by which of its keys; null if none. */
export function matchShortcut<Id extends ShortcutId>(
  ids: readonly Id[],
  event: KeyInfo,
  direction: Direction,
): { id: Id; key: string } | null {
  for (const id of ids) {
    const key = keysOf(id).find((candidate) => matchesKey(candidate, event, direction));
    if (key !== undefined) return { id, key };
  }
  return null;
}

/** What a shortcut does; `false` when it does not apply just now (the key then goes on to others, and the browser). */
export type ShortcutHandler<Id extends ShortcutId> = (match: { id: Id; key: string }, event: KeyboardEvent) => boolean | void;

export interface ShortcutOptions {
  /** Also inside a text box (else a key typed there is the text's). */
  inTextFields?: boolean;
  /** Also while a dialog is open over the page (else the dialog's keys are its own). */
  underDialogs?: boolean;
}

interface Registration {
  ids: readonly ShortcutId[];
  handler: ShortcutHandler<ShortcutId>;
  options: ShortcutOptions;
}

/** The page-wide shortcuts now in use; the latest registered is asked first. */
const registrations: Registration[] = [];

const pageDirection = (): Direction => (document.documentElement.dir === 'rtl' ? 'rtl' : 'ltr');

function onKeyDown(event: KeyboardEvent): void {
  if (event.defaultPrevented) return;
  const inText = isTextField(event.target);
  // Asked only once a key matches: finding an open dialog searches the whole page (thousands of
  // notes), which every keystroke typed into a note would otherwise pay.
  let underDialog: boolean | undefined;
  for (let index = registrations.length - 1; index >= 0; index -= 1) {
    const registration = registrations[index]!;
    if (inText && !registration.options.inTextFields) continue;
    const match = matchShortcut(registration.ids, event, pageDirection());
    if (match === null) continue;
    underDialog ??= document.querySelector('dialog[open]') !== null;
    if ((underDialog && !registration.options.underDialogs) || registration.handler(match, event) === false) continue;
    event.preventDefault();
    return;
  }
}

/** Makes `ids` do `handler` anywhere on the page. Returns a function that stops it. */
export function addShortcut<Id extends ShortcutId>(
  ids: readonly Id[],
  handler: ShortcutHandler<Id>,
  options: ShortcutOptions = {},
): () => void {
  const registration: Registration = { ids, handler: handler as ShortcutHandler<ShortcutId>, options };
  if (registrations.length === 0) window.addEventListener('keydown', onKeyDown);
  registrations.push(registration);
  return () => {
    const index = registrations.indexOf(registration);
    if (index !== -1) registrations.splice(index, 1);
    if (registrations.length === 0) window.removeEventListener('keydown', onKeyDown);
  };
}

/** `addShortcut` for as long as the component is on screen and `enabled`; `handler` always sees the latest render. */
export function useShortcut<Id extends ShortcutId>(
  ids: readonly Id[],
  handler: ShortcutHandler<Id>,
  { enabled = true, inTextFields = false, underDialogs = false }: ShortcutOptions & { enabled?: boolean } = {},
): void {
  const handle = useEffectEvent(handler);
  const key = ids.join(' ');
  useEffect(() => {
    if (!enabled) return;
    return addShortcut(key.split(' ') as Id[], (match, event) => handle(match, event), { inTextFields, underDialogs });
  }, [key, enabled, inTextFields, underDialogs]);
}
