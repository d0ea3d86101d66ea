/**
 * What the storage engine (./storage-sync) has to tell the user, in a module of its own: the board
 * offers a note here too (features/canvas/Block), and a note's box must not bring the engine along.
 */
import { createStore } from 'zustand/vanilla';
import type { NoteNotKept } from '@/domain/merge';
import type { UnreadableEntry } from '@/persistence/local-storage';

export interface StorageStatus {
  /** Saved data that could not be read, and where it was kept. */
  unreadable: UnreadableEntry[];
  /** Ids of canvases upgraded from an older format on this load. */
  migrated: string[];
  /** Backups of unreadable data from earlier visits, still to be pointed out. */
  keptBackups: string[];
  /**
   * Why the last save failed, or null while saving works. 'newer': another tab runs a newer Boom
   * and saved a canvas in its newer format; 'newerTab': another tab runs a newer Boom, whose format
   * this one must not write over (tab-versions), so this tab saves nothing more.
   */
  saveProblem: 'quota' | 'unavailable' | 'newer' | 'newerTab' | null;
  /** Titles of canvases deleted in another tab while this one was open. */
  deletedElsewhere: string[];
  /**
   * Notes added here that a canvas could not keep: another tab added notes at the same moment and
   * together they passed the most a canvas holds. Offered to the user, never dropped unsaid.
   */
  notKept: { canvasId: string; notes: NoteNotKept[] }[];
}

/** Adds notes not kept to the list, each once (two tabs' saves can cross more than once). */
function addNotKept(list: StorageStatus['notKept'], canvasId: string, notes: readonly NoteNotKept[]): StorageStatus['notKept'] {
  const known = new Set(list.flatMap((entry) => (entry.canvasId === canvasId ? entry.notes.map(({ note }) => note.id) : [])));
  const fresh = notes.filter(({ note }) => !known.has(note.id));
  return fresh.length > 0 ? [...list, { canvasId, notes: fresh }] : list;
}

/** What the engine has to tell the user (read by the app's notices, which also clear what was seen). */
export const storageStatus = createStore<StorageStatus>()(() => ({
  unreadable: [],
  migrated: [],
  keptBackups: [],
  saveProblem: null,
  deletedElsewhere: [],
  notKept: [],
}));

/**
 * Offers the user notes written here that canvas `canvasId` could not take (it holds the most it
 * can): to put in a new canvas, or to copy. A merge's leftovers come here, and so does a new note
 * finished after another tab's save had filled the canvas meanwhile: neither is ever dropped.
 */
export function offerNotKept(canvasId: string, notes: readonly NoteNotKept[]): void {
  storageStatus.setState((status) => ({ notKept: addNotKept(status.notKept, canvasId, notes) }));
}
