/**
 * Connects the canvas store to browser storage: loads the workspace once at start-up, then saves
 * the canvases that changed, shortly after the last change (so bursts of edits cost one write) and
 * at once when the page is hidden or closed.
 */
import { create } from 'zustand';
import type { Canvas } from '@/domain/schema';
import {
  browserStorage,
  loadWorkspace,
  saveCanvas,
  saveCurrentId,
  type KeyValueStorage,
  type UnreadableEntry,
} from '@/persistence/local-storage';
import { useCanvasStore } from '@/store/canvas-store';

export interface StorageStatus {
  /** Saved data that could not be read, and where it was kept. */
  unreadable: UnreadableEntry[];
  /** Ids of canvases upgraded from an older format on this load. */
  migrated: string[];
  /** Why the last save failed, or null while saving works. */
  saveProblem: 'quota' | 'unavailable' | null;
}

export const useStorageStatus = create<StorageStatus>()(() => ({ unreadable: [], migrated: [], saveProblem: null }));

/** Quiet time after the last change before saving. */
export const SAVE_DELAY_MS = 400;

/** Loads saved canvases into the store and keeps storage up to date. Returns a function that stops it (after a last save). */
export function startStorageSync(storage: KeyValueStorage | null = browserStorage()): () => void {
  const snapshot = loadWorkspace(storage);
  useCanvasStore.getState().openWorkspace(snapshot.canvases, snapshot.currentId);
  useStorageStatus.setState({
    unreadable: snapshot.unreadable,
    migrated: snapshot.migrated,
    saveProblem: snapshot.available ? null : 'unavailable',
  });

  // What storage holds now, by canvas id; anything else in the store still needs writing.
  let saved: Record<string, Canvas> = Object.fromEntries(snapshot.canvases.map((canvas) => [canvas.id, canvas]));
  let savedCurrentId = snapshot.currentId;
  let timer: ReturnType<typeof setTimeout> | null = null;

  const flush = () => {
    if (timer !== null) clearTimeout(timer);
    timer = null;
    const { canvases, currentId } = useCanvasStore.getState();
    let problem: StorageStatus['saveProblem'] = null;
    let attempted = false;
    const next = { ...saved };
    for (const canvas of Object.values(canvases)) {
      if (saved[canvas.id] === canvas) continue;
      attempted = true;
      const result = saveCanvas(storage, canvas);
      if (result.ok) next[canvas.id] = canvas;
      else problem = result.reason;
    }
    saved = next;
    // The pointer to the open canvas is written only once that canvas is itself saved.
    if (problem === null && savedCurrentId !== currentId && saved[currentId]) {
      attempted = true;
      const result = saveCurrentId(storage, currentId);
      if (result.ok) savedCurrentId = currentId;
      else problem = result.reason;
    }
    if (attempted && useStorageStatus.getState().saveProblem !== problem) useStorageStatus.setState({ saveProblem: problem });
  };

  const schedule = () => {
    if (timer !== null) clearTimeout(timer);
    timer = setTimeout(flush, SAVE_DELAY_MS);
  };

  const unsubscribe = useCanvasStore.subscribe((state, previous) => {
    if (state.canvases !== previous.canvases || state.currentId !== previous.currentId) schedule();
  });
  const onHide = () => {
    if (document.visibilityState === 'hidden') flush();
  };
  window.addEventListener('pagehide', flush);
  document.addEventListener('visibilitychange', onHide);
  // A new workspace (nothing saved yet) is written at once, so a reload finds the same canvas.
  schedule();

  return () => {
    flush();
    unsubscribe();
    window.removeEventListener('pagehide', flush);
    document.removeEventListener('visibilitychange', onHide);
  };
}
