/**
 * Whether a block's first notes fill what its view shows, and if not, how many would: read once
 * the first frame is laid out, before it is painted (./Block). Its notes stand in the columns of
 * their page's grid and are at least `--note-min-block-size` tall (canvas.css, where the note
 * holds to it), `--note-gap` apart.
 */

/** What the count is made from (CSS px). */
export interface Shortfall {
  /** Notes drawn so far. */
  drawn: number;
  /** Columns of the notes' grid. */
  columns: number;
  /** From the last drawn note's bottom to the bottom of what the block shows (nothing missing: ≤ 0). */
  missing: number;
  noteHeight: number;
  gap: number;
}

/** Notes that fill the view: the last row made whole, then rows of the least note's height down past its bottom. */
export function notesToFill({ drawn, columns, missing, noteHeight, gap }: Shortfall): number {
  if (missing <= 0) return drawn;
  const rows = Math.ceil(missing / (noteHeight + gap)) + 1;
  return (Math.ceil(drawn / columns) + rows) * columns;
}

/**
 * How many notes fill the view of `list`, whose `drawn` notes (in pages) are laid out in the
 * block's scrolling `body`: `drawn` when they already do or nothing can be read.
 */
export function notesFillingView(body: HTMLElement, list: HTMLElement, drawn: number): number {
  const page = list.lastElementChild;
  const last = page?.lastElementChild;
  if (!page || !last) return drawn;
  const style = getComputedStyle(page);
  const noteHeight = parseFloat(style.getPropertyValue('--note-min-block-size'));
  const columns = style.gridTemplateColumns.split(' ').filter(Boolean).length;
  if (!(noteHeight > 0) || columns === 0) return drawn;
  const bottom = Math.min(body.getBoundingClientRect().bottom, innerHeight);
  const missing = bottom - last.getBoundingClientRect().bottom;
  return notesToFill({ drawn, columns, missing, noteHeight, gap: parseFloat(style.rowGap) || 0 });
}
