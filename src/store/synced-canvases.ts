/**
 * The canvas store as the storage sync engine sees it (persistence/sync): what arrives from
 * storage or another tab goes in with its origin, and the engine hears of every change.
 */
import type { SyncedCanvases } from '@/persistence/sync/storage-sync';
import { canvasActions, useCanvasStore } from './canvas-store';
import { onCanvasChange } from './changes';
import { commitPendingEdits } from './pending-edits';

export const syncedCanvases: SyncedCanvases = {
  current: () => useCanvasStore.getState(),
  subscribe: (listener) => onCanvasChange(() => listener()),
  load: (canvases, currentId) => canvasActions().openWorkspace(canvases, currentId),
  receive: (canvas) => canvasActions().receiveCanvas(canvas),
  remove: (canvasId) => void canvasActions().deleteCanvas(canvasId, 'remote'),
  commitEdits: (noteIds) => void commitPendingEdits(noteIds),
};
