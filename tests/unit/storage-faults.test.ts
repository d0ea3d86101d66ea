import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { SAVE_DELAY_MS, startStorageSync, useStorageStatus } from '@/app/storage-sync';
import { CURRENT_KEY, canvasKey, loadWorkspace, type KeyValueStorage } from '@/persistence/local-storage';
import { canvasActions, selectCurrentCanvas, useCanvasStore } from '@/store/canvas-store';
import fixture from '../fixtures/canvas-v4.boom.json';

const NOW = '2026-11-25T10:00:00.000Z';

/** Storage whose n-th write (counting from 1) fails as a full storage does, and every one after it when `thereafter`. */
function failingAt(n: number, thereafter: boolean): KeyValueStorage {
  let count = 0;
  return {
    getItem: (key) => localStorage.getItem(key),
    removeItem: (key) => localStorage.removeItem(key),
    key: (i) => localStorage.key(i),
    get length() {
      return localStorage.length;
    },
    setItem(key, value) {
      count += 1;
      if (count === n || (thereafter && count > n)) throw new DOMException('full', 'QuotaExceededError');
      localStorage.setItem(key, value);
    },
  };
}

describe('a save that stops part-way', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => {
    vi.useRealTimers();
    useStorageStatus.setState({ unreadable: [], migrated: [], keptBackups: [], saveProblem: null });
  });

  it.each([1, 2, 3, 4].flatMap((n) => [[n, false] as const, [n, true] as const]))(
    'leaves every canvas readable and the open one valid when write %i fails (and all after: %s)',
    (n, thereafter) => {
      localStorage.setItem(canvasKey('fixture-v4'), JSON.stringify(fixture));
      localStorage.setItem(CURRENT_KEY, 'fixture-v4');
      const stop = startStorageSync(failingAt(n, thereafter));
      // Several canvases change in one save: a note here, a new canvas, a title.
      canvasActions().addNote('keyPartners', 'Roaster');
      canvasActions().createCanvas();
      canvasActions().setTitle('Second');
      canvasActions().addNote('channels', 'Website');
      vi.advanceTimersByTime(SAVE_DELAY_MS + 10);
      stop();

      const snapshot = loadWorkspace(localStorage, () => NOW);
      expect(snapshot.unreadable).toEqual([]);
      expect(snapshot.canvases.map((canvas) => canvas.id)).toContain('fixture-v4');
      // The pointer to the open canvas never points at a canvas that is not there.
      const current = localStorage.getItem(CURRENT_KEY);
      expect(snapshot.canvases.some((canvas) => canvas.id === current)).toBe(true);
    },
  );
});

describe('a canvas saved by a newer version of Boom', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => {
    vi.useRealTimers();
    useStorageStatus.setState({ unreadable: [], migrated: [], keptBackups: [], saveProblem: null });
  });

  it('is left where it is at load, for that version, and said so', () => {
    const newer = JSON.stringify({ ...fixture, schemaVersion: 99 });
    localStorage.setItem(canvasKey('from-the-future'), newer);
    const snapshot = loadWorkspace(localStorage, () => NOW);
    expect(snapshot.unreadable).toEqual([{ key: canvasKey('from-the-future'), backupKey: null, error: { code: 'versionTooNew', version: 99 } }]);
    expect(localStorage.getItem(canvasKey('from-the-future'))).toBe(newer);
    expect(Object.keys(localStorage).filter((key) => key.startsWith('boom:backup:'))).toEqual([]);
  });

  it('is never overwritten by this tab when another tab (a newer Boom) saved it while open here', () => {
    localStorage.setItem(canvasKey('fixture-v4'), JSON.stringify(fixture));
    localStorage.setItem(CURRENT_KEY, 'fixture-v4');
    const stop = startStorageSync(localStorage);
    const newer = JSON.stringify({ ...fixture, schemaVersion: 99 });
    localStorage.setItem(canvasKey('fixture-v4'), newer);
    canvasActions().addNote('keyPartners', 'Roaster');
    vi.advanceTimersByTime(SAVE_DELAY_MS + 10);
    expect(localStorage.getItem(canvasKey('fixture-v4'))).toBe(newer);
    expect(useStorageStatus.getState().saveProblem).toBe('newer');
    expect(selectCurrentCanvas(useCanvasStore.getState()).blocks.keyPartners.length).toBeGreaterThan(0);
    stop();
  });
});
