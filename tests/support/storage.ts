import type { KeyValueStorage } from '@/persistence/local-storage';

/**
 * Wraps a Storage to record the keys of data written, and to fail every write with the DOMException named
 * `failWith` while it is set (say "QuotaExceededError", as a full browser storage does).
 */
export function counting(storage: Storage) {
  const writes: string[] = [];
  const wrapped: KeyValueStorage & { failWith?: string } = {
    getItem: (key) => storage.getItem(key),
    removeItem: (key) => storage.removeItem(key),
    key: (i) => storage.key(i),
    get length() {
      return storage.length;
    },
    setItem(key, value) {
      if (wrapped.failWith) throw new DOMException('no', wrapped.failWith);
      // The start-up check that storage takes writes is not data.
      if (key !== 'boom:probe') writes.push(key);
      storage.setItem(key, value);
    },
  };
  return { storage: wrapped, writes };
}
