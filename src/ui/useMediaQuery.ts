import { useCallback, useSyncExternalStore } from 'react';

/** Screens too narrow for the canvas's arrangement: blocks stack in storytelling order there. */
export const NARROW_SCREEN = '(max-width: 899px)';
/** Screens without hover (touch): what shows on hover elsewhere is always shown there. */
export const NO_HOVER = '(hover: none)';

/** One list per query, shared by every component that asks (a board asks once per note). */
const lists = new Map<string, { matchMedia: typeof window.matchMedia; list: MediaQueryList }>();
const listOf = (query: string): MediaQueryList | null => {
  if (typeof window === 'undefined' || typeof window.matchMedia !== 'function') return null;
  const known = lists.get(query);
  // Asked of the window's matchMedia as it is now (a test may stand another in).
  if (known?.matchMedia === window.matchMedia) return known.list;
  const list = window.matchMedia(query);
  lists.set(query, { matchMedia: window.matchMedia, list });
  return list;
};

/** Whether a CSS media query matches, kept current as the window or the device changes. */
export function useMediaQuery(query: string): boolean {
  const subscribe = useCallback(
    (onChange: () => void) => {
      const list = listOf(query);
      list?.addEventListener('change', onChange);
      return () => list?.removeEventListener('change', onChange);
    },
    [query],
  );
  return useSyncExternalStore(
    subscribe,
    () => listOf(query)?.matches === true,
    () => false,
  );
}
