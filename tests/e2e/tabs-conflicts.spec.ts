import { expect, test, type Page } from '@playwright/test';
import { addNote, block, notesOf, openFresh, waitForSave } from './helpers';
import { SCHEMA_VERSION } from '../../src/domain/schema';
import { BLOCK_IDS } from '../../src/domain/blocks';

/** The canvases in localStorage, by title, as their note texts. */
const storedNotes = (page: Page) =>
  page.evaluate(() =>
    Object.fromEntries(
      Object.keys(localStorage)
        .filter((key) => key.startsWith('boom:canvas:'))
        .map((key) => JSON.parse(localStorage.getItem(key)!).canvas as { title: string; notes: Record<string, { text: string }> })
        .map((canvas) => [
          canvas.title,
          Object.values(canvas.notes)
            .map((note) => note.text)
            .sort(),
        ]),
    ),
  );

/** Imports a small canvas file through the toolbar's Import, as a user would. */
async function importCanvasFile(page: Page) {
  const now = new Date().toISOString();
  const canvas = {
    id: 'from-file',
    title: 'From a file',
    createdAt: now,
    updatedAt: now,
    notes: { f1: { id: 'f1', text: 'Shop', color: 'yellow' } },
    blocks: Object.fromEntries(BLOCK_IDS.map((id) => [id, id === 'channels' ? ['f1'] : []])),
    journeyModel: 'channelPhases',
  };
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Import', exact: true }).click();
  await (
    await chooser
  ).setFiles({
    name: 'shop.boom.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify({ format: 'boom-canvas', schemaVersion: SCHEMA_VERSION, canvas })),
  });
  await expect(page.getByRole('textbox', { name: 'Canvas title' })).toHaveValue('From a file');
}

test('undoing an import that replaced the untouched canvas shows what another tab wrote in that canvas meanwhile, not the old empty copy', async ({
  page,
}) => {
  await openFresh(page);
  const second = await page.context().newPage();
  await second.goto('/');
  await expect(block(second, 'Channels')).toBeVisible();
  // The second tab starts a note in the empty canvas; meanwhile the first tab imports a file,
  // which takes the place of that empty canvas. The second tab keeps it, with its note.
  await block(second, 'Channels')
    .getByRole('button', { name: /^Add note/ })
    .click();
  await second.keyboard.type('Typed in the second tab');
  await importCanvasFile(page);
  await expect.poll(async () => Object.values(await storedNotes(page)).flat()).toContain('Typed in the second tab');

  // Undo in the first tab opens that canvas again: as the second tab left it.
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(page.getByRole('textbox', { name: 'Canvas title' })).toHaveValue('');
  await expect.poll(() => notesOf(block(page, 'Channels'))).toEqual(['Typed in the second tab']);
  // And it stays so (nothing to wait for but time): no save of either tab brings the old copy back.
  await page.waitForTimeout(1500);
  expect(await notesOf(block(page, 'Channels'))).toEqual(['Typed in the second tab']);
  expect(await notesOf(block(second, 'Channels'))).toEqual(['Typed in the second tab']);
  expect(Object.values(await storedNotes(page)).flat()).toContain('Typed in the second tab');
});

test('after undoing the delete of a canvas another tab kept (a note was being typed there), opening it shows that tab’s copy, and its note is kept', async ({
  page,
}) => {
  await openFresh(page);
  await page.getByRole('textbox', { name: 'Canvas title' }).fill('Corner Café');
  await addNote(page, 'Key Partners', 'Roaster');
  await waitForSave(page, ['Roaster']);
  const second = await page.context().newPage();
  await second.goto('/');
  await expect(block(second, 'Key Partners').getByRole('listitem')).toHaveCount(1);

  // The first tab goes to a new canvas; the second is typing a note in the café's canvas when
  // the first deletes it. The second tab keeps the canvas, with the note, and saves it again.
  await page.getByRole('button', { name: 'Canvases', exact: true }).click();
  const list = page.getByRole('dialog', { name: 'Canvases' });
  await list.getByRole('button', { name: 'New canvas' }).click();
  await expect(page.getByRole('textbox', { name: 'Canvas title' })).toHaveValue('');
  await block(second, 'Channels')
    .getByRole('button', { name: /^Add note/ })
    .click();
  await second.keyboard.type('Typed in the second tab');
  await page.getByRole('button', { name: 'Canvases', exact: true }).click();
  await list.getByRole('button', { name: 'Delete “Corner Café”' }).click();
  await list.getByRole('button', { name: 'Delete', exact: true }).click();
  await expect.poll(async () => (await storedNotes(page))['Corner Café']).toEqual(['Roaster', 'Typed in the second tab']);
  await page.keyboard.press('Escape');
  await expect(list).toHaveCount(0);

  // Undo in the first tab, then open the café's canvas: it is as the second tab left it.
  await page.getByRole('button', { name: 'Undo' }).click();
  await page.getByRole('button', { name: 'Canvases', exact: true }).click();
  await list.getByRole('button', { name: 'Open “Corner Café”' }).click();
  await expect(page.getByRole('textbox', { name: 'Canvas title' })).toHaveValue('Corner Café');
  await expect.poll(() => notesOf(block(page, 'Channels'))).toEqual(['Typed in the second tab']);
  // And it stays so (nothing to wait for but time): no save of either tab brings the old copy back.
  await page.waitForTimeout(1500);
  expect(await notesOf(block(page, 'Channels'))).toEqual(['Typed in the second tab']);
  expect(await notesOf(block(second, 'Channels'))).toEqual(['Typed in the second tab']);
  expect((await storedNotes(page))['Corner Café']).toEqual(['Roaster', 'Typed in the second tab']);
});

test('a note being typed in one tab and deleted in another comes back with what was typed, in both tabs', async ({ page }) => {
  await openFresh(page);
  await addNote(page, 'Key Partners', 'Roaster');
  await waitForSave(page, ['Roaster']);
  const second = await page.context().newPage();
  await second.goto('/');
  await expect(block(second, 'Key Partners').getByRole('listitem')).toHaveCount(1);

  // The first tab edits the note and has not pressed Enter when the second tab deletes it.
  await block(page, 'Key Partners').getByRole('button', { name: 'Roaster', exact: true }).click();
  await page.keyboard.type(' and bakery');
  await block(second, 'Key Partners').getByRole('listitem', { name: 'Roaster' }).getByRole('button', { name: 'Delete note' }).click();
  await expect(block(second, 'Key Partners').getByRole('listitem', { name: 'Roaster' })).toHaveCount(0);

  // What was typed is kept: the note comes back with it, here and in the other tab, and is saved.
  await expect.poll(() => notesOf(block(page, 'Key Partners'))).toEqual(['Roaster and bakery']);
  await expect.poll(() => notesOf(block(second, 'Key Partners'))).toEqual(['Roaster and bakery']);
  await waitForSave(page, ['Roaster and bakery']);
  await page.reload();
  expect(await notesOf(block(page, 'Key Partners'))).toEqual(['Roaster and bakery']);
});

test('a note deleted in another tab while a different note is being typed here goes, and the typing goes on', async ({ page }) => {
  await openFresh(page);
  await addNote(page, 'Key Partners', 'Roaster');
  await addNote(page, 'Key Partners', 'Bakery');
  await waitForSave(page, ['Roaster', 'Bakery']);
  const second = await page.context().newPage();
  await second.goto('/');
  await expect(block(second, 'Key Partners').getByRole('listitem')).toHaveCount(2);

  await block(page, 'Key Partners').getByRole('button', { name: 'Roaster', exact: true }).click();
  await page.keyboard.type(' and');
  await block(second, 'Key Partners').getByRole('listitem', { name: 'Bakery' }).getByRole('button', { name: 'Delete note' }).click();
  await expect(block(page, 'Key Partners').getByRole('listitem')).toHaveCount(1);
  // The editor of the other note is still open, with what was typed so far.
  await expect(block(page, 'Key Partners').getByRole('textbox')).toHaveValue('Roaster and');
  await page.keyboard.type(' beans');
  await page.keyboard.press('Enter');
  await expect.poll(() => notesOf(block(page, 'Key Partners'))).toEqual(['Roaster and beans']);
  await expect.poll(() => notesOf(block(second, 'Key Partners'))).toEqual(['Roaster and beans']);
});
