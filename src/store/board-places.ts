/**
 * The places on the board that other parts of the app take the user to (the canvas check to a
 * block's "Add note", the relationships panel back to a block, the presentation scrolling a block)
 * and what they ask of it (is a note being dragged?). The canvas feature owns the board's markup
 * and provides the answers (features/canvas/board-places); the others ask here, never by the
 * board's class names, so a change of its markup cannot break them silently.
 */
import type { BlockId } from '@/domain/blocks';

export interface BoardPlaces {
  /** Moves focus to a block's "Add note" button, bringing it into view. */
  focusAddNote(blockId: BlockId): void;
  /** Moves focus to a note's choice of customer segments, bringing it into view. */
  focusNoteSegments(noteId: string): void;
  /** The part of a block that scrolls through its notes. */
  blockBody(blockId: BlockId): HTMLElement | null;
  /** Whether a note is being dragged (by pointer or keyboard) right now. */
  isDragging(): boolean;
}

let provided: BoardPlaces | null = null;

/** The canvas feature hands in how to reach its places while the board is on screen. Returns a function that takes them back. */
export function provideBoardPlaces(places: BoardPlaces): () => void {
  provided = places;
  return () => {
    if (provided === places) provided = null;
  };
}

/** The board's places, as far as a board is on screen (else nothing happens and nothing is found). */
export const boardPlaces: BoardPlaces = {
  focusAddNote: (blockId) => provided?.focusAddNote(blockId),
  focusNoteSegments: (noteId) => provided?.focusNoteSegments(noteId),
  blockBody: (blockId) => provided?.blockBody(blockId) ?? null,
  isDragging: () => provided?.isDragging() ?? false,
};
