import { afterEach, describe, expect, it, vi } from 'vitest';
import { addShortcut, BACK, DIGITS, FORWARD, keysOf, matchesKey, matchShortcut, SHORTCUT_GROUPS, type KeyInfo } from '@/ui/shortcuts';

const press = (key: string, init: Partial<KeyInfo> = {}): KeyInfo => ({
  key,
  code: '',
  ctrlKey: false,
  metaKey: false,
  altKey: false,
  shiftKey: false,
  ...init,
});

/** The key press a person makes for `key` as the table writes it (LTR page). */
function pressFor(key: string): KeyInfo {
  const held = { ctrlKey: false, metaKey: false, shiftKey: false };
  let rest = key;
  for (;;) {
    if (rest.startsWith('Ctrl+')) [held.ctrlKey, rest] = [true, rest.slice(5)];
    else if (rest.startsWith('Shift+')) [held.shiftKey, rest] = [true, rest.slice(6)];
    else if (rest.length > 1 && rest.startsWith('⌘')) [held.metaKey, rest] = [true, rest.slice(1)];
    else if (rest.length > 1 && rest.startsWith('⇧')) [held.shiftKey, rest] = [true, rest.slice(1)];
    else break;
  }
  const names: Record<string, string> = {
    Space: ' ',
    Esc: 'Escape',
    '↑': 'ArrowUp',
    '↓': 'ArrowDown',
    '←': 'ArrowLeft',
    '→': 'ArrowRight',
    [FORWARD]: 'ArrowRight',
    [BACK]: 'ArrowLeft',
    [DIGITS]: '4',
    '−': '-',
  };
  const letter = /^[A-Z]$/.test(rest);
  return press(names[rest] ?? (letter ? rest.toLowerCase() : rest), { ...held, code: letter ? `Key${rest}` : '' });
}

describe('the shortcut table', () => {
  it('writes every key so that a key press can match it: the list cannot show a key that does nothing', () => {
    for (const group of Object.values(SHORTCUT_GROUPS)) {
      for (const keys of Object.values(group)) {
        for (const key of keys) expect(matchesKey(key, pressFor(key), 'ltr'), key).toBe(true);
      }
    }
  });

  it('matches modifiers exactly: Ctrl+Z undoes, Ctrl+Shift+Z and Ctrl+Y redo, Alt leaves them to the browser', () => {
    expect(matchShortcut(['undo', 'redo'], press('z', { code: 'KeyZ', ctrlKey: true }), 'ltr')?.id).toBe('undo');
    expect(matchShortcut(['undo', 'redo'], press('Z', { code: 'KeyZ', ctrlKey: true, shiftKey: true }), 'ltr')?.id).toBe('redo');
    expect(matchShortcut(['undo', 'redo'], press('y', { code: 'KeyY', ctrlKey: true }), 'ltr')?.id).toBe('redo');
    expect(matchShortcut(['undo', 'redo'], press('z', { code: 'KeyZ', metaKey: true }), 'ltr')?.id).toBe('undo');
    expect(matchShortcut(['undo', 'redo'], press('z', { code: 'KeyZ', ctrlKey: true, altKey: true }), 'ltr')).toBeNull();
    expect(matchShortcut(['present'], press('P', { code: 'KeyP', shiftKey: true }), 'ltr')).toBeNull();
    expect(matchShortcut(['undo'], press('z', { code: 'KeyZ' }), 'ltr')).toBeNull();
  });

  it('reads a letter by its key on the Persian layout, "?" as «؟», and the arrows by the reading direction', () => {
    expect(matchShortcut(['undo'], press('ظ', { code: 'KeyZ', ctrlKey: true }), 'rtl')?.id).toBe('undo');
    expect(matchShortcut(['present'], press('ح', { code: 'KeyP' }), 'rtl')?.id).toBe('present');
    expect(matchShortcut(['help'], press('؟', { shiftKey: true }), 'rtl')?.id).toBe('help');
    expect(matchShortcut(['presentNext'], press('ArrowLeft'), 'rtl')).toEqual({ id: 'presentNext', key: FORWARD });
    expect(matchShortcut(['presentNext'], press('ArrowLeft'), 'ltr')).toBeNull();
    expect(keysOf('presentJump')).toContain(DIGITS);
    expect(matchShortcut(['presentJump'], press('۷', { code: 'Digit7' }), 'rtl')).toEqual({ id: 'presentJump', key: DIGITS });
  });
});

describe('page-wide shortcuts', () => {
  const stops: (() => void)[] = [];
  afterEach(() => {
    for (const stop of stops.splice(0)) stop();
    document.body.replaceChildren();
  });
  const keydown = (init: KeyboardEventInit, target: EventTarget = document.body) => {
    const event = new KeyboardEvent('keydown', { bubbles: true, cancelable: true, ...init });
    target.dispatchEvent(event);
    return event;
  };

  it('run on their key and take it from the browser; the latest registered is asked first, and one that declines passes it on', () => {
    const first = vi.fn();
    const declining = vi.fn(() => false as const);
    stops.push(addShortcut(['find'], first), addShortcut(['find'], declining));
    const event = keydown({ key: '/' });
    expect(declining).toHaveBeenCalledOnce();
    expect(first).toHaveBeenCalledOnce();
    expect(event.defaultPrevented).toBe(true);
    expect(keydown({ key: 'a' }).defaultPrevented).toBe(false);
  });

  it('leave a text box its keys, and an open dialog its own, unless they say otherwise', () => {
    const find = vi.fn();
    const undo = vi.fn();
    stops.push(addShortcut(['find'], find), addShortcut(['undo'], undo, { underDialogs: true }));
    const field = document.body.appendChild(document.createElement('input'));
    keydown({ key: '/' }, field);
    expect(find).not.toHaveBeenCalled();
    const dialog = document.body.appendChild(document.createElement('dialog'));
    dialog.setAttribute('open', '');
    keydown({ key: '/' });
    expect(find).not.toHaveBeenCalled();
    keydown({ key: 'z', code: 'KeyZ', ctrlKey: true });
    expect(undo).toHaveBeenCalledOnce();
  });

  it('stop when taken back, and leave a key already handled alone', () => {
    const find = vi.fn();
    const stop = addShortcut(['find'], find);
    const handled = new KeyboardEvent('keydown', { key: '/', bubbles: true, cancelable: true });
    handled.preventDefault();
    document.body.dispatchEvent(handled);
    expect(find).not.toHaveBeenCalled();
    stop();
    keydown({ key: '/' });
    expect(find).not.toHaveBeenCalled();
  });
});
