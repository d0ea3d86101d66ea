/**
 * Reaching the browser's storage at all: whether there is one, whether it takes writes, and
 * writing and reading single keys. Every call is guarded: storage can be missing, blocked or full,
 * and that is an expected outcome reported as a value, never an exception.
 */

/** Every key Boom keeps starts so. */
export const STORAGE_PREFIX = 'boom:';

/** The subset of the Web Storage API used here, so tests can hand in a faulty one. */
export type KeyValueStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem' | 'key' | 'length'>;

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
  const result = writeItem(storage, probe, '1');
  if (result.ok) {
    try {
      storage!.removeItem(probe);
    } catch {
      // A probe left behind is one small key; the write itself worked.
    }
  }
  return result;
}

/** Writes one key; a full or refusing storage is a value, not an exception. */
export function writeItem(storage: KeyValueStorage | null, key: string, value: string): SaveResult {
  if (!storage) return { ok: false, reason: 'unavailable' };
  try {
    storage.setItem(key, value);
    return { ok: true };
  } catch (error) {
    return { ok: false, reason: isQuotaError(error) ? 'quota' : 'unavailable' };
  }
}

/** Reads one key; null when it is not there or cannot be read. */
export function readItem(storage: KeyValueStorage, key: string): string | null {
  try {
    return storage.getItem(key);
  } catch {
    return null;
  }
}

/** The keys that start with `prefix`, sorted. */
export function keysWithPrefix(storage: KeyValueStorage, prefix: string): string[] {
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
