import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { startStorageSync, useStorageStatus } from '@/app/storage-sync';
import { SAVE_DELAY_MS } from '@/persistence/sync/storage-sync';
import { TAB_VERSIONS_CHANNEL } from '@/persistence/sync/tab-versions';
import { SCHEMA_VERSION } from '@/domain/document';
import { canvasActions, selectCurrentCanvas, useCanvasStore } from '@/store/canvas-store';
import fixture from '../fixtures/canvas-v5.boom.json';
import v1 from '../fixtures/canvas-v1.boom.json';
import { CURRENT_VERSION } from '@/domain/migrations';
import { counting } from '../support/storage';

describe('storage sync', () => {
  let stop: (() => void) | undefined;
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => {
    stop?.();
    stop = undefined;
    vi.useRealTimers();
  });

  it('opens the saved canvas and saves a burst of edits in one write, after a quiet moment', () => {
    localStorage.setItem('boom:canvas:fixture-v5', JSON.stringify(fixture));
    localStorage.setItem('boom:current', 'fixture-v5');
    const { storage, writes } = counting(localStorage);
    stop = startStorageSync(storage);
    expect(selectCurrentCanvas(useCanvasStore.getState()).title).toBe('کافه‌ی سر کوچه');
    for (const letter of 'Typing a title') canvasActions().setTitle(`T ${letter}`);
    expect(writes).toEqual([]);
    vi.advanceTimersByTime(SAVE_DELAY_MS + 10);
    expect(writes).toEqual(['boom:canvas:fixture-v5']);
    expect(JSON.parse(localStorage.getItem('boom:canvas:fixture-v5')!).canvas.title).toBe('T e');
  });

  it('upgrades a canvas saved by an older version once, keeping the original', () => {
    localStorage.setItem('boom:canvas:fixture-v1', JSON.stringify(v1));
    const { storage, writes } = counting(localStorage);
    stop = startStorageSync(storage);
    expect(useStorageStatus.getState().migrated).toEqual(['fixture-v1']);
    expect(writes.filter((key) => key.startsWith('boom:pre-upgrade:'))).toHaveLength(1);
    expect(JSON.parse(localStorage.getItem('boom:canvas:fixture-v1')!).schemaVersion).toBe(CURRENT_VERSION);
    const original = writes.find((key) => key.startsWith('boom:pre-upgrade:'))!;
    expect(JSON.parse(localStorage.getItem(original)!)).toEqual(v1);
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

  it('once a tab running a newer file format starts, writes what was waiting and then nothing more', async () => {
    const { storage, writes } = counting(localStorage);
    const stopSync = startStorageSync(storage);
    const stopTabs = (await import('@/app/app-update')).startUpdates();
    stop = () => {
      stopTabs();
      stopSync();
    };
    vi.advanceTimersByTime(SAVE_DELAY_MS + 10);
    const id = useCanvasStore.getState().currentId;
    writes.length = 0;
    canvasActions().addNote('keyPartners', 'Roaster');
    // Another tab starts, on a Boom that writes a newer format.
    const newer = new BroadcastChannel(TAB_VERSIONS_CHANNEL);
    const answer = new Promise((resolve) => (newer.onmessage = (event) => resolve(event.data)));
    newer.postMessage({ kind: 'hello', build: 'a-later-build', schema: SCHEMA_VERSION + 1 });
    expect(await answer).toEqual({ kind: 'here', build: __BOOM_BUILD__, schema: SCHEMA_VERSION });
    newer.close();
    await vi.waitFor(() => expect(useStorageStatus.getState().saveProblem).toBe('newerTab'));
    expect(writes).toEqual([`boom:canvas:${id}`]);
    expect(localStorage.getItem(`boom:canvas:${id}`)).toContain('Roaster');
    canvasActions().addNote('keyPartners', 'Bakery');
    vi.advanceTimersByTime(SAVE_DELAY_MS + 10);
    window.dispatchEvent(new Event('pagehide'));
    expect(writes).toEqual([`boom:canvas:${id}`]);
    expect(localStorage.getItem(`boom:canvas:${id}`)).not.toContain('Bakery');
  });
});

describe('two tabs', () => {
  let stop: (() => void) | undefined;
  beforeEach(() => vi.useFakeTimers());
  // Stopped and put back even when an assertion fails, so nothing leaks into the next test.
  afterEach(() => {
    stop?.();
    stop = undefined;
    vi.useRealTimers();
  });

  it('shows what another tab saved, and merges it with edits not yet saved here', async () => {
    const { serializeCanvas } = await import('@/persistence/canvas-document');
    const { addNote: add } = await import('@/domain/canvas');
    localStorage.setItem('boom:canvas:fixture-v5', JSON.stringify(fixture));
    localStorage.setItem('boom:current', 'fixture-v5');
    stop = startStorageSync(localStorage);
    const base = selectCurrentCanvas(useCanvasStore.getState());

    // This tab adds a note but has not saved it yet; the other tab saves one of its own.
    canvasActions().addNote('keyPartners', 'Roaster (this tab)');
    const theirs = add(base, 'keyPartners', { id: 'other', text: 'Bakery (other tab)' }, '2026-11-23T12:00:00.000Z');
    const text = serializeCanvas(theirs);
    localStorage.setItem('boom:canvas:fixture-v5', text);
    window.dispatchEvent(new StorageEvent('storage', { key: 'boom:canvas:fixture-v5', newValue: text, storageArea: localStorage }));

    const texts = () => {
      const canvas = selectCurrentCanvas(useCanvasStore.getState());
      return canvas.blocks.keyPartners.map((id) => canvas.notes[id]!.text).sort();
    };
    expect(texts()).toEqual(['Bakery (other tab)', 'Roaster (this tab)']);
    vi.advanceTimersByTime(SAVE_DELAY_MS + 10);
    const stored = JSON.parse(localStorage.getItem('boom:canvas:fixture-v5')!).canvas;
    expect(
      Object.values(stored.notes)
        .map((n) => (n as { text: string }).text)
        .sort(),
    ).toEqual(['Bakery (other tab)', 'Roaster (this tab)', ...Object.values(fixture.canvas.notes).map((n) => n.text)].sort());
  });

  it('takes in what storage holds now, not what an event says it held: at the note limit, a save this tab wrote over is not taken in', async () => {
    const { serializeCanvas } = await import('@/persistence/canvas-document');
    const { addNote: add, createCanvas: make } = await import('@/domain/canvas');
    // A canvas one note short of the limit.
    let base = make('nearlyfull', '2026-11-23T11:00:00.000Z', 'Nearly full');
    base = {
      ...base,
      notes: Object.fromEntries(
        Array.from({ length: 4999 }, (_, i) => [`n${i}`, { id: `n${i}`, text: `Partner ${i}`, color: 'yellow' as const }]),
      ),
      blocks: { ...base.blocks, keyPartners: Array.from({ length: 4999 }, (_, i) => `n${i}`) },
    };
    localStorage.setItem('boom:canvas:nearlyfull', serializeCanvas(base));
    localStorage.setItem('boom:current', 'nearlyfull');
    stop = startStorageSync(localStorage);
    // This tab adds the last note and writes it, not having heard of the other tab's save, whose
    // event arrives only now: storage holds this tab's write.
    canvasActions().addNote('channels', 'From this tab');
    window.dispatchEvent(new Event('pagehide'));
    const ours = localStorage.getItem('boom:canvas:nearlyfull')!;
    const theirs = serializeCanvas(add(base, 'channels', { id: 'other', text: 'From the other tab' }, '2026-11-23T12:00:00.000Z'));
    window.dispatchEvent(new StorageEvent('storage', { key: 'boom:canvas:nearlyfull', newValue: theirs, storageArea: localStorage }));
    const shown = () => {
      const canvas = selectCurrentCanvas(useCanvasStore.getState());
      return canvas.blocks.channels.map((id) => canvas.notes[id]!.text);
    };
    // What this tab shows is what storage holds (the other tab takes it in from its own event).
    expect(localStorage.getItem('boom:canvas:nearlyfull')).toBe(ours);
    expect(shown()).toEqual(['From this tab']);
  });

  it('merges, rather than overwrites, what another tab saved a moment before this tab saves (its event not here yet)', async () => {
    const { serializeCanvas } = await import('@/persistence/canvas-document');
    const { addNote: add } = await import('@/domain/canvas');
    localStorage.setItem('boom:canvas:fixture-v5', JSON.stringify(fixture));
    localStorage.setItem('boom:current', 'fixture-v5');
    stop = startStorageSync(localStorage);
    const base = selectCurrentCanvas(useCanvasStore.getState());

    canvasActions().addNote('keyPartners', 'Roaster (this tab)');
    // The other tab writes; its storage event has not reached this tab when this tab saves.
    localStorage.setItem(
      'boom:canvas:fixture-v5',
      serializeCanvas(add(base, 'keyPartners', { id: 'other', text: 'Bakery (other tab)' }, '2026-11-23T12:00:00.000Z')),
    );
    vi.advanceTimersByTime(SAVE_DELAY_MS + 10);

    const stored = JSON.parse(localStorage.getItem('boom:canvas:fixture-v5')!).canvas;
    const storedTexts = Object.values(stored.notes).map((n) => (n as { text: string }).text);
    expect(storedTexts).toContain('Bakery (other tab)');
    expect(storedTexts).toContain('Roaster (this tab)');
    // And this tab shows the other's note at once.
    const canvas = selectCurrentCanvas(useCanvasStore.getState());
    expect(canvas.blocks.keyPartners.map((id) => canvas.notes[id]!.text)).toContain('Bakery (other tab)');
  });

  it('merges a save another tab made from an older revision against that revision: both notes stay, and a deletion made after seeing a note stays', async () => {
    const { addNote: add, removeNote } = await import('@/domain/canvas');
    const { canvasText, revisionOf } = await import('@/persistence/local-storage');
    localStorage.setItem('boom:canvas:fixture-v5', JSON.stringify(fixture));
    localStorage.setItem('boom:current', 'fixture-v5');
    stop = startStorageSync(localStorage);
    const start = selectCurrentCanvas(useCanvasStore.getState());
    const send = (text: string) => {
      localStorage.setItem('boom:canvas:fixture-v5', text);
      window.dispatchEvent(new StorageEvent('storage', { key: 'boom:canvas:fixture-v5', newValue: text, storageArea: localStorage }));
    };
    const texts = () => {
      const canvas = selectCurrentCanvas(useCanvasStore.getState());
      return canvas.blocks.keyPartners.map((id) => canvas.notes[id]!.text);
    };

    // This tab saves a note (revision A1, from the start)...
    canvasActions().addNote('keyPartners', 'Roaster (this tab)');
    vi.advanceTimersByTime(SAVE_DELAY_MS + 10);
    const a1 = revisionOf(localStorage.getItem('boom:canvas:fixture-v5')!)!;
    // ...while the other tab, not having seen it, saved its own from the start (its parent: none).
    send(
      canvasText(add(start, 'keyPartners', { id: 'b1', text: 'Bakery (other tab)' }, '2026-11-25T10:00:00.000Z'), {
        revision: 'b1',
        parent: null,
      }),
    );
    expect(texts()).toContain('Roaster (this tab)');
    expect(texts()).toContain('Bakery (other tab)');
    vi.advanceTimersByTime(SAVE_DELAY_MS + 10);
    const merged = JSON.parse(localStorage.getItem('boom:canvas:fixture-v5')!).canvas;
    expect(Object.values(merged.notes).map((n) => (n as { text: string }).text)).toEqual(
      expect.arrayContaining(['Roaster (this tab)', 'Bakery (other tab)']),
    );

    // The other tab then sees this tab's save and deletes the roaster: the deletion holds here.
    const seen = selectCurrentCanvas(useCanvasStore.getState());
    const roaster = Object.values(seen.notes).find((note) => note.text === 'Roaster (this tab)')!;
    const current = revisionOf(localStorage.getItem('boom:canvas:fixture-v5')!)!;
    expect(current.revision).not.toBe(a1.revision);
    send(canvasText(removeNote(seen, roaster.id, '2026-11-25T10:01:00.000Z'), { revision: 'b2', parent: current.revision }));
    expect(texts()).not.toContain('Roaster (this tab)');
    expect(texts()).toContain('Bakery (other tab)');
  });
});
