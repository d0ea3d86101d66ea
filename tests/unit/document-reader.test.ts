/**
 * A new visitor's first screen runs without the document reader (the schema's code). These tests keep
 * the reader shut as on that first screen, then open it, and check that another tab's saves are
 * neither lost nor overwritten meanwhile, and are taken in in the order they came.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { addNote as add, createCanvas } from '@/domain/canvas';
import type { Canvas } from '@/domain/schema';
import { canvasText } from '@/persistence/local-storage';

// The reader as the first screen has it: shut until the test opens it.
const reader = vi.hoisted(() => ({ open: false, opened: [] as (() => void)[] }));
vi.mock('@/persistence/document-reader', async (importOriginal) => {
  const real = await importOriginal<typeof import('@/persistence/document-reader')>();
  return {
    documentReader: () => (reader.open ? real.documentReader() : null),
    loadDocumentReader: () =>
      new Promise<unknown>((resolve) => {
        reader.opened.push(() => resolve(real.loadDocumentReader()));
      }),
  };
});

const { startStorageSync } = await import('@/app/storage-sync');
const { SAVE_DELAY_MS } = await import('@/persistence/sync/storage-sync');
const { canvasActions, selectCurrentCanvas, useCanvasStore } = await import('@/store/canvas-store');

/** Opens the reader: what waited for it goes on. */
async function openTheDoor() {
  reader.open = true;
  for (const resolve of reader.opened.splice(0)) resolve();
  await vi.runAllTimersAsync();
}

const texts = (canvas: Canvas) =>
  Object.values(canvas.notes)
    .map((note) => note.text)
    .sort();
const stored = (id: string) => JSON.parse(localStorage.getItem(`boom:canvas:${id}`)!).canvas as Canvas;
const shown = () => selectCurrentCanvas(useCanvasStore.getState());

describe('before the document reader is open', () => {
  let stop: (() => void) | undefined;
  beforeEach(() => {
    vi.useFakeTimers();
    reader.open = false;
    reader.opened.length = 0;
  });
  afterEach(() => {
    stop?.();
    stop = undefined;
    vi.useRealTimers();
  });

  it('saves a new visitor’s canvas without it', () => {
    stop = startStorageSync(localStorage);
    canvasActions().addNote('keyPartners', 'Roaster');
    vi.advanceTimersByTime(SAVE_DELAY_MS + 10);
    expect(texts(stored(shown().id))).toEqual(['Roaster']);
  });

  it('does not overwrite what another tab saved meanwhile: the save waits for the reader, then merges', async () => {
    stop = startStorageSync(localStorage);
    vi.advanceTimersByTime(SAVE_DELAY_MS + 10);
    const start = shown();
    // Another tab writes a note (its event not here yet); this tab adds one of its own.
    localStorage.setItem(
      `boom:canvas:${start.id}`,
      canvasText(add(start, 'channels', { id: 'b1', text: 'Website (other tab)' }, start.updatedAt), { revision: 'b1', parent: null }),
    );
    canvasActions().addNote('keyPartners', 'Roaster (this tab)');
    vi.advanceTimersByTime(SAVE_DELAY_MS + 10);
    expect(texts(stored(start.id))).toEqual(['Website (other tab)']);

    await openTheDoor();
    expect(texts(stored(start.id))).toEqual(['Roaster (this tab)', 'Website (other tab)']);
    expect(texts(shown())).toEqual(['Roaster (this tab)', 'Website (other tab)']);
  });

  it('takes in another tab’s saves once it is open, in the order they came', async () => {
    stop = startStorageSync(localStorage);
    vi.advanceTimersByTime(SAVE_DELAY_MS + 10);
    const start = shown();
    const send = (canvas: Canvas, revision: string, parent: string | null) => {
      const text = canvasText(canvas, { revision, parent });
      localStorage.setItem(`boom:canvas:${canvas.id}`, text);
      window.dispatchEvent(new StorageEvent('storage', { key: `boom:canvas:${canvas.id}`, newValue: text, storageArea: localStorage }));
    };
    const first = add(start, 'channels', { id: 'b1', text: 'Website' }, start.updatedAt);
    send(first, 'b1', null);
    send(add(first, 'channels', { id: 'b2', text: 'Shop' }, start.updatedAt), 'b2', 'b1');
    // A canvas made in the other tab, then deleted there.
    const other = createCanvas('elsewhere', start.updatedAt, 'Elsewhere');
    send(other, 'c1', null);
    localStorage.removeItem('boom:canvas:elsewhere');
    window.dispatchEvent(new StorageEvent('storage', { key: 'boom:canvas:elsewhere', newValue: null, storageArea: localStorage }));
    expect(texts(shown())).toEqual([]);

    await openTheDoor();
    expect(texts(shown())).toEqual(['Shop', 'Website']);
    expect(Object.keys(useCanvasStore.getState().canvases)).not.toContain('elsewhere');
  });
});
