/**
 * Runs `task` once the browser has a quiet moment (at the latest after `timeout` ms): for code the
 * first screen does not need, fetched after it is shown. Returns a function that cancels it.
 */
export function whenIdle(task: () => void, timeout = 1000): () => void {
  if (typeof requestIdleCallback === 'function') {
    const handle = requestIdleCallback(task, { timeout });
    return () => cancelIdleCallback(handle);
  }
  const handle = setTimeout(task, 0);
  return () => clearTimeout(handle);
}

/**
 * Runs `task` in a quiet moment once the next frame has been painted (a hidden tab paints none:
 * then after `timeout` ms): for code that comes after the first screen is on screen, never with it.
 * Returns a function that cancels it.
 */
export function afterPaint(task: () => void, timeout = 1000): () => void {
  let cancelIdle: (() => void) | null = null;
  const start = () => {
    if (cancelIdle) return;
    cancelAnimationFrame(frame);
    clearTimeout(fallback);
    cancelIdle = whenIdle(task, timeout);
  };
  const frame = requestAnimationFrame(() => setTimeout(start, 0));
  const fallback = setTimeout(start, timeout);
  return () => {
    cancelAnimationFrame(frame);
    clearTimeout(fallback);
    cancelIdle?.();
  };
}
