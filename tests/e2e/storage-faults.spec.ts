import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import {
  addNote,
  block,
  fillStorage,
  openFresh,
  openSeeded,
  openWithCanvas,
  saveAttempts,
  storageThatFills,
  waitForSave,
  waitForSaveAttempt,
} from './helpers';

test('storage full: a lasting warning, an export that has the unsaved work, the session goes on, saved data untouched', async ({
  page,
}) => {
  // After the first save, the browser refuses every further write as full.
  await storageThatFills(page);
  await openFresh(page);
  await addNote(page, 'Key Partners', 'Saved before');
  await waitForSave(page, ['Saved before']);
  const before = await page.evaluate(() =>
    Object.fromEntries(
      Object.keys(localStorage)
        .filter((key) => key.startsWith('boom:canvas:'))
        .map((key) => [key, localStorage.getItem(key)]),
    ),
  );
  await fillStorage(page);

  await addNote(page, 'Channels', 'Not saved yet');
  const warning = page.getByRole('alert').filter({ hasText: 'storage is full, so changes are not being saved' });
  await expect(warning).toBeVisible();
  // It stays: more work goes on in memory, and the warning with it, after the next try to save.
  const attempts = await saveAttempts(page);
  await addNote(page, 'Channels', 'Still working');
  await waitForSaveAttempt(page, attempts);
  await expect(warning).toBeVisible();
  await expect(block(page, 'Channels').getByRole('listitem')).toHaveCount(2);

  const download = page.waitForEvent('download');
  await warning.getByRole('button', { name: 'Export this canvas (.boom.json)' }).click();
  const exported = JSON.parse(readFileSync(await (await download).path(), 'utf8'));
  const texts = Object.values(exported.canvas.notes as Record<string, { text: string }>)
    .map((note) => note.text)
    .sort();
  expect(texts).toEqual(['Not saved yet', 'Saved before', 'Still working']);

  // What was saved before is exactly as it was.
  const after = await page.evaluate(() =>
    Object.fromEntries(
      Object.keys(localStorage)
        .filter((key) => key.startsWith('boom:canvas:'))
        .map((key) => [key, localStorage.getItem(key)]),
    ),
  );
  expect(after).toEqual(before);
});

test('storage blocked (private mode): the editor works in memory, says changes will be lost, and offers an export', async ({ page }) => {
  await page.addInitScript(() => {
    Object.defineProperty(window, 'localStorage', {
      get() {
        throw new DOMException('Access is denied for this document.', 'SecurityError');
      },
    });
  });
  await page.goto('/');
  const warning = page.getByRole('alert').filter({ hasText: 'does not let Boom save' });
  await expect(warning).toBeVisible();
  await addNote(page, 'Customer Segments', 'Students');
  await expect(warning.getByRole('button', { name: 'Export this canvas (.boom.json)' })).toBeVisible();
});

for (const granted of [true, false]) {
  test(`asks the browser to keep storage once there is work, and says whether it will (${granted ? 'granted' : 'refused'})`, async ({
    page,
  }) => {
    await page.addInitScript((answer) => {
      const calls: string[] = [];
      (window as unknown as { __persistCalls: string[] }).__persistCalls = calls;
      let persisted = false;
      Object.defineProperty(navigator, 'storage', {
        value: {
          persisted: async () => persisted,
          persist: async () => {
            calls.push('persist');
            persisted = answer;
            return answer;
          },
          estimate: async () => ({ usage: 0, quota: 1e9 }),
        },
      });
    }, granted);
    await openFresh(page);
    // Nothing is asked while the canvas is empty, and the Canvases list says nothing of it yet.
    expect(await page.evaluate(() => (window as unknown as { __persistCalls: string[] }).__persistCalls)).toEqual([]);
    await page.getByRole('button', { name: 'Canvases', exact: true }).click();
    await expect(page.getByRole('dialog', { name: 'Canvases' })).not.toContainText(/clear saved data|keeps these canvases/);
    await page.keyboard.press('Escape');
    await addNote(page, 'Key Partners', 'Roaster');
    await expect.poll(() => page.evaluate(() => (window as unknown as { __persistCalls: string[] }).__persistCalls)).toEqual(['persist']);
    await page.getByRole('button', { name: 'Canvases', exact: true }).click();
    const list = page.getByRole('dialog', { name: 'Canvases' });
    await expect(list).toContainText(
      granted
        ? 'Your browser keeps these canvases until you delete them.'
        : 'Browsers may clear saved data when space runs short, so export a copy',
    );
  });
}

test('a canvas with many changes only in this browser gets a quiet suggestion to export, which stops once exported', async ({ page }) => {
  const notes = Array.from({ length: 12 }, (_, i) => `Idea ${i + 1}`);
  await openWithCanvas(page, { keyPartners: notes });
  const suggestion = page.getByRole('status').filter({ hasText: 'there is no copy of it outside this browser yet' });
  await expect(suggestion).toBeVisible({ timeout: 10_000 });
  const download = page.waitForEvent('download');
  await suggestion.getByRole('button', { name: 'Export a copy' }).click();
  const exported = JSON.parse(readFileSync(await (await download).path(), 'utf8'));
  expect(Object.keys(exported.canvas.notes)).toHaveLength(12);

  await page.reload();
  await addNote(page, 'Channels', 'One more');
  // Something that must not come: only time can show it does not (the reminder comes 1.5 s after changes settle).
  await page.waitForTimeout(2500);
  await expect(page.getByRole('status').filter({ hasText: 'only in this browser' })).toHaveCount(0);
  await expect(page.getByRole('status').filter({ hasText: 'no copy of it' })).toHaveCount(0);
});

test('at the most canvases Boom keeps, a new, example or imported canvas is refused with the reason, and nothing changes', async ({
  page,
}) => {
  const now = new Date().toISOString();
  const empty = {
    keyPartners: [],
    keyActivities: [],
    keyResources: [],
    valuePropositions: [],
    customerRelationships: [],
    channels: [],
    customerSegments: [],
    costStructure: [],
    revenueStreams: [],
  };
  const seed: Record<string, string> = { 'boom:language': 'en', 'boom:current': 'c0' };
  for (let i = 0; i < 100; i += 1) {
    const canvas = {
      id: `c${i}`,
      title: `Canvas ${i}`,
      createdAt: now,
      updatedAt: now,
      notes: {},
      blocks: empty,
      journeyModel: 'channelPhases',
    };
    seed[`boom:canvas:c${i}`] = JSON.stringify({ format: 'boom-canvas', schemaVersion: 4, canvas });
  }
  await openSeeded(page, seed);
  await expect(page.getByRole('textbox', { name: 'Canvas title' })).toHaveValue('Canvas 0');
  await page.getByRole('button', { name: 'Canvases', exact: true }).click();
  const list = page.getByRole('dialog', { name: 'Canvases' });
  await list.getByRole('button', { name: /^Blank canvas/ }).click();
  await expect(list.getByRole('alert')).toContainText('This browser already holds 100 canvases, the most Boom keeps.');
  await list.getByRole('button', { name: /^Airbnb/ }).click();
  await expect(list.getByRole('alert')).toContainText('100 canvases');
  await page.keyboard.press('Escape');

  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Import', exact: true }).click();
  const file = JSON.stringify({
    format: 'boom-canvas',
    schemaVersion: 4,
    canvas: { id: 'new', title: 'New one', createdAt: now, updatedAt: now, notes: {}, blocks: empty, journeyModel: 'channelPhases' },
  });
  await (await chooser).setFiles({ name: 'new-one.boom.json', mimeType: 'application/json', buffer: Buffer.from(file) });
  await expect(page.getByRole('alert').filter({ hasText: 'new-one.boom.json' })).toContainText(
    'there is no room for another canvas (Boom keeps at most 100)',
  );
  await expect(page.getByRole('textbox', { name: 'Canvas title' })).toHaveValue('Canvas 0');
  expect(await page.evaluate(() => Object.keys(localStorage).filter((key) => key.startsWith('boom:canvas:')).length)).toBe(100);
});

test('a note says how much room is left near its limit, and that a longer paste was cut', async ({ page }) => {
  await openFresh(page);
  await block(page, 'Channels').getByRole('button', { name: 'Add note to Channels' }).click();
  await page.keyboard.insertText('a'.repeat(1850));
  await expect(page.getByRole('status').filter({ hasText: '150 characters left' })).toBeVisible();
  await page.keyboard.insertText('b'.repeat(300));
  const box = page.getByRole('textbox', { name: /New note in Channels/ });
  await expect(box).toHaveValue(`${'a'.repeat(1850)}${'b'.repeat(150)}`);
  await expect(
    page.getByRole('status').filter({ hasText: 'A note holds up to 2,000 characters: anything beyond was not added.' }),
  ).toBeVisible();
  await page.keyboard.press('Enter');
  await expect(block(page, 'Channels').getByRole('listitem')).toHaveCount(1);
  await waitForSave(page, [`${'a'.repeat(1850)}${'b'.repeat(150)}`]);
});

test('storage already full when the tab opens: every canvas shows, the cause is named, and work typed once space is freed is kept', async ({
  page,
}) => {
  await openWithCanvas(page, { keyPartners: ['Coffee roaster'], channels: ['Website'] });
  // The next opening finds the storage full (the canvas saved above is in it).
  await page.addInitScript(() => {
    const setItem = Storage.prototype.setItem;
    // Full from the start, until the test frees space.
    if (sessionStorage.getItem('boom-test-freed') === null) (window as unknown as { __full?: boolean }).__full = true;
    Storage.prototype.setItem = function (this: Storage, key: string, value: string) {
      if ((window as unknown as { __full?: boolean }).__full && this === localStorage)
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      return setItem.call(this, key, value);
    };
  });
  await page.reload();
  await expect(block(page, 'Key Partners').getByRole('listitem', { name: 'Coffee roaster' })).toBeVisible();
  const warning = page.getByRole('alert').filter({ hasText: 'storage is full, so changes are not being saved' });
  await expect(warning).toBeVisible();
  await expect(page.getByRole('alert').filter({ hasText: 'private mode' })).toHaveCount(0);

  // Space is freed elsewhere; the next change saves, and the warning goes.
  await page.evaluate(() => {
    (window as unknown as { __full: boolean }).__full = false;
    sessionStorage.setItem('boom-test-freed', '1');
  });
  await addNote(page, 'Channels', 'Typed after freeing space');
  await expect(warning).toHaveCount(0);
  await waitForSave(page, ['Coffee roaster', 'Typed after freeing space']);
  await page.reload();
  await expect(block(page, 'Channels').getByRole('listitem', { name: 'Typed after freeing space' })).toBeVisible();
});
