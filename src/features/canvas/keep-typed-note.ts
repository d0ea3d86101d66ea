import type { BlockId } from '@/domain/blocks';
import type { NoteColor } from '@/domain/schema';
import { newId } from '@/lib/ids';
import { offerNotKept } from '@/persistence/sync/storage-status';
import { canvasActions, selectCurrentCanvas, useCanvasStore } from '@/store/canvas-store';

/**
 * Adds a note someone has typed to the open canvas. When the canvas cannot take it (it filled up
 * while it was typed: another tab's save), the note is offered instead (put it in a new canvas, or
 * copy it), never dropped. Returns whether it was added.
 */
export function addTypedNote(blockId: BlockId, text: string, options: { color?: NoteColor; index?: number } = {}): boolean {
  if (canvasActions().addNote(blockId, text, options) !== null) return true;
  const canvasId = selectCurrentCanvas(useCanvasStore.getState()).id;
  offerNotKept(canvasId, [{ note: { id: newId(), text, color: options.color ?? 'yellow' }, blockId }]);
  return false;
}
