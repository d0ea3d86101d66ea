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

const sizeOf = (box: Element) => `${box.clientWidth}×${box.clientHeight}`;
const watched = (boxes: HTMLElement[]): Element[] => boxes.flatMap((box) => [box, ...box.children]);

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
      let shown = target.style.getPropertyValue('--fit-size');
      const fitsAt = (size: number) => {
        const value = `${size}px`;
        if (value !== shown) target.style.setProperty('--fit-size', value);
        shown = value;
        return !boxes.some(overflows);
      };
      // Each try lays every note of the boxes out again (a tenth of a second on a full canvas):
      // the least size first, as a full canvas does not fit even at that and is done in one; then
      // the largest, as a sparse one fits at that; only between them is the size searched.
      if (fitsAt(low) && !fitsAt(high)) {
        let fits = low;
        let tooBig = high;
        while (tooBig - fits > 0.5) {
          const middle = (fits + tooBig) / 2;
          if (fitsAt(middle)) fits = middle;
          else tooBig = middle;
        }
        fitsAt(Math.floor(fits * 2) / 2);
      }
      // What does not fit even at the least size scrolls, and says so (`data-overflows`). It is
      // heard before it is marked: the mark restyles the boxes, and reading them after would lay
      // them all out once more.
      const overflowing = boxes.filter(overflows);
      sizes = new WeakMap(watched(boxes).map((box) => [box, sizeOf(box)]));
      fitted(overflowing);
      for (const box of boxes) {
        if (overflowing.includes(box)) box.dataset.overflows = '';
        else delete box.dataset.overflows;
      }
    };
    // Changes come in bursts (a note added re-renders the list): fit once per frame.
    const schedule = () => {
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(fit);
    };
    // The boxes and what they hold as they were last fitted: a resize observer reports each once
    // when it starts watching, and a fit itself resizes them (the overview's rows follow their
    // notes). What they hold is watched too: a note skipped out of sight (content-visibility) is
    // sized by a guess until it is shown.
    let sizes = new WeakMap<Element, string>();
    fit();
    const resizes = new ResizeObserver((entries) => {
      if (entries.some((entry) => sizes.get(entry.target) !== sizeOf(entry.target))) schedule();
    });
    for (const box of watched(boxesOf(target))) resizes.observe(box);
    const changes = new MutationObserver(schedule);
    changes.observe(target, { childList: true, subtree: true, characterData: true });
    // A font arriving late (Persian text's own file, the first time some is shown) changes every size.
    document.fonts?.addEventListener('loadingdone', schedule);
    return () => {
      cancelAnimationFrame(frame);
      resizes.disconnect();
      changes.disconnect();
      document.fonts?.removeEventListener('loadingdone', schedule);
      for (const box of boxesOf(target)) delete box.dataset.overflows;
    };
  }, [ref, min, max, boxesOf]);
}
