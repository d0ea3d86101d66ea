import { useEffect, useState } from 'react';
import { fileActions, preloadFileActions } from './exports';

const carriesFiles = (event: DragEvent) => Array.from(event.dataTransfer?.types ?? []).includes('Files');

/** While a panel or list is open (a modal dialog), a drop must not switch the canvas under it. */
const dialogOpen = () => document.querySelector('dialog[open]') !== null;

/**
 * Files dropped anywhere on the page are imported as new canvases, when `enabled` and no dialog
 * is open; otherwise a drop does nothing (rather than the browser leaving the page to show the
 * file). Returns whether files are being dragged over the page, to show where to drop them. Notes
 * dragged inside the canvas use pointer events, not these, so the two never meet.
 */
export function useFileDrop(enabled: boolean): boolean {
  const [dragging, setDragging] = useState(false);
  useEffect(() => {
    let depth = 0;
    const accepts = () => enabled && !dialogOpen();
    const onEnter = (event: DragEvent) => {
      if (!carriesFiles(event)) return;
      event.preventDefault();
      if (depth === 0) preloadFileActions();
      depth += 1;
      setDragging(accepts());
    };
    const onOver = (event: DragEvent) => {
      if (!carriesFiles(event)) return;
      event.preventDefault();
      if (event.dataTransfer) event.dataTransfer.dropEffect = accepts() ? 'copy' : 'none';
    };
    const onLeave = (event: DragEvent) => {
      if (!carriesFiles(event)) return;
      depth = Math.max(0, depth - 1);
      if (depth === 0) setDragging(false);
    };
    const onDrop = (event: DragEvent) => {
      if (!carriesFiles(event)) return;
      event.preventDefault();
      depth = 0;
      setDragging(false);
      if (!accepts()) return;
      const files = Array.from(event.dataTransfer?.files ?? []);
      void fileActions().then((actions) => actions?.importCanvasFiles(files));
    };
    window.addEventListener('dragenter', onEnter);
    window.addEventListener('dragover', onOver);
    window.addEventListener('dragleave', onLeave);
    window.addEventListener('drop', onDrop);
    return () => {
      window.removeEventListener('dragenter', onEnter);
      window.removeEventListener('dragover', onOver);
      window.removeEventListener('dragleave', onLeave);
      window.removeEventListener('drop', onDrop);
      setDragging(false);
    };
  }, [enabled]);
  return dragging;
}
