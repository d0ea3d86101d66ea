/**
 * Where canvases live in the browser. Layout (plain JSON, readable by a person or a tool):
 *
 *   boom:canvas:<id>          one canvas document per canvas (the same envelope as a file)
 *   boom:current              id of the canvas that is open
 *   boom:language             the language the user chose
 *   boom:backup:<time>:<key>  raw text that could not be read (kept until the user deletes it by hand)
 *   boom:pre-upgrade:<time>:<key>  the original of a canvas upgraded from an older format
 *   boom:backups-seen         backup keys the user asked not to be reminded of
 *   boom:presentation         presentation options (high contrast, timer length)
 *   boom:print                the paper last chosen for printing
 *   boom:exports              per canvas: when it was last exported, a signature of it then, and
 *                             how many changes the last backup reminder was at
 *
 * Every call is guarded: storage can be missing, blocked or full, and that is an expected
 * outcome reported as a value, never an exception.
 */
import type { Signature } from '@/domain/backup';
import { DOCUMENT_FORMAT, SCHEMA_VERSION } from '@/domain/document';
import type { LoadError } from '@/domain/load-errors';
import type { Canvas } from '@/domain/schema';
import { serializeCanvas } from './canvas-text';
import { documentReader } from './document-reader';

export const STORAGE_PREFIX = 'boom:';
const CANVAS_PREFIX = `${STORAGE_PREFIX}canvas:`;
const BACKUP_PREFIX = `${STORAGE_PREFIX}backup:`;
const ORIGINAL_PREFIX = `${STORAGE_PREFIX}pre-upgrade:`;
const BACKUPS_SEEN_KEY = `${STORAGE_PREFIX}backups-seen`;
export const CURRENT_KEY = `${STORAGE_PREFIX}current`;
export const LANGUAGE_KEY = `${STORAGE_PREFIX}language`;
const PRESENTATION_KEY = `${STORAGE_PREFIX}presentation`;
const EXPORTS_KEY = `${STORAGE_PREFIX}exports`;
const PRINT_KEY = `${STORAGE_PREFIX}print`;

export const canvasKey = (id: string) => `${CANVAS_PREFIX}${id}`;
export const isCanvasKey = (key: string) => key.startsWith(CANVAS_PREFIX);

/** The subset of the Web Storage API used here, so tests can hand in a faulty one. */
export type KeyValueStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem' | 'key' | 'length'>;

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

export type SaveResult = { ok: true } | { ok: false; reason: 'quota' | 'unavailable' };

/**
 * localStorage if it can be read, otherwise null (it throws in some privacy modes). It is probed
 * by reading, never by writing: a full storage still holds every canvas, and must open them.
 * Whether it takes writes is a separate question (`probeWrite`).
 */
export function browserStorage(): KeyValueStorage | null {
  try {
    const storage = globalThis.localStorage;
    if (!storage) return null;
    storage.getItem(`${STORAGE_PREFIX}probe`);
    void storage.length;
    return storage;
  } catch {
    return null;
  }
}

/** Whether storage takes a write now, and if not, why (full, or refused for another reason). */
export function probeWrite(storage: KeyValueStorage | null): SaveResult {
  const probe = `${STORAGE_PREFIX}probe`;
  const result = setItem(storage, probe, '1');
  if (result.ok) {
    try {
      storage!.removeItem(probe);
    } catch {
      // A probe left behind is one small key; the write itself worked.
    }
  }
  return result;
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

/**
 * Which save of a canvas a stored text is, and which save it was made from. Tabs use it to merge
 * two saves made at once from the same starting point (see app/storage-sync). Stored beside the
 * canvas in the envelope; the document reader ignores it, so files and older versions read it fine.
 */
export interface Revision {
  revision: string;
  parent: string | null;
}

/** Writes one canvas. The whole document is written in one `setItem`, so a canvas is never half saved. */
export function saveCanvas(storage: KeyValueStorage | null, canvas: Canvas, revision?: Revision): SaveResult {
  if (!storage) return { ok: false, reason: 'unavailable' };
  return setItem(storage, canvasKey(canvas.id), canvasText(canvas, revision));
}

/** The revision a stored text carries, if any. */
export function revisionOf(text: string): Revision | null {
  try {
    const document = JSON.parse(text) as { revision?: unknown; parent?: unknown } | null;
    if (typeof document?.revision !== 'string') return null;
    return { revision: document.revision, parent: typeof document.parent === 'string' ? document.parent : null };
  } catch {
    return null;
  }
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
  if (!revision) return serializeCanvas(canvas);
  const document = { format: DOCUMENT_FORMAT, schemaVersion: SCHEMA_VERSION, revision: revision.revision, parent: revision.parent, canvas };
  return JSON.stringify(document, null, 2);
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

export function loadLanguage(storage: KeyValueStorage | null): string | null {
  try {
    return storage?.getItem(LANGUAGE_KEY) ?? null;
  } catch {
    return null;
  }
}

export function saveLanguage(storage: KeyValueStorage | null, language: string): SaveResult {
  return setItem(storage, LANGUAGE_KEY, language);
}

export interface ExportRecord {
  /** When the canvas was last exported as a file; null if never (the reminder was still counted). */
  at: string | null;
  signature: Signature;
  /** Changes since the export when the user was last reminded. */
  remindedAt: number;
}

/** Export records by canvas id; anything unreadable is left out (at worst, a reminder comes early). */
export function loadExportRecords(storage: KeyValueStorage | null): Record<string, ExportRecord> {
  try {
    const saved = JSON.parse(storage?.getItem(EXPORTS_KEY) ?? '{}') as unknown;
    if (typeof saved !== 'object' || saved === null) return {};
    const records: Record<string, ExportRecord> = {};
    for (const [id, record] of Object.entries(saved as Record<string, Partial<ExportRecord>>)) {
      if (typeof record !== 'object' || record === null || typeof record.signature !== 'object' || record.signature === null) continue;
      const signature = Object.fromEntries(Object.entries(record.signature).filter(([, value]) => typeof value === 'number'));
      records[id] = {
        at: typeof record.at === 'string' ? record.at : null,
        signature,
        remindedAt: typeof record.remindedAt === 'number' ? record.remindedAt : 0,
      };
    }
    return records;
  } catch {
    return {};
  }
}

export function saveExportRecord(storage: KeyValueStorage | null, canvasId: string, record: ExportRecord): SaveResult {
  const records = { ...loadExportRecords(storage), [canvasId]: record };
  return setItem(storage, EXPORTS_KEY, JSON.stringify(records));
}

export interface PresentationPrefs {
  highContrast: boolean;
  /** Minutes on each block's timer; 0 when the timer is off. */
  timerMinutes: number;
  /** A flash of the screen and/or a chime when a block's time is up. */
  timeUp: TimeUpSignal;
}

/** What happens when a block's time is up, besides the timer saying so. */
export const TIME_UP_SIGNALS = ['none', 'flash', 'sound', 'both'] as const;
export type TimeUpSignal = (typeof TIME_UP_SIGNALS)[number];

export const DEFAULT_PRESENTATION_PREFS: PresentationPrefs = { highContrast: false, timerMinutes: 0, timeUp: 'none' };

/** The presentation options last chosen; anything unreadable falls back to the defaults, field by field. */
export function loadPresentationPrefs(storage: KeyValueStorage | null): PresentationPrefs {
  let saved: unknown;
  try {
    saved = JSON.parse(storage?.getItem(PRESENTATION_KEY) ?? 'null');
  } catch {
    saved = null;
  }
  const fields = typeof saved === 'object' && saved !== null ? (saved as Record<string, unknown>) : {};
  const minutes = fields.timerMinutes;
  return {
    highContrast: typeof fields.highContrast === 'boolean' ? fields.highContrast : DEFAULT_PRESENTATION_PREFS.highContrast,
    timerMinutes:
      typeof minutes === 'number' && Number.isInteger(minutes) && minutes >= 0 && minutes <= 120
        ? minutes
        : DEFAULT_PRESENTATION_PREFS.timerMinutes,
    timeUp: TIME_UP_SIGNALS.find((signal) => signal === fields.timeUp) ?? DEFAULT_PRESENTATION_PREFS.timeUp,
  };
}

export function savePresentationPrefs(storage: KeyValueStorage | null, prefs: PresentationPrefs): SaveResult {
  return setItem(storage, PRESENTATION_KEY, JSON.stringify(prefs));
}

/** The papers Boom prints on: office sizes, and posters for a workshop wall. */
export const PAPERS = ['a4', 'letter', 'a3', 'a2', 'a1', 'a0'] as const;
export type Paper = (typeof PAPERS)[number];

/**
 * The paper last chosen for printing; before any choice, US Letter where it is the usual paper
 * (the United States, Canada, Mexico, the Philippines and a few more), else A4.
 */
export function loadPaper(storage: KeyValueStorage | null, locale: string): Paper {
  let saved: unknown;
  try {
    saved = JSON.parse(storage?.getItem(PRINT_KEY) ?? 'null');
  } catch {
    saved = null;
  }
  const paper = typeof saved === 'object' && saved !== null ? (saved as Record<string, unknown>).paper : undefined;
  return PAPERS.find((known) => known === paper) ?? defaultPaper(locale);
}

export function savePaper(storage: KeyValueStorage | null, paper: Paper): SaveResult {
  return setItem(storage, PRINT_KEY, JSON.stringify({ paper }));
}

const LETTER_REGIONS = new Set(['US', 'CA', 'MX', 'PH', 'CL', 'CO', 'VE', 'GT', 'PR']);

function defaultPaper(locale: string): Paper {
  let region: string | undefined;
  try {
    region = new Intl.Locale(locale).maximize().region;
  } catch {
    region = undefined;
  }
  return region && LETTER_REGIONS.has(region) ? 'letter' : 'a4';
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

function setItem(storage: KeyValueStorage | null, key: string, value: string): SaveResult {
  if (!storage) return { ok: false, reason: 'unavailable' };
  try {
    storage.setItem(key, value);
    return { ok: true };
  } catch (error) {
    return { ok: false, reason: isQuotaError(error) ? 'quota' : 'unavailable' };
  }
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

function keysWithPrefix(storage: KeyValueStorage, prefix: string): string[] {
  const keys: string[] = [];
  for (let i = 0; i < storage.length; i += 1) {
    const key = storage.key(i);
    if (key?.startsWith(prefix)) keys.push(key);
  }
  return keys.sort();
}

/** Every browser's way of saying storage is full: Chromium's and Safari's name, Firefox's, and the legacy code 22. */
function isQuotaError(error: unknown): boolean {
  if (typeof error !== 'object' || error === null) return false;
  const { name, code } = error as { name?: unknown; code?: unknown };
  return name === 'QuotaExceededError' || name === 'NS_ERROR_DOM_QUOTA_REACHED' || code === 22 || code === 1014;
}

function readItem(storage: KeyValueStorage, key: string): string | null {
  try {
    return storage.getItem(key);
  } catch {
    return null;
  }
}

function isoNow(): string {
  return new Date().toISOString();
}
