import { useEffect, useState } from 'react';
import { flushSync } from 'react-dom';
import type { Canvas } from '@/domain/schema';
import type { Paper } from '@/persistence/preferences';
import { selectCurrentCanvas, useCanvasStore } from '@/store/canvas-store';
import { afterFirstScreen } from '@/ui/idle';
import { currentPaper, setPrintedPaper } from './print-paper';

/**
 * The printed page's code, fetched as soon as the first screen is on screen (not part of it): the
 * browser lays a print out synchronously, so it has to be here before anyone prints.
 */
let printDocument: typeof import('./PrintDocument') | null = null;
export const loadPrintDocument = () => import('./PrintDocument').then((module) => (printDocument = module));

/**
 * The printed pages (and so "Save as PDF"): while the browser prints, the canvas (`canvas`, else
 * the open one) is laid out on the paper last chosen (see PrintDialog) and everything else is
 * hidden by the print stylesheet. Made only for printing, whether the user chose "Print" in
 * Export or pressed Ctrl+P.
 */
export function PrintSheet({ canvas }: { canvas?: Canvas | null | undefined }) {
  const [paper, setPaper] = useState<Paper | null>(null);
  useEffect(() => afterFirstScreen(() => void loadPrintDocument().catch(() => {})), []);
  useEffect(() => {
    setPrintedPaper(currentPaper());
    // Synchronous, so the pages are there before the browser lays out the print.
    const before = () => {
      const chosen = currentPaper();
      setPrintedPaper(chosen);
      flushSync(() => setPaper(chosen));
    };
    const after = () => setPaper(null);
    window.addEventListener('beforeprint', before);
    window.addEventListener('afterprint', after);
    return () => {
      window.removeEventListener('beforeprint', before);
      window.removeEventListener('afterprint', after);
    };
  }, []);
  // null: nothing to draw (a share link still opening, or broken): the page prints as it is.
  return paper && canvas !== null && printDocument ? <PrintRoot canvas={canvas} paper={paper} module={printDocument} /> : null;
}

function PrintRoot({
  canvas: given,
  paper,
  module: { PrintDocument },
}: {
  canvas?: Canvas | undefined;
  paper: Paper;
  module: typeof import('./PrintDocument');
}) {
  const current = useCanvasStore(selectCurrentCanvas);
  const canvas = given ?? current;
  return (
    <div className="print-root">
      <PrintDocument key={`${canvas.id}:${canvas.updatedAt}:${paper}`} canvas={canvas} paper={paper} />
    </div>
  );
}
