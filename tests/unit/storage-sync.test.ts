import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { SAVE_DELAY_MS, startStorageSync, useStorageStatus } from '@/app/storage-sync';
import { canvasActions, selectCurrentCanvas, useCanvasStore } from '@/store/canvas-store';
import type { KeyValueStorage } from '@/persistence/local-storage';
import fixture from '../fixtures/canvas-v1.boom.json';

function counting(storage: Storage) {
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
      writes.push(key);
      storage.setItem(key, value);
    },
  };
  return { storage: wrapped, writes };
}

describe('storage sync', () => {
  let stop: (() => void) | undefined;
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => {
    stop?.();
    stop = undefined;
    vi.useRealTimers();
  });

  it('opens the saved canvas and saves a burst of edits in one write, after a quiet moment', () => {
    localStorage.setItem('boom:canvas:fixture-v1', JSON.stringify(fixture));
    localStorage.setItem('boom:current', 'fixture-v1');
    const { storage, writes } = counting(localStorage);
    stop = startStorageSync(storage);
    expect(selectCurrentCanvas(useCanvasStore.getState()).title).toBe('کافه‌ی سر کوچه');
    for (const letter of 'Typing a title') canvasActions().setTitle(`T ${letter}`);
    expect(writes).toEqual([]);
    vi.advanceTimersByTime(SAVE_DELAY_MS + 10);
    expect(writes).toEqual(['boom:canvas:fixture-v1']);
    expect(JSON.parse(localStorage.getItem('boom:canvas:fixture-v1')!).canvas.title).toBe('T e');
  });

  it('saves at once when the page is hidden', () => {
    const { storage, writes } = counting(localStorage);
    stop = startStorageSync(storage);
    vi.advanceTimersByTime(SAVE_DELAY_MS + 10);
    writes.length = 0;
    canvasActions().addNote('keyPartners', 'Roaster');
    window.dispatchEvent(new Event('pagehide'));
    expect(writes).toHaveLength(1);
  });

  it('writes a new canvas before pointing boom:current at it', () => {
    const { storage, writes } = counting(localStorage);
    stop = startStorageSync(storage);
    vi.advanceTimersByTime(SAVE_DELAY_MS + 10);
    const id = useCanvasStore.getState().currentId;
    expect(writes).toEqual([`boom:canvas:${id}`, 'boom:current']);
  });

  it('reports a full storage and keeps working in memory', () => {
    const { storage } = counting(localStorage);
    stop = startStorageSync(storage);
    vi.advanceTimersByTime(SAVE_DELAY_MS + 10);
    storage.failWith = 'QuotaExceededError';
    canvasActions().addNote('keyPartners', 'Roaster');
    vi.advanceTimersByTime(SAVE_DELAY_MS + 10);
    expect(useStorageStatus.getState().saveProblem).toBe('quota');
    expect(Object.values(selectCurrentCanvas(useCanvasStore.getState()).notes).map((n) => n.text)).toEqual(['Roaster']);
    storage.failWith = undefined;
    canvasActions().addNote('keyPartners', 'Bakery');
    vi.advanceTimersByTime(SAVE_DELAY_MS + 10);
    expect(useStorageStatus.getState().saveProblem).toBeNull();
  });
});
