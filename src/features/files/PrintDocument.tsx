import { useEffectEvent, useLayoutEffect, useRef, useState } from 'react';
import { useTranslation } from '@/i18n/useTranslation';
import { STORY_ORDER } from '@/domain/blocks';
import type { Canvas } from '@/domain/schema';
import type { Paper } from '@/persistence/preferences';
import { CanvasSheet, SheetBlock, SheetHeader } from '@/ui/CanvasSheet';
import { largestZoom, MIN_TEXT_PX, paginate, printableArea, type Chunk, type MeasuredBlock } from './print-layout';

/** How a canvas came out on paper: how many pages, and the size of its notes' text (CSS px). */
export interface PrintOutcome {
  pages: number;
  notePx: number;
}

type Phase = { kind: 'onePage' } | { kind: 'measure'; zoom: number } | { kind: 'pages'; zoom: number; pages: Chunk[][]; notePx: number };

interface PrintDocumentProps {
  canvas: Canvas;
  paper: Paper;
  onOutcome?: (outcome: PrintOutcome) => void;
}

/**
 * A canvas on paper. First as the canvas, on one landscape page, its text as large as fits and
 * never below 9 pt; a canvas that cannot fit so goes onto more pages, its blocks one under
 * another in the storytelling order, each block whole where it can be and its heading repeated
 * where it goes on. Laid out by measuring (here, out of sight on screen): give it a `key` that
 * changes with the canvas and the paper, so it starts over.
 */
export function PrintDocument({ canvas, paper, onOutcome }: PrintDocumentProps) {
  const { t } = useTranslation();
  const [phase, setPhase] = useState<Phase>({ kind: 'onePage' });
  const root = useRef<HTMLDivElement>(null);
  const area = printableArea(paper);

  // Laid out once per phase; a new canvas or paper remounts it (see the key above).
  const layOut = useEffectEvent((phase: Phase) => {
    const element = root.current;
    if (!element) return;
    if (phase.kind === 'onePage') {
      const sheet = element.querySelector<HTMLElement>('.sheet')!;
      const least = leastZoom(sheet);
      const size = notePx(sheet);
      const zoom = fitOnePage(sheet, area, least, largestZoom(paper));
      if (zoom === null) setPhase({ kind: 'measure', zoom: Math.max(least, 1) });
      else onOutcome?.({ pages: 1, notePx: size * zoom });
    } else if (phase.kind === 'measure') {
      const flow = element.querySelector<HTMLElement>('.print-flow')!;
      setPhase({ kind: 'pages', zoom: phase.zoom, pages: paginateFlow(flow, area.height / phase.zoom), notePx: notePx(flow) * phase.zoom });
    } else {
      onOutcome?.({ pages: phase.pages.length, notePx: phase.notePx });
    }
  });
  useLayoutEffect(() => layOut(phase), [phase]);

  const footer = (page: number, pages: number) => (
    <footer className="sheet-footer">
      {t('sheet.madeWith')}
      {pages > 1 && ` · ${t('sheet.page', { page, pages })}`}
    </footer>
  );

  return (
    <div ref={root} className="print-doc">
      {phase.kind === 'onePage' && (
        <div className="print-page">
          <CanvasSheet canvas={canvas} />
        </div>
      )}
      {phase.kind === 'measure' && (
        <div className="print-page">
          <article className="sheet print-flow" style={{ inlineSize: `${area.width / phase.zoom}px` }}>
            <SheetHeader canvas={canvas} />
            {STORY_ORDER.map((blockId) => (
              <SheetBlock key={blockId} canvas={canvas} blockId={blockId} />
            ))}
            {footer(2, 2)}
          </article>
        </div>
      )}
      {phase.kind === 'pages' &&
        phase.pages.map((chunks, index) => (
          <div key={index} className="print-page">
            <article className="sheet print-flow" style={{ inlineSize: `${area.width / phase.zoom}px`, zoom: phase.zoom }}>
              {index === 0 && <SheetHeader canvas={canvas} />}
              {chunks.map((chunk) => (
                <SheetBlock
                  key={chunk.block}
                  canvas={canvas}
                  blockId={chunk.block}
                  from={chunk.from}
                  to={chunk.to}
                  continued={chunk.continued}
                />
              ))}
              {footer(index + 1, phase.pages.length)}
            </article>
          </div>
        ))}
    </div>
  );
}

/** The least zoom that keeps every text of the sheet at 9 pt or more. */
function leastZoom(sheet: HTMLElement): number {
  sheet.style.zoom = '1';
  let least = Infinity;
  const walker = document.createTreeWalker(sheet, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    // Words only a screen reader is given are not printed.
    if (!node.textContent?.trim() || !node.parentElement || node.parentElement.closest('.visually-hidden')) continue;
    least = Math.min(least, parseFloat(getComputedStyle(node.parentElement).fontSize));
  }
  return Number.isFinite(least) ? MIN_TEXT_PX / least : 1;
}

const notePx = (sheet: HTMLElement) => {
  const text = sheet.querySelector('.sheet-note-text') ?? sheet.querySelector('h3');
  return text ? parseFloat(getComputedStyle(text).fontSize) : 16;
};

/**
 * The largest zoom between `least` and `most` at which the sheet fits the page (at a smaller zoom
 * it is laid out wider, so its text reflows into fewer lines), or null if even `least` does not.
 */
function fitOnePage(sheet: HTMLElement, area: { width: number; height: number }, least: number, most: number): number | null {
  const fits = (zoom: number) => {
    sheet.style.zoom = String(zoom);
    sheet.style.inlineSize = `${area.width / zoom}px`;
    return sheet.getBoundingClientRect().height <= area.height;
  };
  // Large default text can need more than the paper's own largest zoom to stay at 9 pt.
  const top = Math.max(most, least);
  if (fits(top)) return top;
  if (!fits(least)) return null;
  let low = least;
  let high = top;
  for (let step = 0; step < 10; step += 1) {
    const middle = (low + high) / 2;
    if (fits(middle)) low = middle;
    else high = middle;
  }
  fits(low);
  return low;
}

/** Measures the blocks laid out one under another and spreads them over pages. */
function paginateFlow(flow: HTMLElement, pageHeight: number): Chunk[][] {
  const style = getComputedStyle(flow);
  const gap = parseFloat(style.rowGap) || 0;
  const padding = (parseFloat(style.paddingBlockStart) || 0) + (parseFloat(style.paddingBlockEnd) || 0);
  const header = flow.querySelector<HTMLElement>('.sheet-header')!;
  const footer = flow.querySelector<HTMLElement>('.sheet-footer')!;
  const blocks: MeasuredBlock[] = [...flow.querySelectorAll<HTMLElement>('.sheet-block')].map((section) => {
    const list = section.querySelector<HTMLElement>('.sheet-notes');
    const id = section.dataset.block as MeasuredBlock['id'];
    if (!list) return { id, frame: section.offsetHeight, rows: [] };
    const rows: { count: number; top: number; bottom: number }[] = [];
    for (const item of list.children) {
      const top = (item as HTMLElement).offsetTop - list.offsetTop;
      const bottom = top + (item as HTMLElement).offsetHeight;
      const row = rows.at(-1);
      if (row && Math.abs(row.top - top) < 1) {
        row.count += 1;
        row.bottom = Math.max(row.bottom, bottom);
      } else rows.push({ count: 1, top, bottom });
    }
    return { id, frame: section.offsetHeight - list.offsetHeight, rows };
  });
  // Each page keeps room at its foot for the footer.
  return paginate(blocks, pageHeight - padding - footer.offsetHeight - gap, header.offsetHeight + gap, gap);
}
