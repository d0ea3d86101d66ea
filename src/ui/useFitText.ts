import { useEffectEvent, useLayoutEffect, type RefObject } from 'react';

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
  useFitTogether(ref, range, selfOnly);
}

const selfOnly = (box: HTMLElement) => [box];

/**
 * Shrink to fit, together: one `--fit-size` on `ref` (its boxes inherit it) for every box that
 * `boxesOf` finds in it, the largest in the range at which all of them fit; boxes that do not fit
 * even at the least size scroll and are marked `data-overflows`. `onFitted` hears which those are
 * after each fit. With no range, the size is removed.
 */
export function useFitTogether(
  ref: RefObject<HTMLElement | null>,
  range: FitRange | null,
  boxesOf: (target: HTMLElement) => HTMLElement[],
  onFitted?: (overflowing: HTMLElement[]) => void,
): void {
  const min = range?.min;
  const max = range?.max;
  const fitted = useEffectEvent((overflowing: HTMLElement[]) => onFitted?.(overflowing));
  useLayoutEffect(() => {
    const target = ref.current;
    if (!target) return;
    if (min === undefined || max === undefined) {
      target.style.removeProperty('--fit-size');
      delete target.dataset.overflows;
      return;
    }
    let frame = 0;
    const fit = () => {
      cancelAnimationFrame(frame);
      const boxes = boxesOf(target);
      const scale = screenScale(window.innerWidth, window.innerHeight);
      const low = Math.max(FLOOR_PX, min * scale);
      const high = Math.max(low, max * scale);
      const overflows = (box: HTMLElement) => box.scrollHeight > box.clientHeight + 1;
      const fitsAt = (size: number) => {
        target.style.setProperty('--fit-size', `${size}px`);
        return !boxes.some(overflows);
      };
      // Largest first, then the least: a full canvas does not fit even at that, and then every
      // size between would have laid all its notes out once more for nothing.
      if (!fitsAt(high) && fitsAt(low)) {
        let fits = low;
        let tooBig = high;
        while (tooBig - fits > 0.5) {
          const middle = (fits + tooBig) / 2;
          if (fitsAt(middle)) fits = middle;
          else tooBig = middle;
        }
        target.style.setProperty('--fit-size', `${Math.floor(fits * 2) / 2}px`);
      }
      // What does not fit even at the least size scrolls, and says so (`data-overflows`).
      const overflowing = boxes.filter(overflows);
      for (const box of boxes) {
        if (overflowing.includes(box)) box.dataset.overflows = '';
        else delete box.dataset.overflows;
      }
      fitted(overflowing);
    };
    // Changes come in bursts (a note added re-renders the list): fit once per frame.
    const schedule = () => {
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(fit);
    };
    fit();
    const resizes = new ResizeObserver(schedule);
    for (const box of boxesOf(target)) resizes.observe(box);
    const changes = new MutationObserver(schedule);
    changes.observe(target, { childList: true, subtree: true, characterData: true });
    let live = true;
    void document.fonts?.ready.then(() => live && fit());
    return () => {
      live = false;
      cancelAnimationFrame(frame);
      resizes.disconnect();
      changes.disconnect();
      for (const box of boxesOf(target)) delete box.dataset.overflows;
    };
  }, [ref, min, max, boxesOf]);
}
