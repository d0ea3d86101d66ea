/**
 * The one path every change to the canvases takes, with where it came from. The canvas store
 * hands each change here once it is made; history, saving and syncing listen here rather than to
 * the store, so each can tell the user's own changes from those that arrived.
 */
import type { Canvas } from '@/domain/schema';

/**
 * Where a change came from:
 * - `local`: the person at this screen (typing, dragging, importing a file, deleting a canvas);
 *   history records these, and a live room sends them;
 * - `undo`: undo or redo here, the person's too, sent like `local` but never recorded as a step;
 * - `remote`: another tab's save or, in a live room, another person;
 * - `load`: what Boom reads in or sets up by itself (the canvases in storage at start-up, the
 *   empty first canvas taking the language Boom is shown in).
 */
export type ChangeOrigin = 'local' | 'undo' | 'remote' | 'load';

/** What the canvases are at a moment: all of them, and which one is open. */
export interface Workspace {
  canvases: Readonly<Record<string, Canvas>>;
  currentId: string;
}

export interface CanvasChange {
  origin: ChangeOrigin;
  before: Workspace;
  after: Workspace;
}

type Listener = (change: CanvasChange) => void;

const listeners = new Set<Listener>();

/** Calls `listener` after every change to the canvases or to which one is open. Returns a function that stops it. */
export function onCanvasChange(listener: Listener): () => void {
  listeners.add(listener);
  return () => void listeners.delete(listener);
}

/** Tells every listener of a change (the canvas store's part; nothing else calls it). */
export function announceChange(change: CanvasChange): void {
  for (const listener of [...listeners]) listener(change);
}
