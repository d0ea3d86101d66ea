/**
 * Laying a canvas out on paper (pure): the papers' printable areas, and how blocks measured on
 * screen are spread over pages, each block whole where it can be, its heading repeated where it
 * cannot.
 */
import type { BlockId } from '@/domain/blocks';
import type { Paper } from '@/persistence/preferences';
import { MARGIN_MM, PAPER_MM } from './paper-sizes';

const PX_PER_MM = 96 / 25.4;
/** Left unused at the foot of each page, for text that wraps slightly differently in print. */
const SLACK = 0.985;

/** The smallest printed text: 9 pt. */
export const MIN_TEXT_PX = 12;

/** What a landscape page of this paper holds inside its margins, in CSS pixels. */
export function printableArea(paper: Paper): { width: number; height: number } {
  const { width, height } = PAPER_MM[paper];
  return {
    width: Math.floor((width - 2 * MARGIN_MM) * PX_PER_MM),
    height: Math.floor((height - 2 * MARGIN_MM) * PX_PER_MM * SLACK),
  };
}

/**
 * How far text may grow to fill a large sheet: as on A4 for office papers, in proportion to the
 * sheet's width on a poster (twice the size on A2, four times on A0).
 */
export function largestZoom(paper: Paper): number {
  return Math.max(1, printableArea(paper).width / printableArea('a4').width);
}

/** A block as laid out across the page's width: its frame and heading, and its rows of notes. */
export interface MeasuredBlock {
  id: BlockId;
  /** Everything but the notes: borders, padding, heading. */
  frame: number;
  /** Each row of notes: how many notes, and where it starts and ends within the block's notes. */
  rows: readonly { count: number; top: number; bottom: number }[];
}

/** A block, or the part of one, on a page: notes `from` up to (not including) `to`. */
export interface Chunk {
  block: BlockId;
  from: number;
  to: number;
  /** Its heading is repeated: the block began on an earlier page. */
  continued: boolean;
}

/**
 * Spreads the blocks over pages `pageHeight` high (the first page has `firstPageUsed` taken by the
 * canvas's title, and `gap` lies between blocks). A block goes whole onto the page it starts on;
 * if the rest of that page is too short, onto the next; only a block longer than a page is cut,
 * between rows of notes, and goes on with its heading on the next page (such a block starts in
 * the room left on the page before, rather than leave it empty).
 */
export function paginate(blocks: readonly MeasuredBlock[], pageHeight: number, firstPageUsed: number, gap: number): Chunk[][] {
  const pages: Chunk[][] = [[]];
  let used = firstPageUsed;
  const newPage = () => {
    pages.push([]);
    used = 0;
  };
  for (const block of blocks) {
    const { rows } = block;
    const counts = rows.map((row) => row.count);
    const noteIndex = (row: number) => counts.slice(0, row).reduce((sum, count) => sum + count, 0);
    const heightOf = (from: number, to: number) => block.frame + (to > from ? rows[to - 1]!.bottom - rows[from]!.top : 0);
    const whole = heightOf(0, rows.length);
    let start = 0;
    let placed = false;
    while (!placed || start < rows.length) {
      const page = pages.at(-1)!;
      const room = pageHeight - used - (page.length > 0 ? gap : 0);
      let end = start;
      while (end < rows.length && heightOf(start, end + 1) <= room) end += 1;
      const fitsRest = heightOf(start, rows.length) <= room;
      // The rest of the page is too short for the whole block, which would fit on a page of its own.
      const waitForNextPage =
        page.length > 0 &&
        ((start === 0 && !fitsRest && whole <= pageHeight) || (end === start && rows.length > 0) || (rows.length === 0 && !fitsRest));
      if (waitForNextPage) {
        newPage();
        continue;
      }
      // A row taller than a whole page still goes somewhere.
      if (end === start && rows.length > 0) end = start + 1;
      if (fitsRest) end = rows.length;
      page.push({ block: block.id, from: noteIndex(start), to: noteIndex(end), continued: start > 0 });
      used += (page.length > 1 ? gap : 0) + heightOf(start, end);
      placed = true;
      start = end;
      if (start < rows.length) newPage();
    }
  }
  return pages;
}
