/**
 * Connects the canvas store to browser storage: loads the workspace once at start-up, then saves
 * the canvases that changed, shortly after the last change (so bursts of edits cost one write) and
 * at once when the page is hidden or closed; and takes in what other tabs save.
 */
import { create } from 'zustand';
import type { Canvas } from '@/domain/schema';
import { mergeCanvases } from '@/domain/merge';
import {
  browserStorage,
  canvasIdOf,
  loadWorkspace,
  readStoredCanvas,
  removeCanvas,
  saveCanvas,
  saveCurrentId,
  type KeyValueStorage,
  type UnreadableEntry,
} from '@/persistence/local-storage';
import { useCanvasStore } from '@/store/canvas-store';
import { withoutHistory } from '@/store/history';
import { commitPendingEdits } from '@/store/pending-edits';

export interface StorageStatus {
  /** Saved data that could not be read, and where it was kept. */
  unreadable: UnreadableEntry[];
  /** Ids of canvases upgraded from an older format on this load. */
  migrated: string[];
  /** Backups of unreadable data from earlier visits, still to be pointed out. */
  keptBackups: string[];
  /** Why the last save failed, or null while saving works. */
  saveProblem: 'quota' | 'unavailable' | null;
  /** Titles of canvases deleted in another tab while this one was open. */
  deletedElsewhere: string[];
}

export const useStorageStatus = create<StorageStatus>()(() => ({
  unreadable: [],
  migrated: [],
  keptBackups: [],
  saveProblem: null,
  deletedElsewhere: [],
}));

/** Quiet time after the last change before saving. */
export const SAVE_DELAY_MS = 400;
/** Longest a change waits for that quiet time. */
export const SAVE_MAX_WAIT_MS = 2000;

/** Loads saved canvases into the store and keeps storage up to date. Returns a function that stops it (after a last save). */
export function startStorageSync(storage: KeyValueStorage | null = browserStorage()): () => void {
  const snapshot = loadWorkspace(storage);
  // Loading is where history starts, not a step of it.
  withoutHistory(() => useCanvasStore.getState().openWorkspace(snapshot.canvases, snapshot.currentId));
  useStorageStatus.setState({
    unreadable: snapshot.unreadable,
    migrated: snapshot.migrated,
    keptBackups: snapshot.keptBackups,
    saveProblem: snapshot.available ? null : 'unavailable',
  });

  // What storage holds now, by canvas id; anything else in the store still needs writing.
  let saved: Record<string, Canvas> = Object.fromEntries(snapshot.canvases.map((canvas) => [canvas.id, canvas]));
  let savedCurrentId = snapshot.currentId;
  let timer: ReturnType<typeof setTimeout> | null = null;
  let firstPending: number | null = null;

  const flush = () => {
    if (timer !== null) clearTimeout(timer);
    timer = null;
    firstPending = null;
    const { canvases, currentId } = useCanvasStore.getState();
    let problem: StorageStatus['saveProblem'] = null;
    let attempted = false;
    const next = { ...saved };
    // Deleted canvases go first: that frees room for the writes (when storage is full, deleting is
    // how the user makes room). A reload meanwhile opens the most recent canvas left, or a new one.
    for (const id of Object.keys(saved)) {
      if (Object.hasOwn(canvases, id)) continue;
      attempted = true;
      const result = removeCanvas(storage, id);
      if (result.ok) delete next[id];
      else problem = result.reason;
    }
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

  // Saves wait for a quiet moment, but never longer than SAVE_MAX_WAIT_MS after the first unsaved change.
  const schedule = () => {
    if (timer !== null) clearTimeout(timer);
    const now = Date.now();
    firstPending ??= now;
    const wait = Math.max(0, Math.min(SAVE_DELAY_MS, firstPending + SAVE_MAX_WAIT_MS - now));
    timer = setTimeout(flush, wait);
  };

  const unsubscribe = useCanvasStore.subscribe((state, previous) => {
    if (state.canvases !== previous.canvases || state.currentId !== previous.currentId) schedule();
  });
  // Leaving the page: open editors save into the store, then the store is written at once.
  const saveNow = () => {
    commitPendingEdits();
    flush();
  };
  const onHide = () => {
    if (document.visibilityState === 'hidden') saveNow();
  };
  // Another tab saved a canvas: show it here at once, merged with any edit this tab has not saved yet.
  const onStorage = (event: StorageEvent) => {
    const id = event.key ? canvasIdOf(event.key) : null;
    if (id === null) return;
    if (event.newValue === null) {
      // Deleted in another tab: it goes here too, unless this tab holds edits not yet saved,
      // including a note still being typed (then it is kept, and saved again).
      if (id === useCanvasStore.getState().currentId) commitPendingEdits();
      const ours = useCanvasStore.getState().canvases[id];
      if (ours && ours === saved[id]) {
        const { [id]: _gone, ...rest } = saved;
        saved = rest;
        withoutHistory(() => useCanvasStore.getState().deleteCanvas(id));
        useStorageStatus.setState((status) => ({ deletedElsewhere: [...status.deletedElsewhere, ours.title] }));
      }
      return;
    }
    const result = readStoredCanvas(event.newValue);
    if (!result.ok) return;
    const theirs = result.canvas;
    const ours = useCanvasStore.getState().canvases[theirs.id];
    const base = saved[theirs.id];
    const next = ours && base && ours !== base ? mergeCanvases(base, ours, theirs) : theirs;
    saved = { ...saved, [theirs.id]: theirs };
    // Another tab's step, not this tab's: it is not undone from here (and undo here keeps it).
    withoutHistory(() => useCanvasStore.getState().receiveCanvas(next));
  };
  window.addEventListener('storage', onStorage);
  window.addEventListener('pagehide', saveNow);
  document.addEventListener('visibilitychange', onHide);
  // A new workspace (nothing saved yet) is written at once, so a reload finds the same canvas.
  schedule();

  return () => {
    flush();
    unsubscribe();
    window.removeEventListener('pagehide', saveNow);
    window.removeEventListener('storage', onStorage);
    document.removeEventListener('visibilitychange', onHide);
  };
}
