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
