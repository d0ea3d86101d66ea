import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { addNote, createCanvas } from '@/domain/canvas';
import { startStorageSync, useStorageStatus } from '@/app/storage-sync';
import { SAVE_DELAY_MS } from '@/persistence/sync/storage-sync';
import { serializeCanvas } from '@/persistence/canvas-document';
import { counting } from '../support/storage';
import { canvasActions, selectCanvasList, selectCurrentCanvas, useCanvasStore } from '@/store/canvas-store';
import { undo } from '@/store/history';

const NOW = '2026-11-23T12:00:00.000Z';
const state = () => useCanvasStore.getState();

describe('many canvases', () => {
  it('creates, opens, renames and duplicates canvases', () => {
    const first = state().currentId;
    canvasActions().addNote('customerSegments', 'Students');
    const second = canvasActions().createCanvas();
    expect(state().currentId).toBe(second);
    expect(selectCurrentCanvas(state()).blocks.customerSegments).toEqual([]);
    canvasActions().renameCanvas(first, 'Café');
    const copy = canvasActions().duplicateCanvas(first, 'Copy of Café')!;
    expect(state().currentId).toBe(second);
    canvasActions().openCanvas(copy);
    const opened = selectCurrentCanvas(state());
    expect(opened.title).toBe('Copy of Café');
    expect(Object.values(opened.notes).map((note) => note.text)).toEqual(['Students']);
    expect(selectCanvasList(state()).map((canvas) => canvas.id)).toHaveLength(3);
  });

  it('deleting the open canvas opens the most recent other one, or a new one; the deleted canvas comes back on undo', () => {
    const only = state().currentId;
    canvasActions().addNote('customerSegments', 'Students');
    const before = selectCurrentCanvas(state());
    const deleted = canvasActions().deleteCanvas(only)!;
    expect(deleted).toBe(before);
    expect(state().currentId).not.toBe(only);
    expect(Object.keys(state().canvases)).toEqual([state().currentId]);
    // Undo: the canvas is back as it was, open again.
    expect(undo()).toBe(true);
    expect(state().canvases[only]).toBe(before);
    expect(state().currentId).toBe(only);
  });

  it('adds a canvas from outside as a copy when its id is taken, never replacing one', () => {
    canvasActions().setTitle('Mine');
    const current = selectCurrentCanvas(state());
    const incoming = addNote(createCanvas(current.id, NOW, 'Imported'), 'channels', { id: 'n1', text: 'Shop' }, NOW);
    const id = canvasActions().addCanvas(incoming);
    expect(id).not.toBe(current.id);
    expect(state().canvases[current.id]).toBe(current);
    expect(state().currentId).toBe(id);
    expect(selectCurrentCanvas(state()).title).toBe('Imported');
    expect(selectCurrentCanvas(state()).notes.n1?.text).toBe('Shop');
  });
});

describe('the empty canvas of a first visit', () => {
  it('makes way for the first canvas that opens, but a canvas the user touched never does', () => {
    const pristine = state().currentId;
    const first = canvasActions().addCanvas(createCanvas('imported', NOW, 'Imported'))!;
    expect(Object.keys(state().canvases)).toEqual([first]);
    expect(state().canvases[pristine]).toBeUndefined();

    const made = canvasActions().createCanvas()!;
    canvasActions().deleteCanvas(first);
    canvasActions().renameCanvas(made, 'Mine');
    canvasActions().addCanvas(createCanvas('second', NOW, 'Second'));
    expect(Object.keys(state().canvases).sort()).toEqual([made, 'second'].sort());
  });
});

describe('storage of many canvases', () => {
  let stop: (() => void) | undefined;
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => {
    stop?.();
    stop = undefined;
    vi.useRealTimers();
  });

  it('writes new canvases and removes deleted ones', () => {
    stop = startStorageSync(localStorage);
    const first = state().currentId;
    const second = canvasActions().createCanvas();
    vi.advanceTimersByTime(SAVE_DELAY_MS + 10);
    expect(localStorage.getItem(`boom:canvas:${second}`)).not.toBeNull();
    expect(localStorage.getItem('boom:current')).toBe(second);
    canvasActions().deleteCanvas(first);
    vi.advanceTimersByTime(SAVE_DELAY_MS + 10);
    expect(localStorage.getItem(`boom:canvas:${first}`)).toBeNull();
    expect(localStorage.getItem(`boom:canvas:${second}`)).not.toBeNull();
  });

  it('deletes even when storage is full, which is how the user makes room', () => {
    const a = createCanvas('canvasA', NOW, 'A');
    localStorage.setItem('boom:canvas:canvasA', serializeCanvas(a));
    localStorage.setItem('boom:current', 'canvasA');
    const { storage } = counting(localStorage);
    stop = startStorageSync(storage);
    const big = canvasActions().createCanvas();
    canvasActions().addNote('keyPartners', 'Roaster');
    vi.advanceTimersByTime(SAVE_DELAY_MS + 10);
    storage.failWith = 'QuotaExceededError';
    canvasActions().addNote('keyPartners', 'Bakery');
    canvasActions().deleteCanvas('canvasA');
    vi.advanceTimersByTime(SAVE_DELAY_MS + 10);
    expect(localStorage.getItem('boom:canvas:canvasA')).toBeNull();
    expect(localStorage.getItem(`boom:canvas:${big}`)).toContain('Roaster');
  });

  it('keeps a note still being typed when another tab deletes its canvas', async () => {
    const { registerPendingEdit } = await import('@/store/pending-edits');
    const a = createCanvas('canvasA', NOW, 'A');
    localStorage.setItem('boom:canvas:canvasA', serializeCanvas(a));
    localStorage.setItem('boom:current', 'canvasA');
    stop = startStorageSync(localStorage);
    const unregister = registerPendingEdit(() => canvasActions().addNote('keyPartners', 'Half-typed idea'));
    localStorage.removeItem('boom:canvas:canvasA');
    window.dispatchEvent(new StorageEvent('storage', { key: 'boom:canvas:canvasA', newValue: null, storageArea: localStorage }));
    unregister();
    expect(selectCurrentCanvas(state()).id).toBe('canvasA');
    vi.advanceTimersByTime(SAVE_DELAY_MS + 10);
    expect(localStorage.getItem('boom:canvas:canvasA')).toContain('Half-typed idea');
  });

  it('follows a delete made in another tab, but keeps a canvas with edits not yet saved here', () => {
    const a = createCanvas('canvasA', NOW, 'A');
    const b = createCanvas('canvasB', NOW, 'B');
    localStorage.setItem('boom:canvas:canvasA', serializeCanvas(a));
    localStorage.setItem('boom:canvas:canvasB', serializeCanvas(b));
    localStorage.setItem('boom:current', 'canvasA');
    stop = startStorageSync(localStorage);
    const removedElsewhere = (key: string) => {
      localStorage.removeItem(key);
      window.dispatchEvent(new StorageEvent('storage', { key, newValue: null, storageArea: localStorage }));
    };
    removedElsewhere('boom:canvas:canvasB');
    expect(state().canvases.canvasB).toBeUndefined();
    expect(useStorageStatus.getState().deletedElsewhere).toEqual(['B']);

    canvasActions().addNote('keyPartners', 'Not saved yet');
    removedElsewhere('boom:canvas:canvasA');
    expect(selectCurrentCanvas(state()).id).toBe('canvasA');
    vi.advanceTimersByTime(SAVE_DELAY_MS + 10);
    expect(localStorage.getItem('boom:canvas:canvasA')).toContain('Not saved yet');
  });
});

describe('how many canvases are kept', () => {
  it('stops at the limit for new, copied, imported canvases; a deleted canvas still comes back', async () => {
    const { LIMITS } = await import('@/domain/limits');
    const state = () => useCanvasStore.getState();
    canvasActions().setTitle('First');
    while (Object.keys(state().canvases).length < LIMITS.canvasesKept) expect(canvasActions().createCanvas()).not.toBeNull();
    const before = state().canvases;
    expect(canvasActions().createCanvas()).toBeNull();
    expect(canvasActions().duplicateCanvas(state().currentId, 'Copy')).toBeNull();
    expect(canvasActions().addCanvas(createCanvas('outside', NOW, 'From a file'))).toBeNull();
    expect(state().canvases).toBe(before);
    const deleted = canvasActions().deleteCanvas(state().currentId)!;
    expect(canvasActions().createCanvas()).not.toBeNull();
    expect(canvasActions().restoreCanvas(deleted)).toBe(true);
    expect(Object.keys(state().canvases)).toHaveLength(LIMITS.canvasesKept + 1);
  });
});
