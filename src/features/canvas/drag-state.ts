/**
 * What the drag layer (./DragLayer, loaded once the board is on screen) lends the board. dnd-kit
 * is not needed to read or edit a canvas, so it stays out of the first screen's code: the layer's
 * own components call dnd-kit's hooks, one per note and block, and publish here what a note or a
 * block needs to take part in dragging. The board's components only subscribe, so they never
 * remount (and lose a draft or focus) when the layer arrives. Until then they are plain.
 */
import type { DraggableAttributes, DraggableSyntheticListeners } from '@dnd-kit/core';
import { useCallback, useSyncExternalStore } from 'react';
import { create } from 'zustand';
import type { BlockId } from '@/domain/blocks';
import type { BlockLists } from '@/domain/schema';

/** A note's part in dragging: where dnd-kit listens, what the handle announces, how the note moves. */
export interface NoteDrag {
  setNodeRef: (element: HTMLElement | null) => void;
  setActivatorNodeRef: (element: HTMLElement | null) => void;
  listeners: DraggableSyntheticListeners;
  attributes: DraggableAttributes;
  /** CSS transform and transition while notes make room for the dragged one. */
  transform: string | undefined;
  transition: string | undefined;
  isDragging: boolean;
}

/** A block's part: the element a note can be dropped into. */
export interface BlockDrag {
  setNodeRef: (element: HTMLElement | null) => void;
}

/** A map whose entries can each be watched on their own (a thousand notes, one re-render each). */
function keyedStore<T>() {
  const values = new Map<string, T>();
  const watchers = new Map<string, Set<() => void>>();
  const notify = (key: string) => watchers.get(key)?.forEach((watcher) => watcher());
  return {
    get: (key: string) => values.get(key),
    set(key: string, value: T) {
      values.set(key, value);
      notify(key);
    },
    delete(key: string) {
      if (values.delete(key)) notify(key);
    },
    subscribe(key: string, watcher: () => void) {
      const set = watchers.get(key) ?? new Set();
      watchers.set(key, set.add(watcher));
      return () => {
        set.delete(watcher);
        if (set.size === 0) watchers.delete(key);
      };
    },
  };
}

export const noteDrags = keyedStore<NoteDrag>();
export const blockDrags = keyedStore<BlockDrag>();

function useKeyed<T>(store: ReturnType<typeof keyedStore<T>>, key: string): T | undefined {
  const subscribe = useCallback((watcher: () => void) => store.subscribe(key, watcher), [store, key]);
  const get = useCallback(() => store.get(key), [store, key]);
  return useSyncExternalStore(subscribe, get, get);
}

/** The note's drag binding, once the drag layer is there. */
export const useNoteDrag = (noteId: string) => useKeyed(noteDrags, noteId);

/** The block's drop binding, once the drag layer is there. */
export const useBlockDrag = (blockId: BlockId) => useKeyed(blockDrags, blockId);

interface BoardDrag {
  /**
   * While a note is dragged, the note lists as they would be after the drop (the store is
   * changed once, on drop). Null when nothing is being dragged.
   */
  items: BlockLists | null;
  /** The block a dragged note would land in now. */
  overBlock: BlockId | null;
}

export const useBoardDrag = create<BoardDrag>()(() => ({ items: null, overBlock: null }));

/**
 * Notes that have come into sight (./note-visibility): only they take part in dragging. dnd-kit redraws
 * every draggable whenever one is added, so a thousand of them made each new note cost a long
 * pause; notes out of sight cannot be grabbed anyway, and come into it as a block scrolls.
 */
export const useVisibleNotes = create<{ seen: ReadonlySet<string> }>()(() => ({ seen: new Set() }));

let newlySeen: string[] = [];

/** Counts a note as in sight; notes seen in one moment are added in one step. */
export function markVisible(noteId: string): void {
  if (useVisibleNotes.getState().seen.has(noteId)) return;
  if (newlySeen.length === 0) {
    queueMicrotask(() => {
      const ids = newlySeen;
      newlySeen = [];
      useVisibleNotes.setState(({ seen }) => ({ seen: new Set([...seen, ...ids]) }));
    });
  }
  newlySeen.push(noteId);
}
