import { STORY_ORDER, type BlockId } from '@/domain/blocks';
import type { Canvas, Note } from '@/domain/schema';

export interface RankedNote {
  note: Note;
  /** 1 for the most voted; notes with as many votes share a rank. */
  rank: number;
}

/**
 * The voted notes of each block, the most voted first (ties keep the block's order), blocks in
 * storytelling order. Notes without votes are left out.
 */
export function mostVoted(canvas: Canvas): { blockId: BlockId; notes: RankedNote[] }[] {
  return STORY_ORDER.map((blockId) => ({ blockId, notes: ranked(votedIn(canvas, blockId)) }));
}

/** How many notes the whole canvas's ranking shows (more when notes tie for the last place). */
export const TOP_OF_CANVAS = 10;

/**
 * The most voted notes of the whole canvas: the first `count`, and any tied with the last of
 * them (a tie is never cut in two). Ties keep storytelling order, then the block's order.
 */
export function topVoted(canvas: Canvas, count = TOP_OF_CANVAS): (RankedNote & { blockId: BlockId })[] {
  const all = STORY_ORDER.flatMap((blockId) => votedIn(canvas, blockId).map((note) => ({ note, blockId })));
  const blockOf = new Map(all.map(({ note, blockId }) => [note.id, blockId]));
  return ranked(all.map(({ note }) => note))
    .filter(({ rank }) => rank <= count)
    .map((entry) => ({ ...entry, blockId: blockOf.get(entry.note.id)! }));
}

const votedIn = (canvas: Canvas, blockId: BlockId): Note[] =>
  canvas.blocks[blockId].map((id) => canvas.notes[id]!).filter((note) => (note.votes ?? 0) > 0);

/** The notes, the most voted first (a stable sort: ties keep their order), ties sharing a rank. */
function ranked(notes: readonly Note[]): RankedNote[] {
  const sorted = [...notes].sort((a, b) => (b.votes ?? 0) - (a.votes ?? 0));
  let rank = 0;
  return sorted.map((note, index) => {
    if (index === 0 || note.votes !== sorted[index - 1]!.votes) rank = index + 1;
    return { note, rank };
  });
}
