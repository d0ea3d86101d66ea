import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { addNote, createCanvas } from '@/domain/canvas';
import { closeVersions, listVersions } from '@/persistence/versions';
import { canvasActions, resetCanvasStore, useCanvasStore } from '@/store/canvas-store';
import { startDailyVersions } from '@/store/version-keeping';
import { watchVersionMoments } from '@/store/versions';
import { startPresenting, stopPresenting } from '@/store/workshop';

const NOW = '2026-12-06T09:00:00.000Z';
const stops: (() => void)[] = [];

function openCafe() {
  const canvas = addNote(createCanvas('cafe', NOW, 'Corner café'), 'customerSegments', { id: 'n1', text: 'Students' }, NOW);
  canvasActions().openWorkspace([canvas], 'cafe');
}

/** Waits until canvas `id` has `count` versions (they are kept in the background). */
async function versionsOf(id: string, count: number) {
  for (let tries = 0; tries < 200; tries += 1) {
    const versions = await listVersions(id);
    if (versions.length >= count) return versions;
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  return listVersions(id);
}

afterEach(async () => {
  for (const stop of stops.splice(0)) stop();
  resetCanvasStore();
  await closeVersions();
  indexedDB.deleteDatabase('boom-versions');
});

describe('the versions Boom keeps by itself', () => {
  it('keeps a canvas as the day found it, before its first change, once a day', async () => {
    openCafe();
    stops.push(startDailyVersions(useCanvasStore.getState().canvases, new Date().toDateString()));
    canvasActions().addNote('customerSegments', 'Commuters');
    canvasActions().addNote('customerSegments', 'Tourists');
    const [daily, ...more] = await versionsOf('cafe', 1);
    expect(more).toEqual([]);
    expect(daily).toMatchObject({ reason: 'daily', notes: 1 });
  });

  it('keeps the canvas as a presentation of it ends, and not twice when nothing changed', async () => {
    openCafe();
    stops.push(watchVersionMoments());
    startPresenting();
    stopPresenting();
    expect(await versionsOf('cafe', 1)).toMatchObject([{ reason: 'presentation', notes: 1 }]);
    startPresenting();
    stopPresenting();
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(await listVersions('cafe')).toHaveLength(1);
  });
});
