/**
 * A canvas's versions, kept in IndexedDB (localStorage's few megabytes are the canvases'): each
 * version is the canvas's document text, the same format as a file, read back through the one
 * door (./canvas-document) like any canvas that enters the app; beside it what the list shows
 * (when, why, its name, how many notes). Automatic versions are thinned as they age
 * (domain/versions); versions saved by hand are all kept.
 */
import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import { countNotes } from '@/domain/canvas';
import type { Canvas, FileVersion } from '@/domain/schema';
import { versionsToThin, type VersionReason } from '@/domain/versions';
import { newId } from '@/lib/ids';
import { serializeCanvas } from './canvas-text';
import type { LoadResult } from './canvas-document';
import { loadDocumentReader } from './document-reader';

/** What the History list shows of a version (its canvas is read only when opened). */
export interface VersionMeta {
  id: string;
  canvasId: string;
  /** When it was made (ISO time). */
  at: string;
  reason: VersionReason;
  /** The name given when it was saved by hand; empty for an automatic one (the list names it by its reason). */
  name: string;
  title: string;
  notes: number;
}

interface VersionsDb extends DBSchema {
  versions: { key: string; value: VersionMeta; indexes: { canvas: string } };
  documents: { key: string; value: { id: string; text: string } };
}

const DB_NAME = 'boom-versions';

export type VersionsProblem = 'full' | 'unavailable';
export type SaveVersionResult = { ok: true; version: VersionMeta; thinned: number } | { ok: false; problem: VersionsProblem };

let opening: Promise<IDBPDatabase<VersionsDb> | null> | null = null;

/** The versions' database, or null where the browser keeps no IndexedDB (a private window of some browsers). */
function database(): Promise<IDBPDatabase<VersionsDb> | null> {
  opening ??= (async () => {
    if (typeof indexedDB === 'undefined') return null;
    try {
      return await openDB<VersionsDb>(DB_NAME, 1, {
        upgrade(db) {
          db.createObjectStore('versions', { keyPath: 'id' }).createIndex('canvas', 'canvasId');
          db.createObjectStore('documents', { keyPath: 'id' });
        },
        // Another tab's newer Boom wants to change the database: this one lets go of it.
        blocking() {
          void opening?.then((db) => db?.close());
          opening = null;
        },
      });
    } catch {
      opening = null;
      return null;
    }
  })();
  return opening;
}

const newestFirst = (a: VersionMeta, b: VersionMeta) => (a.at < b.at ? 1 : a.at > b.at ? -1 : 0);

/** A canvas's versions, newest first (empty where there is no database). */
export async function listVersions(canvasId: string): Promise<VersionMeta[]> {
  const db = await database();
  if (!db) return [];
  return (await db.getAllFromIndex('versions', 'canvas', canvasId)).sort(newestFirst);
}

/** How many versions each canvas has. */
export async function countVersions(): Promise<Map<string, number>> {
  const counts = new Map<string, number>();
  const db = await database();
  if (!db) return counts;
  for (const { canvasId } of await db.getAll('versions')) counts.set(canvasId, (counts.get(canvasId) ?? 0) + 1);
  return counts;
}

/** A version's canvas, read and checked as any canvas entering the app is. */
export async function readVersion(id: string): Promise<LoadResult | null> {
  const db = await database();
  const stored = await db?.get('documents', id);
  if (!stored) return null;
  return (await loadDocumentReader()).parseCanvasDocument(stored.text);
}

/**
 * Keeps `canvas` as it is now as a version (of the canvas `canvasId`: its own, or one a file with
 * its id was imported beside), then lets go of the automatic versions of it that have aged out.
 * `full` when the browser's storage has no room for it (nothing else changes).
 */
export async function saveVersion(
  canvas: Canvas,
  reason: VersionReason,
  name = '',
  at = new Date().toISOString(),
  canvasId = canvas.id,
): Promise<SaveVersionResult> {
  const db = await database();
  if (!db) return { ok: false, problem: 'unavailable' };
  const version: VersionMeta = { id: newId(), canvasId, at, reason, name, title: canvas.title, notes: countNotes(canvas) };
  try {
    await addVersion(db, version, canvas);
  } catch (error) {
    return { ok: false, problem: isQuotaError(error) ? 'full' : 'unavailable' };
  }
  const thinned = await thin(db, canvasId, Date.parse(at)).catch(() => 0);
  return { ok: true, version, thinned };
}

/** Writes a version: what the list shows, and the canvas's document text, together. */
async function addVersion(db: IDBPDatabase<VersionsDb>, version: VersionMeta, canvas: Canvas): Promise<void> {
  const tx = db.transaction(['versions', 'documents'], 'readwrite');
  await Promise.all([
    tx.objectStore('versions').add(version),
    tx.objectStore('documents').add({ id: version.id, text: serializeCanvas(canvas) }),
    tx.done,
  ]);
}

async function thin(db: IDBPDatabase<VersionsDb>, canvasId: string, now: number): Promise<number> {
  const drop = versionsToThin(await db.getAllFromIndex('versions', 'canvas', canvasId), now);
  if (drop.size === 0) return 0;
  await removeVersions(db, [...drop]);
  return drop.size;
}

async function removeVersions(db: IDBPDatabase<VersionsDb>, ids: readonly string[]): Promise<void> {
  const tx = db.transaction(['versions', 'documents'], 'readwrite');
  await Promise.all([...ids.flatMap((id) => [tx.objectStore('versions').delete(id), tx.objectStore('documents').delete(id)]), tx.done]);
}

/**
 * A canvas's versions as a file carries them (newest first), each read back through the one door;
 * one that can no longer be read is left out (and stays where it is).
 */
export async function versionsForFile(canvasId: string): Promise<FileVersion[]> {
  const out: FileVersion[] = [];
  for (const version of await listVersions(canvasId)) {
    const read = await readVersion(version.id);
    if (read?.ok) out.push({ name: version.name, at: version.at, reason: version.reason, canvas: read.canvas });
  }
  return out;
}

/**
 * Keeps the versions a file brought as versions of canvas `canvasId` (already checked by the
 * door), with their own names and times; then thins once. Stops at the first that has no room.
 */
export async function saveFileVersions(
  canvasId: string,
  versions: readonly FileVersion[],
): Promise<{ saved: number; problem: VersionsProblem | null }> {
  const db = await database();
  if (!db) return { saved: 0, problem: 'unavailable' };
  let saved = 0;
  for (const { canvas, reason, name, at } of versions) {
    const version: VersionMeta = { id: newId(), canvasId, at, reason, name, title: canvas.title, notes: countNotes(canvas) };
    try {
      await addVersion(db, version, canvas);
      saved += 1;
    } catch (error) {
      return { saved, problem: isQuotaError(error) ? 'full' : 'unavailable' };
    }
  }
  await thin(db, canvasId, Date.now()).catch(() => 0);
  return { saved, problem: null };
}

/** Renames a version (a name makes it one saved by hand: never thinned). */
export async function renameVersion(id: string, name: string): Promise<void> {
  const db = await database();
  const version = await db?.get('versions', id);
  if (!db || !version) return;
  await db.put('versions', { ...version, name, reason: name ? 'saved' : version.reason });
}

/** Lets go of one version. */
export async function deleteVersion(id: string): Promise<void> {
  const db = await database();
  if (db) await removeVersions(db, [id]);
}

/** Lets go of every version of the canvases `canvasIds`. */
export async function forgetVersionsOf(canvasIds: readonly string[]): Promise<number> {
  const db = await database();
  if (!db || canvasIds.length === 0) return 0;
  const gone = new Set(canvasIds);
  const ids = (await db.getAll('versions')).filter((version) => gone.has(version.canvasId)).map((version) => version.id);
  if (ids.length > 0) await removeVersions(db, ids);
  return ids.length;
}

function isQuotaError(error: unknown): boolean {
  return error instanceof DOMException && (error.name === 'QuotaExceededError' || error.name === 'NS_ERROR_DOM_QUOTA_REACHED');
}

/** Closes the database and forgets it (tests start each from an empty one). */
export async function closeVersions(): Promise<void> {
  const db = await opening;
  db?.close();
  opening = null;
}
