import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { startStorageSync, useStorageStatus } from '@/app/storage-sync';
import { SAVE_DELAY_MS, SAVE_RETRY_MS } from '@/persistence/sync/storage-sync';
import { CURRENT_KEY, browserStorage, canvasKey, loadWorkspace, type KeyValueStorage } from '@/persistence/local-storage';
import { canvasActions, selectCurrentCanvas, useCanvasStore } from '@/store/canvas-store';
import fixture from '../fixtures/canvas-v5.boom.json';

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
      localStorage.setItem(canvasKey('fixture-v5'), JSON.stringify(fixture));
      localStorage.setItem(CURRENT_KEY, 'fixture-v5');
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
      expect(snapshot.canvases.map((canvas) => canvas.id)).toContain('fixture-v5');
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
    expect(snapshot.unreadable).toEqual([
      { key: canvasKey('from-the-future'), backupKey: null, error: { code: 'versionTooNew', version: 99 } },
    ]);
    expect(localStorage.getItem(canvasKey('from-the-future'))).toBe(newer);
    expect(Object.keys(localStorage).filter((key) => key.startsWith('boom:backup:'))).toEqual([]);
  });

  it('is never overwritten by this tab when another tab (a newer Boom) saved it while open here', () => {
    localStorage.setItem(canvasKey('fixture-v5'), JSON.stringify(fixture));
    localStorage.setItem(CURRENT_KEY, 'fixture-v5');
    const stop = startStorageSync(localStorage);
    const newer = JSON.stringify({ ...fixture, schemaVersion: 99 });
    localStorage.setItem(canvasKey('fixture-v5'), newer);
    canvasActions().addNote('keyPartners', 'Roaster');
    vi.advanceTimersByTime(SAVE_DELAY_MS + 10);
    expect(localStorage.getItem(canvasKey('fixture-v5'))).toBe(newer);
    expect(useStorageStatus.getState().saveProblem).toBe('newer');
    expect(selectCurrentCanvas(useCanvasStore.getState()).blocks.keyPartners.length).toBeGreaterThan(0);
    stop();
  });
});

describe('a storage that is full (or refuses writes) when the tab opens', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => {
    vi.useRealTimers();
    vi.restoreAllMocks();
    useStorageStatus.setState({ unreadable: [], migrated: [], keptBackups: [], saveProblem: null });
  });

  /** Makes every write throw `error` while `fault.on` holds. */
  function faultyWrites(error: () => unknown) {
    const fault = { on: true };
    const setItem = Storage.prototype.setItem;
    vi.spyOn(Storage.prototype, 'setItem').mockImplementation(function (this: Storage, key: string, value: string) {
      if (fault.on) throw error();
      setItem.call(this, key, value);
    });
    return fault;
  }

  it.each([
    ['Chromium', () => new DOMException('full', 'QuotaExceededError')],
    ['Firefox', () => new DOMException('full', 'NS_ERROR_DOM_QUOTA_REACHED')],
    ['an old browser (code 22)', () => Object.assign(new Error('full'), { code: 22 })],
  ])('opens every stored canvas, says storage is full (%s), and saves everything once space is freed', (_browser, error) => {
    localStorage.setItem(canvasKey('fixture-v5'), JSON.stringify(fixture));
    localStorage.setItem(CURRENT_KEY, 'fixture-v5');
    const fault = faultyWrites(error);
    const storage = browserStorage();
    expect(storage).not.toBeNull();
    const stop = startStorageSync(storage);
    expect(selectCurrentCanvas(useCanvasStore.getState()).id).toBe('fixture-v5');
    expect(useStorageStatus.getState().saveProblem).toBe('quota');

    canvasActions().addNote('keyPartners', 'Typed while full');
    vi.advanceTimersByTime(SAVE_DELAY_MS + 10);
    expect(localStorage.getItem(canvasKey('fixture-v5'))).not.toContain('Typed while full');
    expect(useStorageStatus.getState().saveProblem).toBe('quota');

    // Space is freed; the next change saves everything not yet written, and the warning goes.
    fault.on = false;
    canvasActions().addNote('keyPartners', 'Typed after');
    vi.advanceTimersByTime(SAVE_DELAY_MS + 10);
    const stored = localStorage.getItem(canvasKey('fixture-v5'))!;
    expect(stored).toContain('Typed while full');
    expect(stored).toContain('Typed after');
    expect(useStorageStatus.getState().saveProblem).toBeNull();
    stop();
  });

  it('tries again now and then without any change, and the warning goes once writing works', () => {
    localStorage.setItem(canvasKey('fixture-v5'), JSON.stringify(fixture));
    const fault = faultyWrites(() => new DOMException('denied', 'SecurityError'));
    const stop = startStorageSync(browserStorage());
    expect(useStorageStatus.getState().saveProblem).toBe('unavailable');
    vi.advanceTimersByTime(SAVE_RETRY_MS + 10);
    expect(useStorageStatus.getState().saveProblem).toBe('unavailable');
    fault.on = false;
    vi.advanceTimersByTime(SAVE_RETRY_MS + 10);
    expect(useStorageStatus.getState().saveProblem).toBeNull();
    stop();
  });

  it('keeps loading the other canvases when reading one throws', () => {
    localStorage.setItem(canvasKey('a-first'), JSON.stringify({ ...fixture, canvas: { ...fixture.canvas, id: 'a-first' } }));
    localStorage.setItem(canvasKey('fixture-v5'), JSON.stringify(fixture));
    const getItem = Storage.prototype.getItem;
    vi.spyOn(Storage.prototype, 'getItem').mockImplementation(function (this: Storage, key: string) {
      if (key === canvasKey('a-first')) throw new Error('broken');
      return getItem.call(this, key);
    });
    const snapshot = loadWorkspace(localStorage, () => NOW);
    expect(snapshot.available).toBe(true);
    expect(snapshot.canvases.map((canvas) => canvas.id)).toEqual(['fixture-v5']);
  });
});
