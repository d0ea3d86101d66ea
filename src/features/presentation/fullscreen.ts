/**
 * The Fullscreen API, with its gaps covered: where it is missing or refused (an iPhone, an
 * embedded page, a policy), the presentation fills the window instead.
 */

interface KeyboardLock {
  lock?: (keys: string[]) => Promise<void>;
  unlock?: () => void;
}

const keyboardOf = () => (navigator as Navigator & { keyboard?: KeyboardLock }).keyboard;

/** Asks for the whole screen; true when granted. Must run in the handler of a click or key. */
export async function enterFullScreen(): Promise<boolean> {
  const root = document.documentElement;
  if (!document.fullscreenEnabled || typeof root.requestFullscreen !== 'function') return false;
  try {
    await root.requestFullscreen({ navigationUI: 'hide' });
  } catch {
    return false;
  }
  // In full screen Chromium gives Escape to the browser (it leaves full screen) unless the page
  // locks it: then a press of Escape reaches the page (closing the note box, not the whole
  // presentation) and holding it still leaves full screen.
  try {
    await keyboardOf()?.lock?.(['Escape']);
  } catch {
    // Without the lock, Escape leaves full screen, and with it the presentation: still fine.
  }
  return true;
}

export function leaveFullScreen(): void {
  keyboardOf()?.unlock?.();
  if (document.fullscreenElement) void document.exitFullscreen().catch(() => undefined);
}

export function isFullScreen(): boolean {
  return document.fullscreenElement !== null && document.fullscreenElement !== undefined;
}
