import { useEffect, useLayoutEffect, useRef, useState } from 'react';
import { flushSync } from 'react-dom';
import type { Canvas } from '@/domain/schema';
import { selectCurrentCanvas, useCanvasStore } from '@/store/canvas-store';
import { CanvasSheet } from './CanvasSheet';

/**
 * The printed page (and so "Save as PDF"): while the browser prints, the canvas (`canvas`, else
 * the open one) is drawn from its data on one landscape page and everything else is hidden by the
 * print stylesheet. It is made only for printing, whether the user chose "Print" in Export or
 * pressed Ctrl+P.
 */
export function PrintSheet({ canvas }: { canvas?: Canvas | null | undefined }) {
  const [printing, setPrinting] = useState(false);
  useEffect(() => {
    // Synchronous, so the page is there before the browser lays out the print.
    const before = () => flushSync(() => setPrinting(true));
    const after = () => setPrinting(false);
    window.addEventListener('beforeprint', before);
    window.addEventListener('afterprint', after);
    return () => {
      window.removeEventListener('beforeprint', before);
      window.removeEventListener('afterprint', after);
    };
  }, []);
  // null: nothing to draw (a share link still opening, or broken): the page prints as it is.
  return printing && canvas !== null ? <PrintPage canvas={canvas} /> : null;
}

/**
 * The printable area of a landscape page in CSS pixels, small enough for both A4 and US Letter
 * with the 8 mm margins of the print stylesheet (A4 leaves 1062 × 733), less a little slack for
 * text that wraps slightly differently in print.
 */
const PAGE = { width: 990, height: 700 };

function PrintPage({ canvas: given }: { canvas?: Canvas | undefined }) {
  const current = useCanvasStore(selectCurrentCanvas);
  const canvas = given ?? current;
  const page = useRef<HTMLDivElement>(null);
  useLayoutEffect(() => {
    const sheet = page.current?.firstElementChild;
    if (sheet instanceof HTMLElement) fitToPage(sheet);
  }, [canvas]);
  return (
    <div className="print-root">
      <div ref={page} className="print-page">
        <CanvasSheet canvas={canvas} />
      </div>
    </div>
  );
}

/**
 * Shrinks the sheet until it fits the page: at a smaller zoom it is laid out wider, so its text
 * reflows into fewer lines; the largest zoom that fits wins.
 */
function fitToPage(sheet: HTMLElement): void {
  const fits = (zoom: number) => {
    sheet.style.zoom = String(zoom);
    sheet.style.inlineSize = `${PAGE.width / zoom}px`;
    return sheet.getBoundingClientRect().height <= PAGE.height;
  };
  if (fits(1)) return;
  let low = 0.2;
  let high = 1;
  for (let step = 0; step < 8; step += 1) {
    const middle = (low + high) / 2;
    if (fits(middle)) low = middle;
    else high = middle;
  }
  fits(low);
}
