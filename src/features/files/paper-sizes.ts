/** The papers' sizes and the page rule printing sets: all the first screen needs of printing (the layout is ./print-layout). */
import type { Paper } from '@/persistence/preferences';

/** Landscape sheets, in millimetres. */
export const PAPER_MM: Record<Paper, { width: number; height: number }> = {
  a4: { width: 297, height: 210 },
  letter: { width: 279.4, height: 215.9 },
  a3: { width: 420, height: 297 },
  a2: { width: 594, height: 420 },
  a1: { width: 841, height: 594 },
  a0: { width: 1189, height: 841 },
};

export const MARGIN_MM = 8;

export const paperSize = (paper: Paper) => PAPER_MM[paper];

/** The page rule for a paper, landscape, with the margins the printable area allows for. */
export const pageRule = (paper: Paper) => `@page { size: ${PAPER_MM[paper].width}mm ${PAPER_MM[paper].height}mm; margin: ${MARGIN_MM}mm; }`;
