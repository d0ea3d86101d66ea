/**
 * Starts keeping the canvases in browser storage: the sync engine (persistence/sync) wired to the
 * canvas store; asks the browser to keep the storage for good; fetches the code that reads other
 * tabs' saves while the first screen is read.
 */
import { useStore } from 'zustand';
import { loadDocumentReader } from '@/persistence/document-reader';
import { browserStorage, type KeyValueStorage } from '@/persistence/local-storage';
import { startStorageSync as startEngine, storageStatus, type StorageStatus } from '@/persistence/sync/storage-sync';
import { syncedCanvases } from '@/store/synced-canvases';
import { afterFirstScreen } from '@/ui/idle';

export type { StorageStatus };

/** What saving has to tell the user, for the notices (which clear what was seen through `setState`). */
export const useStorageStatus = Object.assign(
  <T>(selector: (status: StorageStatus) => T): T => useStore(storageStatus, selector),
  storageStatus,
);

/** Loads saved canvases into the store and keeps storage up to date. Returns a function that stops it (after a last save). */
export function startStorageSync(storage: KeyValueStorage | null = browserStorage()): () => void {
  const stop = startEngine(syncedCanvases, storage);
  // Fetched while the user reads the first screen (once it is on screen): the code that reads another
  // tab's save (taken in at once then), and the request to keep the storage for good (nothing to keep before).
  const cancelPrefetch = afterFirstScreen(() => {
    loadDocumentReader().catch((error: unknown) => console.error('Could not load the code that reads saved canvases:', error));
    import('./keep-storage').then(
      ({ keepStorage }) => keepStorage(),
      (error: unknown) => console.error('Could not ask the browser to keep the storage:', error),
    );
  });
  return () => {
    cancelPrefetch();
    stop();
  };
}
