import { useLayoutEffect, useState, type RefObject } from 'react';
import { flushSync } from 'react-dom';

/**
 * A block's guiding questions, shown by themselves in an empty block, are never cut mid-sentence
 * under its "Add note" bar: those that do not fit whole in the block's height are hidden, and
 * the count of them is returned (the block offers them all on its question-mark button). Shown on
 * request, every question is there and the block scrolls.
 *
 * Fitted when a resize observer reports the block's body: after the browser has laid the page out
 * for its frame and before it paints, so the first frame already shows whole questions. Measured
 * in a layout effect instead, the page's first layout (30–70 ms, its fonts looked up) ran inside
 * React's first render and had to run again for the frame. Every block is fitted in the same
 * pass (all shown, all measured, then all hidden as they must be), so one block's change does not
 * lay the page out again before the next is measured; and again once a font has come, which
 * changes where the lines break while the blocks keep their size.
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
    return watch(body, {
      show: () => {
        for (const item of items) item.hidden = false;
      },
      measure: () => {
        // Not laid out (hidden, or no layout at all): nothing to measure, every question shows.
        if (box.hidden || body.clientHeight === 0) return items.length;
        const addBar = body.querySelector<HTMLElement>('.add-note');
        // What the body shows above its add bar, and the line that says how many more there are.
        const limit = body.getBoundingClientRect().bottom - (addBar && !addBar.hidden ? addBar.offsetHeight + 8 : 0);
        const moreLine = box.querySelector<HTMLElement>('.questions-more')?.offsetHeight ?? 20;
        // The first question that would end below that (leaving room for the "more" line) and all
        // after it wait; the first is always shown.
        for (const [index, item] of items.entries()) {
          const room = index === items.length - 1 ? 0 : moreLine;
          if (item.getBoundingClientRect().bottom + room > limit) return Math.max(1, index);
        }
        return items.length;
      },
      hide: (firstHidden) => {
        items.forEach((item, index) => (item.hidden = index >= firstHidden));
        setHidden(items.length - firstHidden);
      },
    });
  }, [bodyRef, questionsRef, active, text]);
  // Shown on request or not at all: every question is there.
  return active ? hidden : 0;
}

interface Fitter {
  /** Every question shown (to be measured, and when the block is no longer watched). */
  show(): void;
  /** The index of the first question that does not fit (the count of questions if all do). */
  measure(): number;
  hide(firstHidden: number): void;
}

const fitters = new Map<Element, Fitter>();
let observer: ResizeObserver | null = null;

function fit(due: Fitter[]): void {
  for (const fitter of due) fitter.show();
  const firstHidden = due.map((fitter) => fitter.measure());
  // In the same frame: the "more" lines are drawn before the paint.
  flushSync(() => due.forEach((fitter, index) => fitter.hide(firstHidden[index]!)));
}

const refitAll = () => fit([...fitters.values()]);

/** Fits `body`'s questions now and whenever it is resized or a font comes; returns the way to stop. */
function watch(body: Element, fitter: Fitter): () => void {
  if (!observer) {
    observer = new ResizeObserver((entries) => fit(entries.flatMap((entry) => fitters.get(entry.target) ?? [])));
    document.fonts?.addEventListener('loadingdone', refitAll);
  }
  fitters.set(body, fitter);
  // Observed anew, an element is reported once it is laid out (and again on every resize).
  observer.unobserve(body);
  observer.observe(body);
  return () => {
    if (fitters.get(body) === fitter) {
      fitters.delete(body);
      observer?.unobserve(body);
    }
    fitter.show();
    if (fitters.size === 0) {
      observer?.disconnect();
      observer = null;
      document.fonts?.removeEventListener('loadingdone', refitAll);
    }
  };
}
