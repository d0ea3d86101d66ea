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
      includeStyleProperties: styledProperties(),
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

/** Always copied: what the page gives every element without a rule of ours (the language's direction). */
const ALWAYS_COPIED = ['direction', 'unicode-bidi', 'font-family', 'font-size', 'line-height', 'color'];

/**
 * The style properties the app's own rules set, any of them: html-to-image copies each listed
 * property of every element into the image, and by default lists all the browser knows (some 350),
 * which made a 300-note image take two seconds. The browser's defaults need no copy: the image is
 * drawn by the same browser. The list does not depend on the canvas: html-to-image keeps the first
 * one it is given for the rest of the page's life.
 */
function styledProperties(): string[] {
  const names = new Set(ALWAYS_COPIED);
  const visit = (rules: CSSRuleList) => {
    for (const rule of rules) {
      if (rule instanceof CSSStyleRule) for (const name of rule.style) names.add(name);
      if ('cssRules' in rule && rule.cssRules instanceof CSSRuleList) visit(rule.cssRules);
    }
  };
  for (const styleSheet of document.styleSheets) {
    try {
      visit(styleSheet.cssRules);
    } catch {
      // A sheet from elsewhere cannot be read (none is loaded today): its rules are not ours.
    }
  }
  return [...names].filter((name) => !name.startsWith('--'));
}
