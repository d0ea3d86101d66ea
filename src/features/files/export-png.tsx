/**
 * The canvas as a PNG image, drawn from its data by CanvasSheet in an off-screen host and captured
 * at twice its size by html-to-image (the browser itself lays out the text, so Persian is shaped
 * and ordered as on screen). Loaded only when the user asks for an image.
 */
import { toBlob } from 'html-to-image';
import { flushSync } from 'react-dom';
import { createRoot } from 'react-dom/client';
import type { Canvas } from '@/domain/schema';
import { CanvasSheet } from '@/ui/CanvasSheet';

/** Width of the image in CSS pixels (the file is twice that). */
export const IMAGE_WIDTH = 1600;

export async function renderCanvasPng(canvas: Canvas): Promise<Blob> {
  const host = document.createElement('div');
  host.className = 'sheet-host';
  // A copy of the canvas drawn for the camera only: screen readers must not meet it twice.
  host.setAttribute('aria-hidden', 'true');
  host.style.inlineSize = `${IMAGE_WIDTH}px`;
  document.body.append(host);
  const root = createRoot(host);
  try {
    flushSync(() => root.render(<CanvasSheet canvas={canvas} />));
    await document.fonts.ready;
    const sheet = host.firstElementChild as HTMLElement;
    const blob = await toBlob(sheet, {
      pixelRatio: 2,
      width: sheet.offsetWidth,
      height: sheet.offsetHeight,
      backgroundColor: getComputedStyle(document.documentElement).getPropertyValue('--paper').trim() || '#ffffff',
    });
    if (!blob) throw new Error('The image could not be drawn.');
    return blob;
  } finally {
    root.unmount();
    host.remove();
  }
}
