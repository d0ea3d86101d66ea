/**
 * Starts keeping the canvases in browser storage: the sync engine (persistence/sync) wired to the
 * canvas store; asks the browser to keep the storage for good; fetches the code that reads other
 * tabs' saves while the first screen is read.
 */
import { useStore } from 'zustand';
import { loadDocumentReader } from '@/persistence/document-reader';
import { browserStorage, type KeyValueStorage } from '@/persistence/local-storage';
import { persistence, requestPersistence } from '@/persistence/persistent-storage';
import { startStorageSync as startEngine, storageStatus, type StorageStatus } from '@/persistence/sync/storage-sync';
import { useCanvasStore } from '@/store/canvas-store';
import { onCanvasChange } from '@/store/changes';
import { useStorageKept } from '@/store/storage-kept';
import { syncedCanvases } from '@/store/synced-canvases';
import { whenIdle } from '@/ui/idle';

export type { StorageStatus };

/** What saving has to tell the user, for the notices (which clear what was seen through `setState`). */
export const useStorageStatus = Object.assign(
  <T>(selector: (status: StorageStatus) => T): T => useStore(storageStatus, selector),
  storageStatus,
);

/** Loads saved canvases into the store and keeps storage up to date. Returns a function that stops it (after a last save). */
export function startStorageSync(storage: KeyValueStorage | null = browserStorage()): () => void {
  const stop = startEngine(syncedCanvases, storage);
  void keepStorage();
  // Fetched while the user reads the first screen, so another tab's save is taken in at once.
  const cancelPrefetch = whenIdle(() =>
    loadDocumentReader().catch((error: unknown) => console.error('Could not load the code that reads saved canvases:', error)),
  );
  return () => {
    cancelPrefetch();
    stop();
  };
}

/**
 * Asks the browser to keep Boom's storage for good (so it is not cleared when the disk runs
 * short), once there is work worth keeping: at once if a canvas has notes, else at the first
 * note. What the browser answers is shown in the Canvases list.
 */
async function keepStorage(): Promise<void> {
  const now = await persistence();
  useStorageKept.setState({ persistence: now });
  if (now !== 'denied') return;
  const hasNotes = () => Object.values(useCanvasStore.getState().canvases).some((canvas) => Object.keys(canvas.notes).length > 0);
  const ask = async () => useStorageKept.setState({ persistence: await requestPersistence() });
  if (hasNotes()) return ask();
  const stop = onCanvasChange(() => {
    if (!hasNotes()) return;
    stop();
    void ask();
  });
}
