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
  return STORY_ORDER.map((blockId) => {
    const voted = canvas.blocks[blockId].map((id) => canvas.notes[id]!).filter((note) => (note.votes ?? 0) > 0);
    const sorted = [...voted].sort((a, b) => (b.votes ?? 0) - (a.votes ?? 0));
    let rank = 0;
    const notes = sorted.map((note, index) => {
      if (index === 0 || note.votes !== sorted[index - 1]!.votes) rank = index + 1;
      return { note, rank };
    });
    return { blockId, notes };
  });
}
