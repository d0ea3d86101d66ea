/**
 * Where canvases live in the browser. Layout (plain JSON, readable by a person or a tool):
 *
 *   boom:canvas:<id>          one canvas document per canvas (the same envelope as a file)
 *   boom:current              id of the canvas that is open
 *   boom:backup:<time>:<key>  raw text that could not be read (kept until the user deletes it by hand)
 *   boom:pre-upgrade:<time>:<key>  the original of a canvas upgraded from an older format
 *   boom:backups-seen         backup keys the user asked not to be reminded of
 *   (the user's preferences, boom:language and the like: ./preferences)
 *
 * Every call is guarded: storage can be missing, blocked or full, and that is an expected
 * outcome reported as a value, never an exception.
 */
import type { LoadError } from '@/domain/load-errors';
import type { Canvas } from '@/domain/schema';
import { serializeCanvas, type Revision } from './canvas-text';
import { keysWithPrefix, readItem, writeItem as setItem, STORAGE_PREFIX, type KeyValueStorage, type SaveResult } from './storage-access';

export { browserStorage, probeWrite, type KeyValueStorage, type SaveResult } from './storage-access';
export type { Revision } from './canvas-text';
export { revisionOf } from './canvas-text';
import { documentReader } from './document-reader';

const CANVAS_PREFIX = `${STORAGE_PREFIX}canvas:`;
const BACKUP_PREFIX = `${STORAGE_PREFIX}backup:`;
const ORIGINAL_PREFIX = `${STORAGE_PREFIX}pre-upgrade:`;
const BACKUPS_SEEN_KEY = `${STORAGE_PREFIX}backups-seen`;
export const CURRENT_KEY = `${STORAGE_PREFIX}current`;

export const canvasKey = (id: string) => `${CANVAS_PREFIX}${id}`;
export const isCanvasKey = (key: string) => key.startsWith(CANVAS_PREFIX);

export interface UnreadableEntry {
  /** Where the data was found. */
  key: string;
  /** Where its raw text is kept now; null when even the backup could not be written (the original then stays put). */
  backupKey: string | null;
  error: LoadError;
}

export interface WorkspaceSnapshot {
  canvases: Canvas[];
  currentId: string | null;
  unreadable: UnreadableEntry[];
  /** Canvases upgraded from an older schema version (their originals are backed up). */
  migrated: string[];
  /** Backups of unreadable data from earlier visits that the user has not asked to forget. */
  keptBackups: string[];
  /** False when the browser gives no usable storage (blocked, private mode). */
  available: boolean;
}

/** Whether storage holds any canvas (then the document reader must be open before `loadWorkspace`). */
export function hasStoredCanvases(storage: KeyValueStorage | null): boolean {
  try {
    return storage !== null && keysWithPrefix(storage, CANVAS_PREFIX).length > 0;
  } catch {
    return false;
  }
}

/**
 * Reads every canvas kept in storage. Unreadable entries are moved aside to a backup key, never
 * deleted. Needs the document reader open when there are canvases (see ./reader).
 */
export function loadWorkspace(storage: KeyValueStorage | null, now: () => string = isoNow): WorkspaceSnapshot {
  const snapshot: WorkspaceSnapshot = {
    canvases: [],
    currentId: null,
    unreadable: [],
    migrated: [],
    keptBackups: [],
    available: false,
  };
  if (!storage) return snapshot;
  const reader = documentReader();
  if (!reader && hasStoredCanvases(storage)) throw new Error('Open the document reader before reading stored canvases.');
  try {
    snapshot.available = true;
    for (const key of keysWithPrefix(storage, CANVAS_PREFIX)) {
      const raw = readItem(storage, key);
      if (raw === null) continue;
      // Written by another tab just now: left for the next start (nothing here can read it yet).
      if (!reader) continue;
      // One canvas that cannot be read, for whatever reason, never keeps the others from loading.
      try {
        readOne(storage, reader, key, raw, now, snapshot);
      } catch {
        snapshot.unreadable.push({ key, backupKey: null, error: { code: 'unexpected' } });
      }
    }
    const seen = new Set(readSeen(storage));
    const fresh = new Set(snapshot.unreadable.map((entry) => entry.backupKey));
    snapshot.keptBackups = keysWithPrefix(storage, BACKUP_PREFIX).filter((key) => !seen.has(key) && !fresh.has(key));
    const current = storage.getItem(CURRENT_KEY);
    snapshot.currentId = snapshot.canvases.some((canvas) => canvas.id === current) ? current : null;
  } catch {
    snapshot.available = false;
  }
  return snapshot;
}

/** Reads one stored canvas into the snapshot: as a canvas, or as unreadable data kept aside. */
function readOne(
  storage: KeyValueStorage,
  reader: NonNullable<ReturnType<typeof documentReader>>,
  key: string,
  raw: string,
  now: () => string,
  snapshot: WorkspaceSnapshot,
): void {
  const result = reader.parseCanvasDocument(raw);
  if (!result.ok) {
    // Saved by a newer Boom (in another tab, or before going back a version): left where it
    // is, so that version still finds it; anything else unreadable is moved aside.
    // So is one the reader failed on unexpectedly (a bug here, not bad data): nothing is changed.
    const backupKey =
      result.error.code === 'versionTooNew' || result.error.code === 'unexpected' ? null : moveAside(storage, key, raw, now());
    snapshot.unreadable.push({ key, backupKey, error: result.error });
    return;
  }
  if (key !== canvasKey(result.canvas.id)) {
    // A document filed under another canvas's key: keep it, but do not let it stand in for that canvas.
    snapshot.unreadable.push({
      key,
      backupKey: moveAside(storage, key, raw, now()),
      error: { code: 'invalid', path: 'canvas.id', problem: 'idMismatch' },
    });
    return;
  }
  if (result.migratedFrom !== null) {
    // Keep the original of an upgraded canvas, then store it in the current format once.
    if (writeBackup(storage, key, raw, now(), ORIGINAL_PREFIX) !== null) writeCanvas(storage, result.canvas);
    snapshot.migrated.push(result.canvas.id);
  }
  snapshot.canvases.push(result.canvas);
}

/** Writes one canvas. The whole document is written in one `setItem`, so a canvas is never half saved. */
export function saveCanvas(storage: KeyValueStorage | null, canvas: Canvas, revision?: Revision): SaveResult {
  if (!storage) return { ok: false, reason: 'unavailable' };
  return setItem(storage, canvasKey(canvas.id), canvasText(canvas, revision));
}

/** The text a canvas is kept as now (another tab may have written it since), or null. */
export function readCanvasText(storage: KeyValueStorage | null, canvasId: string): string | null {
  try {
    return storage?.getItem(canvasKey(canvasId)) ?? null;
  } catch {
    return null;
  }
}

/** The text `saveCanvas` writes for a canvas (to tell later whether someone else wrote since). */
export function canvasText(canvas: Canvas, revision?: Revision): string {
  return serializeCanvas(canvas, { revision });
}

/** Forgets a canvas the user deleted. */
export function removeCanvas(storage: KeyValueStorage | null, canvasId: string): SaveResult {
  if (!storage) return { ok: false, reason: 'unavailable' };
  try {
    storage.removeItem(canvasKey(canvasId));
    return { ok: true };
  } catch {
    return { ok: false, reason: 'unavailable' };
  }
}

/** The canvas id a storage key holds, or null for other keys. */
export function canvasIdOf(key: string): string | null {
  return isCanvasKey(key) ? key.slice(CANVAS_PREFIX.length) : null;
}

/** Remembers which canvas is open. Call only after that canvas itself has been saved. */
export function saveCurrentId(storage: KeyValueStorage | null, id: string): SaveResult {
  return setItem(storage, CURRENT_KEY, id);
}

/** Stops reminding the user of these backups (they stay in storage). */
export function forgetBackups(storage: KeyValueStorage | null, keys: readonly string[]): SaveResult {
  if (!storage) return { ok: false, reason: 'unavailable' };
  return setItem(storage, BACKUPS_SEEN_KEY, JSON.stringify([...new Set([...readSeen(storage), ...keys])]));
}

/** When a backup was made, from its key. */
export function backupTime(backupKey: string): string | null {
  const match = /^boom:(?:backup|pre-upgrade):(\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(?:\.\d+)?Z):/.exec(backupKey);
  return match?.[1] ?? null;
}

function readSeen(storage: KeyValueStorage): string[] {
  try {
    const value: unknown = JSON.parse(storage.getItem(BACKUPS_SEEN_KEY) ?? '[]');
    return Array.isArray(value) ? value.filter((key): key is string => typeof key === 'string') : [];
  } catch {
    return [];
  }
}

/** The raw text kept under a backup key, for the user to download. */
export function readBackup(storage: KeyValueStorage | null, backupKey: string): string | null {
  try {
    return storage?.getItem(backupKey) ?? null;
  } catch {
    return null;
  }
}

function writeCanvas(storage: KeyValueStorage, canvas: Canvas): SaveResult {
  return setItem(storage, canvasKey(canvas.id), canvasText(canvas));
}

function writeBackup(storage: KeyValueStorage, key: string, raw: string, time: string, prefix: string = BACKUP_PREFIX): string | null {
  const backupKey = `${prefix}${time}:${key.slice(STORAGE_PREFIX.length)}`;
  if (!setItem(storage, backupKey, raw).ok) return null;
  return readItem(storage, backupKey) === raw ? backupKey : null;
}

/** Copies raw text to a backup key and, only once the copy is confirmed, frees the original key. */
function moveAside(storage: KeyValueStorage, key: string, raw: string, time: string): string | null {
  const backupKey = writeBackup(storage, key, raw, time);
  if (backupKey === null) return null;
  try {
    storage.removeItem(key);
  } catch {
    // The original stays where it was, and the copy is kept too: nothing is lost.
  }
  return backupKey;
}

function isoNow(): string {
  return new Date().toISOString();
}
