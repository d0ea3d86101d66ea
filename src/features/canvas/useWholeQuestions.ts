import { useLayoutEffect, useState, type RefObject } from 'react';
import { flushSync } from 'react-dom';

/**
 * A block's guiding questions, shown by themselves in an empty block, are never cut mid-sentence
 * under its "Add note" bar: those that do not fit whole in the block's height are hidden, and
 * the count of them is returned (the block offers them all on its question-mark button). Shown on
 * request, every question is there and the block scrolls.
 *
 * Measured when a resize observer reports the block's body: after the browser has laid the page
 * out for its frame and before it paints, so the first frame already shows whole questions. Measured
 * in the layout effect instead, the page's first layout (30–70 ms, its fonts looked up) ran inside
 * React's first render and had to run again for the frame.
 */
export function useWholeQuestions(
  bodyRef: RefObject<HTMLElement | null>,
  questionsRef: RefObject<HTMLElement | null>,
  active: boolean,
  /** The questions' text: fitted again when it changes (another language). */
  text: string,
): number {
  const [hidden, setHidden] = useState(0);
  useLayoutEffect(() => {
    const body = bodyRef.current;
    const box = questionsRef.current;
    if (!body || !box || !active || typeof ResizeObserver === 'undefined') return;
    const items = [...box.querySelectorAll<HTMLElement>('.question')];
    const fit = () => {
      for (const item of items) item.hidden = false;
      let firstHidden = items.length;
      // Not laid out (hidden, or no layout at all): nothing to measure, every question shows.
      if (!box.hidden && body.clientHeight > 0) {
        const addBar = body.querySelector<HTMLElement>('.add-note');
        // What the body shows above its add bar, and the line that says how many more there are.
        const limit = body.getBoundingClientRect().bottom - (addBar && !addBar.hidden ? addBar.offsetHeight + 8 : 0);
        const moreLine = box.querySelector<HTMLElement>('.questions-more')?.offsetHeight ?? 20;
        // The first question that would end below that (leaving room for the "more" line) and all
        // after it wait; the first is always shown.
        for (const [index, item] of items.entries()) {
          const room = index === items.length - 1 ? 0 : moreLine;
          if (item.getBoundingClientRect().bottom + room > limit) {
            firstHidden = Math.max(1, index);
            break;
          }
        }
      }
      items.forEach((item, index) => (item.hidden = index >= firstHidden));
      // In the same frame: the "more" line is drawn before the paint.
      flushSync(() => setHidden(items.length - firstHidden));
    };
    // A new observer reports its element once it is laid out (and again on every resize).
    const observer = new ResizeObserver(fit);
    observer.observe(body);
    return () => {
      observer.disconnect();
      for (const item of items) item.hidden = false;
    };
  }, [bodyRef, questionsRef, active, text]);
  // Shown on request or not at all: every question is there.
  return active ? hidden : 0;
}
