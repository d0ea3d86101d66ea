/**
 * What this browser keeps for live rooms, under `boom:workshop`: the name the person gave (asked
 * once), an id for their dots and edits, and for each room they started the secrets it needs (so a
 * reload keeps them the facilitator, with no secret ever in the address bar), when it last
 * joined each room (its copy of a room is deleted after a while) and which of its canvases is its
 * copy of each room. Read field by field.
 */
import { newId } from '@/lib/ids';
import { STORAGE_PREFIX, writeItem, type KeyValueStorage, type SaveResult } from '@/persistence/storage-access';

const KEY = `${STORAGE_PREFIX}workshop`;
const TOKEN = /^[A-Za-z0-9_-]{22}$/u;
/** A person's id, or a canvas's. */
const PERSON = /^[A-Za-z0-9_-]{1,64}$/u;
/** Longest name kept. */
export const NAME_LENGTH = 40;

export interface HostedRoom {
  host: string;
  join: string;
  watch: string;
  canvasId: string;
}

export interface WorkshopPrefs {
  name: string;
  personId: string;
  hosted: Record<string, HostedRoom>;
  /** When this browser last joined each room it keeps a copy of (ISO time). */
  joined: Record<string, string>;
  /** The id of this browser's copy of each room's canvas (a participant's). */
  copies: Record<string, string>;
}

export function loadWorkshopPrefs(storage: KeyValueStorage | null): WorkshopPrefs {
  let saved: Record<string, unknown> = {};
  try {
    const value: unknown = JSON.parse(storage?.getItem(KEY) ?? '{}');
    if (typeof value === 'object' && value !== null) saved = value as Record<string, unknown>;
  } catch {
    // Unreadable: start afresh (a name is asked again).
  }
  const hosted: Record<string, HostedRoom> = {};
  if (typeof saved.hosted === 'object' && saved.hosted !== null) {
    for (const [room, value] of Object.entries(saved.hosted as Record<string, Partial<HostedRoom>>)) {
      if (!TOKEN.test(room) || typeof value !== 'object' || value === null) continue;
      const { host, join, watch, canvasId } = value;
      if ([host, join, watch].every((secret) => typeof secret === 'string' && TOKEN.test(secret)) && typeof canvasId === 'string') {
        hosted[room] = { host: host!, join: join!, watch: watch!, canvasId };
      }
    }
  }
  const joined: Record<string, string> = {};
  if (typeof saved.joined === 'object' && saved.joined !== null) {
    for (const [room, at] of Object.entries(saved.joined as Record<string, unknown>)) {
      if (TOKEN.test(room) && typeof at === 'string' && !Number.isNaN(Date.parse(at))) joined[room] = at;
    }
  }
  const copies: Record<string, string> = {};
  if (typeof saved.copies === 'object' && saved.copies !== null) {
    for (const [room, canvasId] of Object.entries(saved.copies as Record<string, unknown>)) {
      if (TOKEN.test(room) && typeof canvasId === 'string' && PERSON.test(canvasId)) copies[room] = canvasId;
    }
  }
  return {
    name: typeof saved.name === 'string' ? saved.name.slice(0, NAME_LENGTH) : '',
    personId: typeof saved.personId === 'string' && PERSON.test(saved.personId) ? saved.personId : newId(),
    hosted,
    joined,
    copies,
  };
}

export function saveWorkshopPrefs(storage: KeyValueStorage | null, prefs: WorkshopPrefs): SaveResult {
  return writeItem(storage, KEY, JSON.stringify(prefs));
}
