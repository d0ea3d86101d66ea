/**
 * How the rest of the app reaches places on this board (see store/board-places): the board's
 * markup is known here, next to the components that draw it, and nowhere else.
 */
import type { BlockId } from '@/domain/blocks';
import type { BoardPlaces } from '@/store/board-places';
import { BLOCK_BODY } from './Block';
import { useBoardDrag } from './drag-state';

/** A block's "Add note" button (./Block draws it; ./board-keys gets to it by keyboard). */
export const ADD_NOTE = '.add-note';

const inBlock = (blockId: BlockId, selector: string) => document.querySelector<HTMLElement>(`.block[data-block="${blockId}"] ${selector}`);

/** Focus that the user sees, on a place brought into view (it may be far from the pointer). */
function show(element: HTMLElement | null | undefined): void {
  element?.scrollIntoView?.({ block: 'center' });
  element?.focus({ focusVisible: true });
}

export const canvasBoardPlaces: BoardPlaces = {
  focusAddNote: (blockId) => show(inBlock(blockId, ADD_NOTE)),
  focusNoteSegments: (noteId) => show(document.querySelector<HTMLElement>(`[data-note-id="${CSS.escape(noteId)}"] .segments-button`)),
  blockBody: (blockId) => inBlock(blockId, `.${BLOCK_BODY}`),
  isDragging: () => useBoardDrag.getState().items !== null,
};
