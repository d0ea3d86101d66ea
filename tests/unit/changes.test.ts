import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { addNote as addTo, createCanvas } from '@/domain/canvas';
import type { Canvas } from '@/domain/schema';
import { startStorageSync, type SyncedCanvases } from '@/persistence/sync/storage-sync';
import { SAVE_DELAY_MS } from '@/persistence/sync/storage-sync';
import { canvasActions, selectCurrentCanvas, setNewCanvasLanguage, useCanvasStore } from '@/store/canvas-store';
import { onCanvasChange, type ChangeOrigin } from '@/store/changes';
import { redo, undo, useHistory } from '@/store/history';

const NOW = '2026-12-06T10:00:00.000Z';

describe('one path for every change, with its origin', () => {
  let origins: ChangeOrigin[] = [];
  let stop = () => {};
  beforeEach(() => {
    origins = [];
    stop = onCanvasChange(({ origin }) => origins.push(origin));
  });
  afterEach(() => stop());

  it('says where each change came from: the user here, undo, another tab, storage', () => {
    canvasActions().addNote('keyPartners', 'Roaster');
    canvasActions().createCanvas();
    undo();
    redo();
    const open = selectCurrentCanvas(useCanvasStore.getState());
    canvasActions().receiveCanvas(addTo(open, 'keyPartners', { id: 'theirs', text: 'Theirs' }, NOW));
    canvasActions().deleteCanvas(open.id, 'remote');
    canvasActions().openWorkspace([createCanvas('stored', NOW, 'Stored')], 'stored');
    expect(origins).toEqual(['local', 'local', 'undo', 'undo', 'remote', 'remote', 'load']);
  });

  it('records only the user’s own changes as steps to undo', () => {
    canvasActions().openWorkspace([createCanvas('stored', NOW, 'Stored')], 'stored');
    setNewCanvasLanguage('fa');
    expect(useHistory.getState().canUndo).toBe(false);
    const open = selectCurrentCanvas(useCanvasStore.getState());
    canvasActions().receiveCanvas(addTo(open, 'keyPartners', { id: 'theirs', text: 'Theirs' }, NOW));
    expect(useHistory.getState().canUndo).toBe(false);
    canvasActions().addNote('keyPartners', 'Mine');
    expect(useHistory.getState().canUndo).toBe(true);
  });

  it('announces nothing when nothing changed (a note edited to what it says already)', () => {
    const id = canvasActions().addNote('keyPartners', 'Roaster')!;
    origins = [];
    canvasActions().updateNoteText(id, 'Roaster');
    canvasActions().updateNote(id, { color: selectCurrentCanvas(useCanvasStore.getState()).notes[id]!.color });
    expect(origins).toEqual([]);
  });
});

describe('the storage sync engine, through its small interface', () => {
  afterEach(() => vi.useRealTimers());

  it('loads, saves and takes in another tab’s save through whatever holds the canvases (here a plain object, not the store)', () => {
    vi.useFakeTimers();
    const stored = addTo(createCanvas('c1', NOW, 'Stored'), 'channels', { id: 'a', text: 'Website' }, NOW);
    localStorage.setItem('boom:canvas:c1', JSON.stringify({ format: 'boom-canvas', schemaVersion: 5, canvas: stored }));
    let workspace: { canvases: Record<string, Canvas>; currentId: string } = { canvases: {}, currentId: '' };
    const listeners = new Set<() => void>();
    const received: Canvas[] = [];
    const set = (next: typeof workspace) => {
      workspace = next;
      for (const listener of listeners) listener();
    };
    const canvases: SyncedCanvases = {
      current: () => workspace,
      subscribe: (listener) => {
        listeners.add(listener);
        return () => void listeners.delete(listener);
      },
      load: (list, currentId) =>
        set({ canvases: Object.fromEntries(list.map((canvas) => [canvas.id, canvas])), currentId: currentId ?? list[0]!.id }),
      receive: (canvas) => {
        received.push(canvas);
        set({ ...workspace, canvases: { ...workspace.canvases, [canvas.id]: canvas } });
      },
      remove: () => {},
      commitEdits: () => {},
    };
    const stop = startStorageSync(canvases, localStorage);
    expect(workspace.canvases.c1?.title).toBe('Stored');

    set({ ...workspace, canvases: { c1: addTo(workspace.canvases.c1!, 'channels', { id: 'b', text: 'Shop' }, NOW) } });
    vi.advanceTimersByTime(SAVE_DELAY_MS + 10);
    const saved = localStorage.getItem('boom:canvas:c1')!;
    expect(JSON.parse(saved).canvas.blocks.channels).toEqual(['a', 'b']);

    // Another tab saves: the engine hands the canvas over to be taken in.
    const theirs = addTo(workspace.canvases.c1!, 'channels', { id: 'c', text: 'Market stall' }, NOW);
    const text = JSON.stringify({ format: 'boom-canvas', schemaVersion: 5, canvas: theirs });
    localStorage.setItem('boom:canvas:c1', text);
    window.dispatchEvent(new StorageEvent('storage', { key: 'boom:canvas:c1', newValue: text }));
    expect(received.map((canvas) => canvas.blocks.channels)).toEqual([['a', 'b', 'c']]);
    stop();
  });
});
