import { useLayoutEffect, type RefObject } from 'react';

/** Text sizes in CSS px as they are on a 1920×1080 screen; other screens scale them. */
export interface FitRange {
  min: number;
  max: number;
}

/** The screen a presentation's type sizes are given for. */
const REFERENCE = { width: 1920, height: 1080 };
/** Below this nothing is readable, whatever the screen. */
const FLOOR_PX = 11;

/** A phone held close is read at a larger share of its screen than a projector across a room. */
const LEAST_SCALE = 0.6;

/**
 * How a size given for 1920×1080 scales to this window: smaller on a 720p projector, larger on
 * 4K, never below LEAST_SCALE (the stylesheet's `--u` follows the same rule).
 */
export function screenScale(width: number, height: number): number {
  return Math.max(LEAST_SCALE, Math.min(width / REFERENCE.width, height / REFERENCE.height));
}

/**
 * Shrink to fit: sets `--fit-size` on the box to the largest text size in the range at which its
 * content fits without scrolling; when even the smallest does not fit, the smallest (the box then
 * scrolls, and is marked `data-overflows`). Refits when the box is resized, its content changes,
 * or the fonts arrive. With no range, both are removed.
 */
export function useFitText(ref: RefObject<HTMLElement | null>, range: FitRange | null): void {
  const min = range?.min;
  const max = range?.max;
  useLayoutEffect(() => {
    const box = ref.current;
    if (!box) return;
    if (min === undefined || max === undefined) {
      box.style.removeProperty('--fit-size');
      delete box.dataset.overflows;
      return;
    }
    let frame = 0;
    const fit = () => {
      cancelAnimationFrame(frame);
      const scale = screenScale(window.innerWidth, window.innerHeight);
      const low = Math.max(FLOOR_PX, min * scale);
      const high = Math.max(low, max * scale);
      const fitsAt = (size: number) => {
        box.style.setProperty('--fit-size', `${size}px`);
        return box.scrollHeight <= box.clientHeight + 1;
      };
      if (fitsAt(high)) {
        delete box.dataset.overflows;
        return;
      }
      let fits = low;
      let tooBig = high;
      while (tooBig - fits > 0.5) {
        const middle = (fits + tooBig) / 2;
        if (fitsAt(middle)) fits = middle;
        else tooBig = middle;
      }
      box.style.setProperty('--fit-size', `${Math.floor(fits * 2) / 2}px`);
      // Even the least size does not fit: the box scrolls, and says so (`data-overflows`).
      if (box.scrollHeight > box.clientHeight + 1) box.dataset.overflows = '';
      else delete box.dataset.overflows;
    };
    // Changes come in bursts (a note added re-renders the list): fit once per frame.
    const schedule = () => {
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(fit);
    };
    fit();
    const resizes = new ResizeObserver(schedule);
    resizes.observe(box);
    const changes = new MutationObserver(schedule);
    changes.observe(box, { childList: true, subtree: true, characterData: true });
    let live = true;
    void document.fonts?.ready.then(() => live && fit());
    return () => {
      live = false;
      cancelAnimationFrame(frame);
      resizes.disconnect();
      changes.disconnect();
    };
  }, [ref, min, max]);
}
