import { useId, useState } from 'react';
import { createPortal } from 'react-dom';
import { useTranslation } from '@/i18n/useTranslation';
import './files-namespace';
import type { Canvas } from '@/domain/schema';
import { PAPERS, type Paper } from '@/persistence/preferences';
import { Dialog } from '@/ui/Dialog';
import { selectOpenCanvas, useCanvasStore } from '@/store/canvas-store';
import { PrintDocument, type PrintOutcome } from './PrintDocument';
import { paperSize } from './paper-sizes';
import { choosePaper, currentPaper } from './print-paper';
import { loadPrintDocument } from './PrintSheet';

/** Points in a CSS pixel (72 to the inch, 96 pixels to the inch). */
const PT_PER_PX = 0.75;

/**
 * Print: the paper (remembered, and used by Ctrl+P too) and, before printing, how the canvas
 * comes out on it: on one page and at what size, or on how many pages.
 */
export default function PrintDialog({ onClose, canvas: given }: { onClose: () => void; canvas?: Canvas | undefined }) {
  const { t } = useTranslation('files');
  const headingId = useId();
  // The canvas as it is when the dialog opens (a render only reads: what an editor held was saved as it lost focus).
  const [canvas] = useState(() => given ?? selectOpenCanvas(useCanvasStore.getState()));
  const [paper, setPaper] = useState<Paper>(currentPaper);
  const [outcome, setOutcome] = useState<(PrintOutcome & { paper: Paper }) | null>(null);
  const shown = outcome?.paper === paper ? outcome : null;
  const print = () => {
    choosePaper(paper);
    onClose();
    // Once the dialog has gone from the page (and the printed page's code is here: it came with this dialog).
    void loadPrintDocument().then(() => requestAnimationFrame(() => window.print()));
  };
  return (
    <Dialog labelledBy={headingId} onClose={onClose} className="small-dialog print-dialog">
      <h2 id={headingId}>{t('print.title')}</h2>
      <fieldset className="paper-choice">
        <legend>{t('print.paper')}</legend>
        {PAPERS.map((option) => {
          const size = paperSize(option);
          return (
            <label key={option}>
              <input type="radio" name={`${headingId}-paper`} value={option} checked={paper === option} onChange={() => setPaper(option)} />
              {/* ISO sizes go by their names (A4…), in Persian too. */}
              {t(
                `print.papers.${option}`,
                option === 'letter' ? { width: 11, height: 8.5 } : { width: size.width, height: size.height, name: option.toUpperCase() },
              )}
            </label>
          );
        })}
      </fieldset>
      <p aria-live="polite" className="print-outcome">
        {shown === null
          ? t('print.measuring')
          : shown.pages === 1
            ? t('print.onePage', { size: Math.round(shown.notePx * PT_PER_PX) })
            : t('print.pages', { count: shown.pages, size: Math.round(shown.notePx * PT_PER_PX) })}
      </p>
      <p className="print-hint">{t('print.hint')}</p>
      <div className="notice-actions">
        <button type="button" className="button" onClick={print}>
          {t('print.print')}
        </button>
        <button type="button" className="button button-quiet" onClick={onClose}>
          {t('print.cancel')}
        </button>
      </div>
      {/* The pages laid out out of sight (outside the dialog, which is not laid out until it
          opens), to say how the canvas comes out on this paper. */}
      {createPortal(
        <div className="print-measure" aria-hidden="true">
          <PrintDocument key={paper} canvas={canvas} paper={paper} onOutcome={(result) => setOutcome({ ...result, paper })} />
        </div>,
        document.body,
      )}
    </Dialog>
  );
}
