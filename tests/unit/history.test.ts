import { beforeEach, describe, expect, it } from 'vitest';
import { createCanvas, addNote as addTo, removeNote as removeFrom } from '@/domain/canvas';
import { lastStepChanged, redo, resetHistory, undo, useHistory, COALESCE_MS, HISTORY_LIMIT } from '@/store/history';
import { canvasActions, selectCurrentCanvas, useCanvasStore } from '@/store/canvas-store';

const NOW = '2026-11-25T10:00:00.000Z';
let clock = 0;
const state = () => useCanvasStore.getState();
const texts = (block: 'keyPartners' | 'customerSegments' = 'keyPartners') => {
  const canvas = selectCurrentCanvas(state());
  return canvas.blocks[block].map((id) => canvas.notes[id]!.text);
};

beforeEach(() => {
  clock = 0;
  resetHistory(() => clock);
});

describe('history', () => {
  it('undoes and redoes note changes one step at a time', () => {
    canvasActions().addNote('keyPartners', 'Roaster');
    clock += 5000;
    const id = canvasActions().addNote('keyPartners', 'Bakery')!;
    clock += 5000;
    canvasActions().updateNoteText(id, 'Bakery next door');
    expect(undo()).toBe(true);
    expect(texts()).toEqual(['Roaster', 'Bakery']);
    expect(undo()).toBe(true);
    expect(texts()).toEqual(['Roaster']);
    expect(redo()).toBe(true);
    expect(redo()).toBe(true);
    expect(texts()).toEqual(['Roaster', 'Bakery next door']);
    expect(redo()).toBe(false);
  });

  it('makes typing a title one step, and a later change another', () => {
    for (const title of ['C', 'Co', 'Cor', 'Corner', 'Corner Café']) {
      canvasActions().setTitle(title);
      clock += 150;
    }
    clock += COALESCE_MS * 2;
    canvasActions().setTitle('Corner Café (draft)');
    undo();
    expect(selectCurrentCanvas(state()).title).toBe('Corner Café');
    undo();
    expect(selectCurrentCanvas(state()).title).toBe('');
    expect(useHistory.getState()).toEqual({ canUndo: false, canRedo: true });
  });

  it('keeps the last HISTORY_LIMIT steps (at least a hundred), forgetting the oldest', () => {
    expect(HISTORY_LIMIT).toBeGreaterThanOrEqual(100);
    const extra = 15;
    for (let i = 0; i < HISTORY_LIMIT + extra; i += 1) {
      canvasActions().addNote('keyPartners', `Note ${i}`);
      clock += 10;
    }
    let steps = 0;
    while (undo()) steps += 1;
    expect(steps).toBe(HISTORY_LIMIT);
    expect(texts()).toEqual(Array.from({ length: extra }, (_, i) => `Note ${i}`));
  });

  it('undoing an import removes the imported canvas and nothing else', () => {
    canvasActions().addNote('customerSegments', 'Students');
    clock += 5000;
    const mine = state().currentId;
    const imported = canvasActions().addCanvas(
      addTo(createCanvas('imported', NOW, 'Imported'), 'channels', { id: 'n1', text: 'Shop' }, NOW),
    )!;
    expect(state().currentId).toBe(imported);
    undo();
    expect(Object.keys(state().canvases)).toEqual([mine]);
    expect(state().currentId).toBe(mine);
    expect(texts('customerSegments')).toEqual(['Students']);
    redo();
    expect(state().currentId).toBe(imported);
  });

  it('undoing an import from a file (through the one document reader) removes that canvas and nothing else', async () => {
    const { importCanvasFiles } = await import('@/features/files/file-actions');
    const { canvasFileText } = await import('@/persistence/files');
    canvasActions().addNote('customerSegments', 'Students');
    clock += 5000;
    const mine = state().currentId;
    const before = state().canvases[mine];
    const text = canvasFileText(addTo(createCanvas('from-file', NOW, 'From a file'), 'channels', { id: 'n1', text: 'Shop' }, NOW), NOW);
    await importCanvasFiles([new File([text], 'shop.boom.json', { type: 'application/json' })]);
    expect(selectCurrentCanvas(state()).title).toBe('From a file');
    clock += 5000;
    undo();
    expect(Object.keys(state().canvases)).toEqual([mine]);
    expect(state().canvases[mine]).toBe(before);
  });

  it('does not record changes from another tab, and keeps them when undoing its own', () => {
    const id = canvasActions().addNote('keyPartners', 'Mine')!;
    clock += 5000;
    const current = selectCurrentCanvas(state());
    canvasActions().receiveCanvas(addTo(current, 'keyPartners', { id: 'theirs', text: 'Theirs' }, NOW));
    expect(useHistory.getState().canUndo).toBe(true);
    undo();
    expect(texts()).toEqual(['Theirs']);
    expect(selectCurrentCanvas(state()).notes[id]).toBeUndefined();
    expect(undo()).toBe(false);
  });

  it('says when an undo changes nothing, because someone else took that change back since; the next undo takes back the one before', () => {
    canvasActions().addNote('keyPartners', 'Roaster');
    clock += 5000;
    const id = canvasActions().addNote('keyPartners', 'Bakery')!;
    clock += 5000;
    // Someone else (another tab, or a live room) deleted the note this person added last.
    canvasActions().receiveCanvas(removeFrom(selectCurrentCanvas(state()), id, NOW));
    expect(texts()).toEqual(['Roaster']);
    expect(undo()).toBe(true);
    expect(lastStepChanged()).toBe(false);
    expect(texts()).toEqual(['Roaster']);
    expect(undo()).toBe(true);
    expect(lastStepChanged()).toBe(true);
    expect(texts()).toEqual([]);
    expect(undo()).toBe(false);
  });

  it('does not count opening another canvas as a change, but undo shows the canvas it changes', () => {
    const first = state().currentId;
    canvasActions().addNote('keyPartners', 'Roaster');
    clock += 5000;
    const second = canvasActions().createCanvas()!;
    clock += 5000;
    canvasActions().openCanvas(first);
    canvasActions().openCanvas(second);
    undo();
    expect(state().canvases[second]).toBeUndefined();
    expect(state().currentId).toBe(first);
    undo();
    expect(texts()).toEqual([]);
  });
});

describe('history, with votes, lists and other tabs', () => {
  it('counts every vote as a step of its own, however quick', () => {
    const id = canvasActions().addNote('keyPartners', 'Roaster')!;
    clock += 5000;
    for (let i = 0; i < 3; i += 1) {
      canvasActions().addVote(id);
      clock += 100;
    }
    undo();
    expect(selectCurrentCanvas(state()).notes[id]?.votes).toBe(2);
  });

  it('does not bring back, on undo, a canvas another tab deleted since', () => {
    const other = canvasActions().createCanvas()!;
    clock += 5000;
    canvasActions().addNote('keyPartners', 'In the other canvas');
    clock += 5000;
    canvasActions().deleteCanvas(other, 'remote');
    undo();
    expect(state().canvases[other]).toBeUndefined();
  });

  it('does not put back, on undo, an old copy of a canvas it took away that another tab kept and changed since', () => {
    const first = state().currentId;
    canvasActions().addNote('keyPartners', 'Roaster');
    clock += 5000;
    canvasActions().createCanvas();
    clock += 5000;
    const gone = canvasActions().deleteCanvas(first)!;
    clock += 5000;
    // Another tab was typing in it: it kept it, with the new note, and saved it again.
    canvasActions().receiveCanvas(addTo(gone, 'keyPartners', { id: 'theirs', text: 'Bakery (other tab)' }, NOW));
    undo();
    canvasActions().openCanvas(first);
    expect(texts()).toEqual(['Roaster', 'Bakery (other tab)']);
  });

  it('a canvas brought back by undo is not brought back twice by the list', () => {
    canvasActions().setTitle('Mine');
    clock += 5000;
    const first = state().currentId;
    const deleted = canvasActions().deleteCanvas(first)!;
    undo();
    expect(state().canvases[first]).toBeDefined();
    expect(canvasActions().restoreCanvas(deleted)).toBe(false);
    expect(Object.values(state().canvases).filter((canvas) => canvas.title === 'Mine')).toHaveLength(1);
  });
});
