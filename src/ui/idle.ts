let leaving = false;

/**
 * The page is about to reload into a new version: nothing more is done ahead from now on. Code
 * fetched ahead would be the old version's, and while the old service worker is busy serving it
 * the new one waits to take over (and with it the reload).
 */
export function stopWorkAhead(): void {
  leaving = true;
}

/**
 * Runs `task` once the browser has a quiet moment (at the latest after `timeout` ms): for code the
 * first screen does not need, fetched after it is shown. Returns a function that cancels it.
 */
export function whenIdle(task: () => void, timeout = 1000): () => void {
  const run = () => leaving || task();
  if (typeof requestIdleCallback === 'function') {
    const handle = requestIdleCallback(run, { timeout });
    return () => cancelIdleCallback(handle);
  }
  const handle = setTimeout(run, 0);
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

/**
 * Runs `task` once the page's first contentful paint is on screen: the browser reports it when
 * the frame has been presented, which can be well after the task that painted it (so a frame, or a
 * quiet moment, can come before it). Where it is never reported (a tab opened in the background
 * paints nothing until shown; a browser without paint timing), after `timeout` ms. Returns a
 * function that cancels it.
 */
export function onFirstScreen(task: () => void, timeout = 3000): () => void {
  let done = false;
  let observer: PerformanceObserver | null = null;
  const stop = () => {
    done = true;
    clearTimeout(fallback);
    observer?.disconnect();
  };
  const run = () => {
    if (done) return;
    stop();
    task();
  };
  const fallback = setTimeout(run, timeout);
  if (typeof PerformanceObserver !== 'undefined' && PerformanceObserver.supportedEntryTypes?.includes('paint')) {
    observer = new PerformanceObserver((entries) => {
      if (entries.getEntriesByName('first-contentful-paint').length > 0) run();
    });
    // Buffered: a paint reported before this was asked for counts.
    observer.observe({ type: 'paint', buffered: true });
  }
  return stop;
}

/**
 * Runs `task` in a quiet moment once the first screen is on screen (see onFirstScreen): for code
 * and files the first screen does not need, which must not share the line with what it does.
 * Returns a function that cancels it.
 */
export function afterFirstScreen(task: () => void, timeout = 3000): () => void {
  let cancelIdle: (() => void) | null = null;
  const cancelWait = onFirstScreen(() => (cancelIdle = whenIdle(task)), timeout);
  return () => {
    cancelWait();
    cancelIdle?.();
  };
}
