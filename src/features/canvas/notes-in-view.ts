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
 * block's `body`: `drawn` when they already do or nothing can be read. The view ends at the
 * body's bottom where the body scrolls (the canvas's grid), at the window's where the page does
 * (blocks stacked on a narrow screen). A presentation lays the notes out in the list's own grid,
 * its notes not held to the least height: the shortest drawn note then counts if shorter.
 */
export function notesFillingView(body: HTMLElement, list: HTMLElement, drawn: number): number {
  const page = list.lastElementChild;
  const last = page?.lastElementChild;
  if (!page || !last) return drawn;
  const pageStyle = getComputedStyle(page);
  const grid = pageStyle.display === 'contents' ? getComputedStyle(list) : pageStyle;
  // The resolved track list ("170px 170px") once laid out as a grid.
  const columns = grid.display === 'grid' ? grid.gridTemplateColumns.split(' ').filter(Boolean).length : 0;
  let noteHeight = parseFloat(pageStyle.getPropertyValue('--note-min-block-size'));
  for (const note of list.querySelectorAll<HTMLElement>('[role="listitem"]')) {
    const height = note.getBoundingClientRect().height;
    if (height > 0 && !(height >= noteHeight)) noteHeight = height;
  }
  if (!(noteHeight > 0) || columns === 0) return drawn;
  const scrolls = getComputedStyle(body).overflowY !== 'visible';
  const bottom = scrolls ? Math.min(body.getBoundingClientRect().bottom, innerHeight) : innerHeight;
  const missing = bottom - last.getBoundingClientRect().bottom;
  return notesToFill({ drawn, columns, missing, noteHeight, gap: parseFloat(grid.rowGap) || 0 });
}
