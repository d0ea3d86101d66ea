import type { BlockId } from '@/domain/blocks';
import type { Canvas } from '@/domain/schema';

/** The canvas's five columns above its foot, left to right in reading order, and their blocks. */
const COLUMNS: readonly (readonly BlockId[])[] = [
  ['keyPartners'],
  ['keyActivities', 'keyResources'],
  ['valuePropositions'],
  ['customerRelationships', 'channels'],
  ['customerSegments'],
];

/** What a note takes beyond its text (its padding, its marks), in characters of text. */
const NOTE_OVERHEAD = 40;
/** What any column is given before its notes count, in characters of text: a sparse canvas keeps even columns. */
const COLUMN_BASE = 200;
/** How far a column may narrow or widen from an even share: the canvas stays recognisable. */
const LEAST_SHARE = 0.7;
const MOST_SHARE = 1.8;

/**
 * The overview's column widths (a `grid-template-columns` value for the ten-column canvas grid):
 * each column as wide as its notes need compared with the others, within bounds, so a full
 * Channels column takes width from an empty Key Partners rather than having its notes cut off.
 * The foot (costs and revenue) keeps its split at the middle of Value Propositions.
 */
export function overviewColumns(canvas: Canvas): string {
  const needs = COLUMNS.map((blocks) =>
    blocks.reduce(
      (sum, blockId) => sum + canvas.blocks[blockId].reduce((text, id) => text + (canvas.notes[id]?.text.length ?? 0) + NOTE_OVERHEAD, 0),
      COLUMN_BASE,
    ),
  );
  const mean = needs.reduce((sum, need) => sum + need, 0) / needs.length;
  const shares = needs.map((need) => Math.min(MOST_SHARE, Math.max(LEAST_SHARE, need / mean)));
  return shares.map((share) => `repeat(2, minmax(0, ${share.toFixed(3)}fr))`).join(' ');
}
