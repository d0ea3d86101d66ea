import { describe, expect, it } from 'vitest';
import { addNote, createCanvas } from '@/domain/canvas';
import { canvasKey, CURRENT_KEY, loadWorkspace, saveCanvas, saveCurrentId, type KeyValueStorage } from '@/persistence/local-storage';
import { serializeCanvas } from '@/persistence/canvas-document';
import fixture from '../fixtures/canvas-v1.boom.json';

const NOW = '2026-11-23T12:00:00.000Z';
const clock = () => NOW;

function keys(storage: Storage): string[] {
  return Array.from({ length: storage.length }, (_, i) => storage.key(i)!).sort();
}

describe('workspace in localStorage', () => {
  it('saves canvases as plain JSON under boom: keys and reads them back', () => {
    const canvas = addNote(createCanvas('c1', NOW, 'Café'), 'channels', { id: 'n1', text: 'Walk-in' }, NOW);
    expect(saveCanvas(localStorage, canvas)).toEqual({ ok: true });
    expect(saveCurrentId(localStorage, 'c1')).toEqual({ ok: true });
    expect(JSON.parse(localStorage.getItem('boom:canvas:c1')!).canvas.title).toBe('Café');
    const snapshot = loadWorkspace(localStorage, clock);
    expect(snapshot).toEqual({ canvases: [canvas], currentId: 'c1', unreadable: [], migrated: [], keptBackups: [], available: true });
  });

  it('moves unreadable data to a backup key, keeps it whole, and still loads the rest', () => {
    localStorage.setItem(canvasKey(fixture.canvas.id), JSON.stringify(fixture));
    localStorage.setItem('boom:canvas:broken', '{"format":"boom-canvas", truncated');
    localStorage.setItem(CURRENT_KEY, 'broken');
    const snapshot = loadWorkspace(localStorage, clock);
    expect(snapshot.canvases.map((c) => c.id)).toEqual(['fixture-v1']);
    expect(snapshot.currentId).toBeNull();
    expect(snapshot.unreadable).toEqual([
      { key: 'boom:canvas:broken', backupKey: `boom:backup:${NOW}:canvas:broken`, error: { code: 'notJson' } },
    ]);
    expect(localStorage.getItem(`boom:backup:${NOW}:canvas:broken`)).toBe('{"format":"boom-canvas", truncated');
    expect(keys(localStorage)).not.toContain('boom:canvas:broken');
  });

  it('leaves unreadable data where it is when the backup cannot be written', () => {
    const raw = '{"format":"boom-canvas","schemaVersion":1}';
    localStorage.setItem('boom:canvas:odd', raw);
    const full: KeyValueStorage = {
      getItem: (key) => localStorage.getItem(key),
      removeItem: (key) => localStorage.removeItem(key),
      key: (i) => localStorage.key(i),
      get length() {
        return localStorage.length;
      },
      setItem: () => {
        throw new DOMException('full', 'QuotaExceededError');
      },
    };
    const snapshot = loadWorkspace(full, clock);
    expect(snapshot.unreadable[0]).toMatchObject({ key: 'boom:canvas:odd', backupKey: null, error: { code: 'invalid' } });
    expect(localStorage.getItem('boom:canvas:odd')).toBe(raw);
    expect(saveCanvas(full, createCanvas('c2', NOW))).toEqual({ ok: false, reason: 'quota' });
  });

  it('does not let a document filed under another key stand in for that canvas', () => {
    localStorage.setItem('boom:canvas:other', serializeCanvas(createCanvas('c9', NOW)));
    const snapshot = loadWorkspace(localStorage, clock);
    expect(snapshot.canvases).toEqual([]);
    expect(snapshot.unreadable[0]?.error).toEqual({ code: 'invalid', path: 'canvas.id', problem: 'idMismatch' });
  });

  it('reports storage that cannot be used', () => {
    expect(loadWorkspace(null).available).toBe(false);
    expect(saveCanvas(null, createCanvas('c', NOW))).toEqual({ ok: false, reason: 'unavailable' });
  });

  it('points to backups from earlier visits until the user asks to forget them, and never deletes them', async () => {
    const { forgetBackups, backupTime } = await import('@/persistence/local-storage');
    localStorage.setItem('boom:canvas:broken', 'garbage');
    expect(loadWorkspace(localStorage, clock).keptBackups).toEqual([]);
    const next = loadWorkspace(localStorage, () => '2026-11-24T09:00:00.000Z');
    expect(next.keptBackups).toEqual([`boom:backup:${NOW}:canvas:broken`]);
    expect(backupTime(next.keptBackups[0]!)).toBe(NOW);
    forgetBackups(localStorage, next.keptBackups);
    expect(loadWorkspace(localStorage, clock).keptBackups).toEqual([]);
    expect(localStorage.getItem(`boom:backup:${NOW}:canvas:broken`)).toBe('garbage');
  });
});
