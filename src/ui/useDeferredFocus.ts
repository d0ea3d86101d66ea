import { useEffect, useRef, type RefObject } from 'react';

/**
 * Focus that must wait for a re-render: call the returned `request()` now, and `ref` is focused
 * once `ready` is true (for instance, once an editor has closed and the element is back).
 */
export function useDeferredFocus(ref: RefObject<HTMLElement | null>, ready: boolean): (wanted?: boolean) => void {
  const pending = useRef(false);
  useEffect(() => {
    if (!ready || !pending.current) return;
    pending.current = false;
    ref.current?.focus();
  }, [ready, ref]);
  return (wanted = true) => {
    pending.current = wanted;
  };
}
