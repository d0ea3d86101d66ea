/**
 * Whether the browser has promised to keep Boom's storage (see persistence/persistent-storage):
 * null until known. Set by the app's storage wiring; shown where the canvases are listed.
 */
import { create } from 'zustand';
import type { Persistence } from '@/persistence/persistent-storage';

export const useStorageKept = create<{ persistence: Persistence | null }>(() => ({ persistence: null }));
