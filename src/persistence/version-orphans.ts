/**
 * What storage knows of canvases whose versions may be let go (see app/automatic-versions): whether
 * anything of a canvas is still kept here, and since when a canvas with versions has been gone.
 * Apart from ./local-storage so that the first screen does not load it.
 */
import { keysWithPrefix, readItem, writeItem, STORAGE_PREFIX, type KeyValueStorage, type SaveResult } from './storage-access';

const VERSION_ORPHANS_KEY = `${STORAGE_PREFIX}versions-orphans`;

/**
 * Whether anything Boom keeps here still belongs to canvas `id`: the canvas, or a copy of it kept
 * aside (a backup, the original of an upgrade). Its versions stay while it does.
 */
export function keepsAnythingOf(storage: KeyValueStorage | null, id: string): boolean {
  if (!storage) return true;
  return keysWithPrefix(storage, STORAGE_PREFIX).some((key) => key !== VERSION_ORPHANS_KEY && key.includes(id));
}

/** Canvases with versions but gone from storage, each with when that was first seen (ISO time). */
export function loadVersionOrphans(storage: KeyValueStorage | null): Record<string, string> {
  if (!storage) return {};
  try {
    const value = JSON.parse(readItem(storage, VERSION_ORPHANS_KEY) ?? '{}') as unknown;
    if (typeof value !== 'object' || value === null || Array.isArray(value)) return {};
    return Object.fromEntries(Object.entries(value).filter((entry): entry is [string, string] => typeof entry[1] === 'string'));
  } catch {
    return {};
  }
}

export function saveVersionOrphans(storage: KeyValueStorage | null, orphans: Record<string, string>): SaveResult {
  return writeItem(storage, VERSION_ORPHANS_KEY, JSON.stringify(orphans));
}
